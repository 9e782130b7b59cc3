package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads stated numbers as intervals with what they count: "at least 139 people killed" is killed in [139, +inf),
 * "nearly 140" is [123, 140), "about 90" is [81, 99], "dozens" is [24, 199], "100 to 300" is [100, 300]; written
 * numbers ("four suspects") too. Years, dates and clock times are not quantities.
 */
public final class QuantityReader {
  /** A number written as a word, up to fifty, as a regular expression. */
  public static final String NUMBER_WORD = "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
      + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\\b";

  /** The value of a number in digits ("1,200") or in a word ("four"). */
  public static double valueOf(String number) {
    Double word = WORDS.get(number.toLowerCase(Locale.ROOT));
    return word != null ? word : Double.parseDouble(number.replace(",", ""));
  }

  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("one", 1d), Map.entry("two", 2d), Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d),
      Map.entry("six", 6d), Map.entry("seven", 7d), Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d),
      Map.entry("eleven", 11d), Map.entry("twelve", 12d), Map.entry("thirteen", 13d), Map.entry("fourteen", 14d),
      Map.entry("fifteen", 15d), Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d),
      Map.entry("nineteen", 19d), Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d), Map.entry("fifty", 50d),
      Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d), Map.entry("ninety", 90d),
      Map.entry("hundred", 100d), Map.entry("a hundred", 100d), Map.entry("a dozen", 12d), Map.entry("dozen", 12d));
  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
  private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  // ("2.5 lakh", "3 crore": South Asian English counts in hundred thousands and ten millions, and groups its digits
  // so: "4,14,482" is 414,482.)
  private static final String NUMBER = "(\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3})+(?![\\d.,]|\\s+(?:million|billion|thousand))|\\d+(?:\\.\\d+)?)(\\s+(?:million|billion|thousand|lakhs?|crores?)\\b)?"
      // "twenty-two", "Twenty two": a ten and a unit are one number.
      // "one hundred", "three thousand", "two million": a number word times a hundred, a thousand or a million.
      + "|\\b((?:(?:" + TENS + ")(?:[- ](?:" + UNITS + "))?|" + UNITS + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
      + "|eighteen|nineteen)(?:\\s+(?:hundred|thousand|dozen|million|billion))?|a hundred|a dozen)\\b"
      + "|\\b(dozens|scores|hundreds|thousands|tens of thousands|millions)\\b";
  // ("The toll exceeds 60", "has surpassed 2,000": a verb that puts the count above its number.)
  private static final String QUALIFIER = "(at least|no fewer than|no less than|more than|over|upwards of|in excess of|exceeds|exceeded|"
      + "exceeding|surpassed|surpasses|surpassing|nearly|almost|close to|"
      + "just under|about|around|approximately|roughly|some|an estimated|up to|at most|no more than|fewer than|less than|under|between|as many as|as high as)?";
  private static final Pattern QUANTITY = Pattern.compile("(?i)\\b" + QUALIFIER + "\\s*(?:" + NUMBER + ")(?:(?:\\s*(?:to|or|-)|(?<=between\\s[^;\\n]{1,25})\\s*and)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+"
      + "|(?:" + UNITS + "|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\b(?!\\s+(?:hundred|thousand|million|billion|dozen))))?"); // ("four to six"; "and" after "between")
  /** An open end after the number: "50 or less" is at most 50, "200 or more" at least 200. */
  // ("far more than the officially acknowledged death of four soldiers": a count named as another's, however worded.)
  private static final String FIGURE_NAMED = "\\s+than\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:toll|figure|count|"
      + "number|tally|estimate|total|deaths?|losses)(?:\\s+of)?(?:\\s+(?:nearly|about|around|roughly|some|approximately|almost))?\\s*$";
  private static final Pattern BEYOND_BEFORE = Pattern.compile("(?i)\\b(?:greater|higher|larger|bigger|more)" + FIGURE_NAMED);
  private static final Pattern BELOW_BEFORE = Pattern.compile("(?i)\\b(?:lower|smaller|fewer|less)" + FIGURE_NAMED);
  /** "the toll is closer to 79 than 30": the figure after "than" is the one set aside, not the speaker's. */
  private static final Pattern SET_ASIDE_BEFORE = Pattern.compile("(?i)\\b(?:closer|nearer)\\s+to\\s+(?:about\\s+|around\\s+)?\\d[\\d,.]*\\s+than\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?$");
  private static final Pattern PLUS_AFTER = Pattern.compile("(?i)(?:-plus\\b|\\+(?!\\s*\\d))");
  private static final Pattern OPEN_END_AFTER = Pattern.compile("(?i)^\\s*(?:people\\s+|persons\\s+)?or\\s+(less|fewer|lower|below|under|more|above|over|higher)\\b");
  /** A change of a figure, up to the "from" just before a number: that number is the figure it changed from. */
  private static final Pattern CHANGED_FROM = Pattern.compile("(?i)\\b(?:rais(?:ed|es|ing)|r(?:o|i)se[ns]?|rising|increas(?:ed|es|ing)|"
      + "climb(?:ed|s|ing)?|gr(?:ew|own|ows|owing)|mount(?:ed|s|ing)|swell(?:ed|s|ing)?|jump(?:ed|s|ing)?|revis(?:ed|es|ing)|lower(?:ed|s|ing)?|fell|fallen|falls|reduc(?:ed|es|ing)|"
      + "updat(?:ed|es|ing)|adjust(?:ed|s|ing)?|correct(?:ed|s|ing)|went up|gone up|went down|gone down)\\b[^;:]{0,70}?\\bfrom\\s*$");
  private static final Pattern AMONG_BEFORE = Pattern.compile("(?i)\\bamong\\s+(?:the|those)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:victims|dead|killed|"
      + "deceased|casualties|injured|wounded|missing|passengers)\\s+(?:were|was|are|is)\\s+(?:at least\\s+|some\\s+)?$");
  private static final Pattern FEARED_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}]+\\s+){0,2}(?:(?:are|were|is|was)\\s+(?:now\\s+)?feared\\b"
      + "|(?:may|might|could)\\s+have\\s+(?:died|perished|drowned|been\\s+killed)\\b)"); // (and "may have died": a possible toll)
  private static final Pattern OF_WHOM_AFTER = Pattern.compile("(?i)\\s+of\\s+(?:whom|them|those)\\s+(?:were|was|had|have|are)\\b");
  private static final Pattern PART_OF = Pattern.compile("\\b(including|includes?|included|among them|among whom|of whom|of them)\\b");
  /** Between two counts: the first count's noun and "and" ("240 passengers and 12 crew", "30 guests of four nationalities and"). */
  private static final Pattern NOUN_AND = Pattern.compile("((?:\\s+[A-Za-z-]+){1,4})(?:,\\s*|,?\\s+and\\s*)(?:all\\s+)?");
  private static final Pattern NOUN_AFTER = Pattern.compile("(?:\\s+[A-Za-z-]+){0,2}?\\s+([a-z-]+)(?=\\s*(?:$|[,.;]|\\s(?:and|who|were|was|had|on|in|of|from|with|bound|to|over|during|at|near|after|since|when|while|by|across|inside|overnight|last|this|yesterday|today)\\b))");
  private static final Pattern TIMES_AFTER = Pattern.compile("(?i)\\s*(?:times|-fold|fold)\\b");
  private static final String CURRENCY = "$€£";
  private static final String[] CURRENCY_UNITS = {"dollars", "euros", "pounds"};
  /** The noun after a number, past up to two names or words like "suspected" ("two IS-K members", "three Hamas fighters"). */
  // ("29 of the gunmen", "32 al Qaeda-linked militants", "five Iran-backed fighters", "13 U.S. servicemembers": the noun
  // past a group's or a country's name.)
  private static final Pattern UNIT = Pattern.compile("^\\s+(?:of\\s+(?:them|the)\\s+|of\\s+|metric\\s+)?(?<modifiers>(?:(?:(?:al|el)[- ])?\\p{Lu}[\\p{L}\\p{N}_.-]*"
      + "\\s+|[a-z]+-(?:linked|backed|aligned|affiliated|allied|inspired|led)\\s+|(?:suspected|alleged|armed)\\s+"
      // ("243 government personnel", "12 security officers": whose force they are, before the noun.)
      + "|(?:government|security|state|army|military|police|border|rebel|regime)\\s+){0,2})([a-z]+)");

  /** Whether {@code q} weighs or measures a load ("41,000 tons of fertilizer") rather than counting anyone. */
  static boolean isLoad(Quantity q) {
    return q.counted() == null && q.unit() != null && LOADS.contains(q.unit());
  }

  static final java.util.Set<String> LOADS = java.util.Set.of("tonnes", "tons", "kilograms", "kg", "litres", "liters", "barrels",
      "containers", "crates", "bags", "sacks", "boxes");
  private static final Pattern PERCENT_AFTER = Pattern.compile("(?s)^\\s*(%|percent|per cent).*");
  private static final Pattern CLOCK_AFTER = Pattern.compile("(?s)^\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|:).*");
  private QuantityReader() {}

  public static List<Quantity> read(String text) {
    Quantity none = NoneKilled.in(text);
    if (none == null) return figures(text);
    // "No one was killed and 12 were injured": the toll of none beside the other figures.
    List<Quantity> out = new ArrayList<>(figures(text));
    out.add(0, none);
    return out;
  }

  private static List<Quantity> figures(String text) {
    int number = nextNumber(text, 0);
    if (number < 0) return List.of();
    String norm = Increments.changeApart(text.replace('\u2013', '-').replace('\u2014', '-'));
    List<Quantity> out = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    // The pattern is tried only from a little before each number, not at every word: a match holds a number, and
    // starts at most a qualifier, spaces and "tens of" before it. Transparent bounds let \b see the text before the region.
    Matcher m = QUANTITY.matcher(norm).useTransparentBounds(true);
    int from = 0;
    while (number >= 0) {
      int spaces = number;
      while (spaces > from && isRegexSpace(norm.charAt(spaces - 1))) spaces--;
      m.region(Math.max(from, spaces - LOOKBACK), norm.length());
      if (!m.find()) break;
      from = m.end();
      number = nextNumber(norm, from);
      String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      Double value = number(m);
      if (value == null) continue;
      String after = norm.substring(m.end(), Math.min(norm.length(), m.end() + 12));
      boolean digits = m.group(2) != null;
      if (digits && DateNumbers.dayOrYear(norm, m.start(), m.end(), qualifier, value)) continue;
      if (PERCENT_AFTER.matcher(after).matches()) {
        out.add(Quantity.of(m.group().trim(), value, range(m), qualifier, "percent", VoteShares.measure(norm, m.start(), m.end())));
        spans.add(new int[] {m.start(), m.end()});
        continue;
      }
      if (CLOCK_AFTER.matcher(after).matches()) continue;
      int numberStart = m.start();
      while (numberStart < m.end() && isRegexSpace(norm.charAt(numberStart))) numberStart++;
      // "Boeing 777", "Flight 752": a number right after a name is part of the name.
      if (digits && qualifier.isEmpty() && NamedNumbers.partOfName(norm, numberStart)) continue;
      // "the Five Eyes network": a number word that opens a name.
      if (!digits && qualifier.isEmpty() && NamedNumbers.opensName(norm, numberStart)) continue;
      // "ten times that number", "twice as many": a ratio to another figure, not a count.
      if (TIMES_AFTER.matcher(after).lookingAt()) continue;
      boolean money = digits && m.start() > 0 && CURRENCY.indexOf(norm.charAt(m.start() - 1)) >= 0;
      String unit = money ? null : unitAfter(norm, m.end());
      int[] whole = money ? null : NonCounts.wholeAfter(norm, m.end()); // "9 of the 31 hikers ... died": what the whole's clause says
      String counted = money ? null : whole != null ? CountedMeasure.measureNear(norm, whole[0], whole[1]) : CountedMeasure.measureNear(norm, m.start(), m.end());
      if ("aboard".equals(counted) && unit != null && LOADS.contains(unit)) counted = null; // ("a ship carrying 40 tonnes": its load)
      if (unit != null && NonCounts.EXTENTS.contains(unit)) counted = null; // ("on the vessel when it sank about 50 miles (80 km) off": how far)
      // (A number that measures nothing is dropped before the costlier tests below.)
      if (!money && counted == null && unit == null && !Increments.totalAhead(norm, numberStart)) continue;
      // "one of the bodies", "the nine other victims", "an 18-year-old", "two years ago": a part of a count, or no count.
      if (NonCounts.notTheCount(norm, numberStart, m.end())) continue;
      if (SET_ASIDE_BEFORE.matcher(norm.substring(Math.max(0, numberStart - 60), numberStart)).find()) continue;
      // "$150,000": money, whatever it is paid for.
      if (money) {
        out.add(Quantity.of(m.group().trim(), value, range(m), qualifier, CURRENCY_UNITS[CURRENCY.indexOf(norm.charAt(m.start() - 1))], null));
        spans.add(new int[] {m.start(), m.end()});
        continue;
      }
      // "well above the official toll of about 250" ("much higher than the official toll of 250"): the speaker's count is
      // beyond the figure named, which is another's.
      if (BEYOND_BEFORE.matcher(norm.substring(Math.max(0, m.start() - 60), m.start())).find()) qualifier = "more than";
      else if (BELOW_BEFORE.matcher(norm.substring(Math.max(0, m.start() - 60), m.start())).find()) qualifier = "fewer than";
      if (qualifier.isEmpty() && PLUS_AFTER.matcher(after).lookingAt()) qualifier = "more than"; // ("the 200-plus dead", "500+ people")
      Matcher open = qualifier.isEmpty() ? OPEN_END_AFTER.matcher(norm.substring(m.end(), Math.min(norm.length(), m.end() + 30))) : null;
      if (open != null && open.lookingAt()) {
        String end = open.group(1).toLowerCase(Locale.ROOT);
        qualifier = end.equals("more") || end.equals("above") || end.equals("over") || end.equals("higher") ? "at least" : "at most";
      }
      // "The bodies of four people have been found", "62 bodies were handed over", "the remains of almost 50 were
      // identified": as many dead as have been found, returned or identified so far, at least, however near the count.
      if ((qualifier.isEmpty() || Quantity.approximate(qualifier)) && "killed".equals(counted)
          && bodiesFound(norm, m.start(), m.end())) qualifier = "at least";
      // "274 have been killed so far", "the toll rose to 282", "238 were confirmed dead and 120 more are feared
      // trapped": the count as it stood, which later counts can only raise.
      if (qualifier.isEmpty() && ("killed".equals(counted) || "injured".equals(counted)) && countSoFar(norm, numberStart, m.end())) qualifier = "at least";
      if (changedFrom(norm, m.start())) {
        // "raised the toll from 64 to 2,975", "climbed to 53 from 40": the figure it changed from no longer stands.
        if (range(m) == null) continue;
        out.add(Quantity.of(m.group(6), range(m), null, "", unit, counted));
      } else {
        out.add(Quantity.of(m.group().trim(), value, range(m), qualifier, unit, counted));
      }
      spans.add(new int[] {numberStart, m.end()});
    }
    Increments.drop(norm, out, spans);
    return counted(norm, out, spans);
  }

  /**
   * Counts of parts are not totals: "killing all 283 passengers and 15 crewmembers" counts killed passengers and killed
   * crew (and 298 killed in all); "176 died, including 55 Canadians" counts 55 killed Canadians. A part's measure names
   * the part ("killed (passengers)"), so it is not taken for a rival total.
   */
  private static List<Quantity> counted(String text, List<Quantity> qs, List<int[]> spans) {
    qs = new ArrayList<>(qs);
    // "hundreds are feared to have died": a fear, set against other fears, not against a count of the dead.
    for (int i = 0; i < qs.size(); i++) {
      String after = text.substring(spans.get(i)[1], Math.min(text.length(), spans.get(i)[1] + 40));
      if (qs.get(i).counted() != null && FEARED_AFTER.matcher(after).lookingAt()) qs.set(i, part(qs.get(i), "feared"));
      // "Among the dead were nine cadets": a part of the dead, named after it.
      String before = text.substring(Math.max(0, spans.get(i)[0] - 40), spans.get(i)[0]);
      if (qs.get(i).counted() != null && AMONG_BEFORE.matcher(before).find()) qs.set(i, part(qs.get(i), nounAfter(text, spans.get(i)[1])));
      // "300 civilians, 196 of whom were executed": a part of the count before it.
      if (qs.get(i).counted() != null && !qs.get(i).counted().contains("(") && OF_WHOM_AFTER.matcher(after).lookingAt()) qs.set(i, part(qs.get(i), "part"));
    }
    List<Quantity> read = qs;
    ListedCounts.shareMeasure(read, k -> listed(text, spans, read, k));
    List<Quantity> out = new ArrayList<>(qs);
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      if (q.counted() == null || q.counted().contains("(")) continue;
      String left = text.substring(Math.max(0, spans.get(i)[0] - 40), spans.get(i)[0]).toLowerCase(Locale.ROOT);
      int clause = Math.max(left.lastIndexOf('.'), left.lastIndexOf(';'));
      String set = FiguresInSentence.setOpening(text, spans.get(i)[0]);
      boolean included = set != null || PART_OF.matcher(left.substring(clause + 1)).find();
      if (included) out.set(i, part(q, set != null ? set : nounAfter(text, spans.get(i)[1])));
      // A list of counts of one measure, each of its own noun ("four men, four children and three women"): parts, and
      // their sum the total.
      int last = i;
      while (last + 1 < qs.size() && q.counted().equals(qs.get(last + 1).counted()) && listed(text, spans, qs, last)) last++;
      if (last == i) continue;
      boolean exact = true;
      double total = 0;
      StringBuilder shown = new StringBuilder();
      for (int k = i; k <= last; k++) {
        out.set(k, part(qs.get(k), nounAfter(text, spans.get(k)[1])));
        exact &= "exact".equals(qs.get(k).qualifier());
        total += qs.get(k).value();
        shown.append(k == i ? "" : " + ").append(qs.get(k).text());
      }
      if (exact && !included) out.add(new Quantity(shown.toString(), total, total, total, true, true, "exact", null, q.counted()));
      i = last;
    }
    return out;
  }

  /** The count at {@code k} and the next are items of one list: a noun, then "," or "and", and another noun after it. */
  private static boolean listed(String text, List<int[]> spans, List<Quantity> qs, int k) {
    // (Two counts read from one span, a range's ends, are no list.)
    if (spans.get(k)[1] > spans.get(k + 1)[0]) return false;
    Matcher and = NOUN_AND.matcher(text.substring(spans.get(k)[1], spans.get(k + 1)[0]));
    String second = nounAfter(text, spans.get(k + 1)[1]);
    // ("three people, three bodies fell": one count said again in other words, not two kinds of victim.)
    if (SAME_DEAD.contains(firstWord(text, spans.get(k)[1])) && SAME_DEAD.contains(firstWord(text, spans.get(k + 1)[1]))) return false;
    // (Whole words: "25 women, 11 men" are two kinds, though "women" ends in "men".)
    return and.matches() && !second.isEmpty() && !(" " + and.group(1).strip()).endsWith(" " + second);
  }

  private static String firstWord(String text, int end) {
    Matcher w = FIRST_WORD.matcher(text.substring(end, Math.min(text.length(), end + 20)));
    return w.lookingAt() ? w.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static final Pattern FIRST_WORD = Pattern.compile("\\s+([A-Za-z]+)");
  private static final java.util.Set<String> SAME_DEAD = java.util.Set.of("people", "persons", "bodies", "corpses", "dead", "victims",
      "individuals");

  static Quantity part(Quantity q, String noun) {
    return new Quantity(q.text(), q.value(), q.low(), q.high(), q.lowInclusive(), q.highInclusive(), q.qualifier(), q.unit(),
        q.counted() + " (" + (noun.isEmpty() ? "part" : noun) + ")");
  }

  /** The word a number counts: "283 passengers" gives "passengers", "55 Canadian citizens" "citizens". */
  private static String nounAfter(String text, int end) {
    Matcher w = NOUN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    return w.lookingAt() ? w.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * How far before a number's spaces a match can start: the longest {@link #QUALIFIER} ("approximately", 13) and its
   * space, and the words a number phrase has before its number word ("tens of ", "a "), with room to spare.
   */
  private static final int LOOKBACK = 32;

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Number words {@link #NUMBER} can start from ("a hundred" and "tens of thousands" contain one). */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "dozens",
      "scores", "hundreds", "thousands", "millions");

  /**
   * Where the next digit or number word at or after {@code from} starts, or -1: a cheap scan that lets the full
   * pattern (every qualifier and number form tried at each word, the costliest step of reading a claim) skip the many
   * sentences that hold no number, and start near the ones that do.
   */
  private static int nextNumber(String text, int from) {
    for (int i = from; i < text.length(); ) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') return i;
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
      int length = i - start;
      if (length >= 3 && length <= 9 && NUMBER_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) return start;
    }
    return -1;
  }

  private static final Map<String, Double> MULTIPLIERS = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "lakh", 1e5, "lakhs", 1e5,
      "crore", 1e7, "crores", 1e7);
  private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+"); // ("5.000 pupils", as much of Europe writes it)
  private static final Pattern MULTIPLIED = Pattern.compile("(.+?)\\s+(hundred|thousand|dozen|million|billion)"); // ("three dozen": 36)

  private static Double number(Matcher m) {
    if (m.group(2) != null) {
      double v = Double.parseDouble(m.group(3) == null && DOT_THOUSANDS.matcher(m.group(2)).matches() ? m.group(2).replace(".", "") : m.group(2).replace(",", ""));
      if (m.group(3) != null) {
        String mult = m.group(3).trim().toLowerCase(Locale.ROOT);
        v *= MULTIPLIERS.get(mult);
      }
      return v;
    }
    if (m.group(4) != null) {
      String words = m.group(4).toLowerCase(Locale.ROOT);
      java.util.regex.Matcher times = MULTIPLIED.matcher(words);
      if (times.matches() && !times.group(1).equals("a")) {
        String[] parts = times.group(1).split("[- ]");
        double base = parts.length == 2 ? WORDS.get(parts[0]) + WORDS.get(parts[1]) : WORDS.get(parts[0]);
        return base * (times.group(2).equals("hundred") ? 100 : times.group(2).equals("dozen") ? 12 : MULTIPLIERS.get(times.group(2)));
      }
      String[] parts = words.split("[- ]");
      if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1]) && !parts[0].equals("a")) {
        return WORDS.get(parts[0]) + WORDS.get(parts[1]);
      }
      return WORDS.get(m.group(4).toLowerCase(Locale.ROOT));
    }
    if (m.group(5) != null) {
      return switch (m.group(5).toLowerCase(Locale.ROOT)) {
        case "dozens" -> 24d;
        case "scores" -> 40d;
        case "hundreds" -> 200d;
        case "thousands" -> 2000d;
        case "tens of thousands" -> 20000d;
        default -> 2e6;
      };
    }
    return null;
  }

  /** The figure at {@code at} is what a count changed from: "raised the toll from 64 to 2,975", "climbed to 53 from 40". */
  static boolean changedFrom(String text, int at) {
    return CHANGED_FROM.matcher(text.substring(Math.max(0, at - 80), at)).find();
  }

  private static Double range(Matcher m) { return m.group(6) == null ? null : valueOf(m.group(6)); }

  /** A number in {@code text} that is a count, not part of a name ("Flight 752"). */
  static boolean countBetween(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isDigit(text.charAt(i - 1))) continue;
      if (!NamedNumbers.partOfName(text, i)) return true;
    }
    return false;
  }

  private static String unitAfter(String text, int end) {
    Matcher u = UNIT.matcher(text.substring(end));
    if (!u.find()) return null;
    String w = u.group(2).toLowerCase(Locale.ROOT);
    // "IS-K members", "members of the security forces" are a force's; "members of the family" are not counted as anyone's side.
    if (w.equals("members")) return u.group("modifiers").isEmpty() && !ForceMembers.ofAForce(text.substring(end + u.end())) ? null : w;
    return switch (w) {
      case "people", "persons", "civilians", "children", "soldiers", "troops", "suspects", "victims", "men", "women", "boys", "girls", "residents",
          "workers", "passengers", "hours", "days", "weeks", "months", "years", "decades", "miles", "kilometers", "kilometres", "km",
          "metres", "meters", "feet", "minutes", "seconds", "dollars",
          "euros", "rubles", "percent", "gunmen", "attackers", "officers", "police", "students", "patients", "migrants", "fighters",
          "militants", "terrorists", "insurgents", "rebels", "bombers", "combatants", "servicemembers", "servicemen", "marines",
          "sailors", "airmen", "policemen", "guards", "personnel", "inmates", "prisoners", "detainees",
          // Amounts of a substance ("500 tonnes of ammonium nitrate", "2,750 metric tons"): one measure, whatever the spelling.
          "tonnes", "tons", "tonne", "ton", "kilograms", "kg", "litres", "liters", "barrels" -> w;
      default -> null;
    };
  }

  /** "The bodies of four people have been found": the clause around the figure tells of bodies found. */
  private static boolean bodiesFound(String text, int start, int end) {
    String around = text.substring(Math.max(0, start - 30), start) + ClauseAhead.of(text, end, 50);
    return BODIES.matcher(around).find() && FOUND.matcher(around).find();
  }

  private static boolean countSoFar(String text, int start, int end) {
    return SO_FAR_AHEAD.matcher(ClauseAhead.of(text, end, 80)).find() || RISEN_TO.matcher(text.substring(Math.max(0, start - 40), start)).find();
  }

  private static final Pattern SO_FAR_AHEAD = Pattern.compile("(?i)\\bso far\\b|\\b(?:more|others?|dozens|hundreds)\\s+(?:\\w+\\s+){0,6}?"
      + "(?:trapped|missing|unaccounted)\\b");
  private static final Pattern RISEN_TO = Pattern.compile("(?i)\\b(?:risen|rose|rises|climbed|climbs|jumped|hit|hits|reached|reaches|"
      + "bringing\\s+(?:the\\s+)?(?:\\w+\\s+){0,3}?to)\\s+(?:" + Increments.CHANGED_BY + ")?(?:to\\s+)?$"
      + "|\\b(?:partial|preliminary|provisional|incomplete)\\s+(?:death\\s+)?(?:toll|count|tally|figure)\\s+of\\s+$"); // (a part of the whole)
  private static final Pattern BODIES = Pattern.compile("(?i)\\b(?:bod(?:y|ies)|remains)\\b");
  private static final Pattern FOUND = Pattern.compile("(?i)\\b(?:found|recovered|retrieved|pulled|identified|matched|returned"
      + "|handed|repatriated|received|exhumed)\\b");
}
