package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.claims.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The same measure (killed, injured, tonnes of a chemical) given as figures that cannot both be right: their intervals
 * do not overlap ("139" and "at least 140"; "500 tonnes" and "2,750 tonnes"). Each pair of positions is its own
 * finding ("3 or 5 killed" and "5 or 8 killed" are two disputes, not one overwritten by the latest figure). A round
 * figure ("200 killed") is read as approximate, since news rounds tolls. A later, higher figure from the same party
 * is a revision rather than a dispute.
 */
final class FigureDetector implements Detector {
  /** A round figure's margin either side: "200 killed" may be 180 or 220. */
  static final double ROUND_MARGIN = 0.10;
  /** Figures at most this far apart can be two parties' counts of the same thing. */
  static final double CLOSE_RATIO = 5.0;
  /** A crowd's size as organisers and police give it: their counts of one crowd lie further apart than tolls do. */
  static final double CROWD_RATIO = 10.0;
  /** Words that set one figure against another in the same claim. */
  private static final Pattern AGAINST = Pattern.compile("(?i)\\b(rather than|instead of|not|only|contrary to|compared with|"
      + "compared to|as opposed to|versus|vs|previously believed|previously thought|earlier estimates?|higher than|lower than|"
      + "larger than|smaller than|as high as|times the|exceed(?:s|ed|ing)?)\\b");

  /** Words before a figure a claim sets aside: "rather than the previously believed 2,750", "not 300". */
  private static final Pattern SET_ASIDE = Pattern.compile("(?i)\\b(rather than|instead of|not|contrary to|as opposed to|"
      + "previously believed|previously thought|earlier estimates? of|compared with|compared to|higher than|lower than|larger than|"
      + "smaller than|as high as|times the|exceed(?:s|ed|ing)?)\\b");

  /** Two numbers as one range: "100 to 300", "100-300", "between 100 and 300". */
  private static final Pattern RANGE = Pattern.compile("\\d\\s*(?:to|-|–|and)\\s*\\d");

  /** A claim's figure, its measure and interval; {@code index} its place among the claim's quantities; {@code early} when given while counts rise. */
  record Figure(Claim claim, int index, Party party, String measure, Quantity quantity, double low, double high, boolean early) {}

  @Override
  public String name() {
    return "figure";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Map<String, List<Figure>> byMeasure = new TreeMap<>();
    for (Stance s : event.stances) {
      for (Figure f : figures(s, event.start)) byMeasure.computeIfAbsent(f.measure(), k -> new ArrayList<>()).add(f);
    }
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (var e : byMeasure.entrySet()) {
      String measure = e.getKey();
      List<Figure> figures = e.getValue();
      Set<ValuePair> contrasted = new java.util.HashSet<>();
      Set<ValuePair> scoped = new java.util.HashSet<>();
      pairsWithinClaims(figures, contrasted, scoped);
      // The value pairs already a finding, which later pairs of figures with the same two values would only repeat.
      Set<ValuePair> done = new java.util.HashSet<>();
      Set<Figure> setAside = setAside(figures);
      HeldFigures.undercounts(figures, contrasted, setAside);
      contrastNamed(figures, contrasted);
      for (Figure low : figures) {
        if (HeldFigures.heldLow(low)) for (Figure high : figures) HeldFigures.contrastHeldLow(low, high, contrasted);
      }
      for (Figure real : figures) {
        if (HeldFigures.heldReal(real)) for (Figure other : figures) HeldFigures.contrastHeldReal(real, other, contrasted);
      }
      Map<String, List<Figure>> bySentence = new java.util.HashMap<>();
      for (Figure f : figures) {
        List<Figure> same = bySentence.computeIfAbsent(sentenceKey(f), k -> new ArrayList<>());
        for (Figure g : same) contrastAcrossClaims(f, g, contrasted);
        same.add(f);
      }
      for (Figure x : figures) {
        for (Figure y : figures) {
          if (FigureUnits.valueOf(x.quantity()) >= FigureUnits.valueOf(y.quantity()) || x.high() >= y.low()) continue;
          ValuePair pair = new ValuePair(x.quantity().value(), y.quantity().value());
          if (done.contains(pair) || !disputes(x, y, contrasted, scoped)) continue;
          String question = question(measure, pair);
          if (out.containsKey(question)) continue;
          done.add(pair);
          Candidate c = candidate(measure, x, y, claimsWith(figures, pair.low(), setAside), claimsWith(figures, pair.high(), setAside),
              event.parties, contrasted.contains(pair));
          if (c != null) out.put(question, c);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The first days of an event, while rescuers still find the dead and its tolls rise day by day. */
  static final java.time.Duration RISING_DAYS = java.time.Duration.ofDays(7);

  /**
   * The figures a stance gives, each with its measure: only what a party asserts, and counts of the event itself.
   *
   * @param eventStart when the event's coverage began, or null when unknown
   */
  static List<Figure> figures(Stance s, java.time.Instant eventStart) {
    Claim c = s.claim();
    // ("We have not recorded any fatality": denied in form, a toll of none in substance.)
    boolean none = !c.quantities().isEmpty() && c.quantities().stream().allMatch(Quantity::none);
    if (c.modality() == Modality.QUESTIONED || s.act() != Stance.Act.ASSERT && !(none && s.act() == Stance.Act.DENY)) return List.of();
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < c.quantities().size(); i++) {
      Quantity q = c.quantities().get(i);
      String measure = measure(q);
      // "34 sustained severe injuries", "five in critical condition": the worst cases, a part of the injured.
      if (measure != null && !measure.startsWith("killed") && !measure.startsWith("age of") && severeCases(c.content(), q.text())) measure = measure + " (serious)";
      if (Distances.isDistance(measure)) measure = Distances.fromPlace(measure, c.content(), q.text());
      measure = NationalCounts.keyed(measure, c.content(), q.text(), s.party());
      if (measure == null || OtherCounts.countsSomethingElse(c, q.text(), eventStart) || OtherCounts.noneFromInterceptedFire(c, q)) continue;
      double[] bounds = bounds(q);
      boolean early = eventStart != null && c.publishedAt() != null && c.publishedAt().isBefore(eventStart.plus(RISING_DAYS));
      out.add(new Figure(c, i, s.party(), measure, q, bounds[0], bounds[1], early));
    }
    return out;
  }

  /**
   * Whether two figures of one measure, {@code x} the lower and their intervals apart, are a dispute: not one
   * speaker's two figures in one article, and either close or set against each other, unless given side by side.
   */
  static boolean disputes(Figure x, Figure y, Set<ValuePair> contrasted, Set<ValuePair> scoped) {
    // One speaker's two figures in one article count two things; two speakers of one side ("a civil defence chief
    // said 300, a health ministry official 500") are as much a discrepancy as two sides.
    if (x.claim().articleId().equals(y.claim().articleId()) && x.claim().claimant().equals(y.claim().claimant())) return false;
    if (RisingTolls.risingCount(x, y)) return false;
    // "Scores of bodies" and "killing hundreds": two impressions of a toll, neither a count the other denies.
    if ("vague".equals(x.quantity().qualifier()) && "vague".equals(y.quantity().qualifier())) return false;
    // None killed is a party's position; an outlet writing "there were no casualties" tells the story as it had it.
    if (x.quantity().none() && (x.party().isOutlet() || y.party().isOutlet())) return false;
    ValuePair pair = new ValuePair(x.quantity().value(), y.quantity().value());
    // Figures far apart usually count different things (one street's dead, a region's); a dispute is either
    // close figures for one count or one set explicitly against the other ("only 500 tonnes, rather than
    // 2,750").
    if ((!close(x, y.quantity().value()) || MinimisedCounts.ownPart(x, y)) && !contrasted.contains(pair)) return false;
    // "around 700 died in the town and around 1,400 in the district": one speaker giving both figures at once
    // counts two things, and so does anyone else who gives either.
    return !scoped.contains(pair) || contrasted.contains(pair);
  }

  /**
   * Whether the lower figure {@code x} is close to a figure of value {@code high}, from the two alone (a figure too far
   * from a value is too far from every figure of it): "no one was killed" is close to any toll, "only eight" to any larger.
   */
  static boolean close(Figure x, double high) {
    return x.quantity().none() || MinimisedCounts.minimised(x) || withinRatio(x, high);
  }

  /** The two are near enough to count one thing. A range counts by its end nearest the other figure: "100 to 300" is close to 471. */
  static boolean withinRatio(Figure x, double high) {
    double nearLow = RANGE.matcher(x.quantity().text()).find() && !Double.isInfinite(x.high()) ? x.high() : x.quantity().value();
    double ratio = x.measure().startsWith("attended") ? CROWD_RATIO : NationalCounts.isNational(x.measure()) ? NationalCounts.NATION_RATIO : CLOSE_RATIO;
    return high <= ratio * nearLow;
  }

  static String question(String measure, ValuePair pair) {
    return "figure:" + measure + ":" + fmt(pair.low()) + ":" + fmt(pair.high());
  }

  /**
   * The finding's candidate for the pair first found disputing, {@code x} the lower, with every claim of each value;
   * null when the pair is a toll that rose over the event's first days ({@link RisingTolls#roseOverDays}) or one
   * report's two figures that it does not set against each other ({@link OneReportFigures}); {@code inWords} when a
   * claim of the report sets them against each other ("much higher than the government's toll of 20").
   */
  Candidate candidate(String measure, Figure x, Figure y, List<Claim> sideA, List<Claim> sideB, PartyResolver parties, boolean inWords) {
    if (sideA.isEmpty() || sideB.isEmpty()) return null; // (a dispute holds a claim of each value)
    // (The first figure given is checked: the lower of a toll, the higher of the missing.)
    Figure first = measure.startsWith("missing") ? y : x;
    if ((first.early() || RisingTolls.undated(first.claim())) && !setBeside(sideA, y) && !setBeside(sideB, x)
        && RisingTolls.roseOverDays(measure, sideA, sideB, parties)
        || OneReportFigures.oneReport(sideA, sideB) && !inWords && !OneReportFigures.setAgainst(sideA, sideB)) return null;
    String lo = fmt(FigureUnits.shown(x.quantity()));
    String hi = fmt(FigureUnits.shown(y.quantity()));
    String question = "figure:" + measure + ":" + lo + ":" + hi;
    // A party that later gives another figure has revised its own (a toll rises; a count of the missing falls as
    // bodies are found); two parties' figures are a dispute.
    boolean rose = allAfter(sideB, sideA);
    // (Two speakers of one side in one report give two figures at once: that is a discrepancy, not an update.)
    boolean oneReport = sideA.stream().anyMatch(a -> sideB.stream().anyMatch(b -> b.articleId().equals(a.articleId())));
    boolean after = !oneReport && (rose || allAfter(sideA, sideB));
    boolean revision = after && EventStances.sameSide(x.party(), y.party());
    ContradictionKind kind = revision ? ContradictionKind.REVISION : ContradictionKind.NUMERIC_DISCREPANCY;
    double gap = (y.quantity().value() - x.quantity().value()) / y.quantity().value();
    Severity severity = revision || gap < 0.05 ? Severity.LOW : Severity.MEDIUM;
    String explanation = revision
        ? x.party().label() + " revised the figure for " + measure + " from " + (rose ? lo + " to " + hi : hi + " to " + lo) + "."
        : x.party().label() + " gives " + x.quantity().text() + " " + measure + "; " + y.party().label() + " gives "
            + y.quantity().text() + ".";
    return new Candidate(question, false, kind, "number " + measure + ": " + lo + " or " + hi, x.party(),
        measure + ": " + lo, sideA, y.party(), measure + ": " + hi, sideB, revision ? 0.5 : 0.65, severity, explanation, name());
  }

  /** Nouns after a number that count one side's fighters or armed forces. */
  private static final java.util.Set<String> FIGHTERS = java.util.Set.of("fighters", "militants", "terrorists", "insurgents", "rebels",
      "bombers", "combatants", "gunmen", "attackers", "soldiers", "troops", "members", "servicemembers", "servicemen", "marines", "airmen", "policemen", "personnel");

  /** Nouns after a number that count the children among the victims. */
  private static final java.util.Set<String> CHILDREN = java.util.Set.of("children", "child", "minors", "kids", "babies",
      "infants", "toddlers", "schoolchildren", "boys", "girls");


  /** What a figure counts: its measure ("killed"), else a unit that names one ("tonnes"), else nothing comparable. */
  private static String measure(Quantity q) {
    // A count of fighters ("two IS-K members were killed") is not the toll a count of people or civilians gives.
    if (q.counted() != null) {
      if (q.unit() != null && FIGHTERS.contains(q.unit())) return q.counted() + " (fighters)";
      // "Among the dead are three children": a part of the toll, which the whole toll does not contradict.
      if (q.unit() != null && CHILDREN.contains(q.unit())) return q.counted() + " (children)";
      return q.counted();
    }
    return FigureUnits.measure(q.unit());
  }

  /** The figure's interval, widened for a round exact figure ("200": 180 to 220). */
  private static double[] bounds(Quantity q) {
    double low = q.low() == null ? Double.NEGATIVE_INFINITY : q.low();
    double high = q.high() == null ? Double.POSITIVE_INFINITY : q.high();
    double v = q.value();
    boolean exact = low == high;
    if (exact && v >= 50 && v % 10 == 0 && !"percent".equals(q.unit())) {
      // "200", "3,000": a figure of one significant digit may be a tenth off. "260", "1,400": rounded to the last
      // non-zero digit at most, half a step either side ("260" is 255 to 265, never 270).
      double step = 10;
      while (v % (step * 10) == 0) step *= 10;
      boolean oneDigit = v % Math.pow(10, Math.floor(Math.log10(v))) == 0;
      low = oneDigit ? v * (1 - ROUND_MARGIN) : v - step / 2;
      high = oneDigit ? v * (1 + ROUND_MARGIN) : v + step / 2;
    }
    double scale = FigureUnits.scaleOf(q); // ("eight miles" against "34 kilometres": one distance; converting, writers round)
    low *= scale == 1 ? 1 : scale * (1 - FigureUnits.CONVERTED_MARGIN);
    high *= scale == 1 ? 1 : scale * (1 + FigureUnits.CONVERTED_MARGIN);
    double rounding = exact ? FigureUnits.percentRounding(q) : 0; // ("71%" against "70.67%": one share, rounded)
    low -= rounding; high += rounding;
    if (!q.lowInclusive() && low != Double.NEGATIVE_INFINITY) low = Math.nextUp(low);
    if (!q.highInclusive() && high != Double.POSITIVE_INFINITY) high = Math.nextDown(high);
    return new double[] {low, high};
  }

  /**
   * A number after words that set a claim's own figure against another's, named as another's ("well below the 290,000
   * the ministry gave", "higher than the official figure of 64"); not a qualifier of its own ("more than 40").
   */
  private static final Pattern NAMED_AGAINST = Pattern.compile("(?i)\\b(?:below|above|lower than|higher than|fewer than|less than|"
      + "more than|short of|rather than|instead of|compared (?:with|to)|contradict\\w*|exceed\\w*)\\s+(?:the|an?|its|their|his|her|"
      + "official|[\\p{L}-]+['’]s)\\b[^.;\\d]{0,60}?(\\d[\\d,]*\\d|\\d|" + io.contraflow.analysis.claims.QuantityReader.NUMBER_WORD + ")");

  /** The numbers {@code c} names after such words: the figures it sets its own against. */
  private static Set<Double> namedAgainst(Claim c) {
    String t = c.content();
    // (Most contents hold none of the words: a plain search skips them before the pattern runs.)
    if (!t.contains("than") && !t.contains("below") && !t.contains("above") && !t.contains("short of") && !t.contains("compared")
        && !t.contains("ontradict") && !t.contains("xceed")) return Set.of();
    Set<Double> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = NAMED_AGAINST.matcher(t);
    while (m.find()) out.add(io.contraflow.analysis.claims.QuantityReader.valueOf(m.group(1))); // ("the official toll of four")
    return out;
  }

  /**
   * Whether a claim of {@code side} sets its figure against {@code other}'s number, which it names: "38,000 to 70,000,
   * well below the 290,000 the ministry gives". Given knowing the other, it is no earlier count of a toll still rising,
   * whatever the order of the reports.
   */
  private static boolean setBeside(List<Claim> side, Figure other) {
    for (Claim c : side) if (namedAgainst(c).contains(other.quantity().value())) return true;
    return false;
  }

  /** Pairs of a figure and another's that its claim names in setting its own against it: disputes however far apart. */
  static void contrastNamed(List<Figure> figures, Set<ValuePair> contrasted) {
    Set<Double> values = new java.util.HashSet<>();
    for (Figure f : figures) values.add(f.quantity().value());
    for (Figure f : figures) {
      for (double v : namedAgainst(f.claim())) {
        double own = f.quantity().value();
        if (v != own && values.contains(v)) contrasted.add(new ValuePair(Math.min(own, v), Math.max(own, v)));
      }
    }
  }

  /** Two values of one measure, the lower first. */
  record ValuePair(double low, double high) {}

  /**
   * Pairs of values that one claim gives together: set against each other by a word such as "rather than" or "only"
   * ("only 500 tonnes exploded, rather than the 2,750 believed") go to {@code contrasted}, side by side without one
   * ("700 in the town and 1,400 in the district") to {@code scoped}. Only figures of one claim are paired.
   */
  static void pairsWithinClaims(List<Figure> figures, Set<ValuePair> contrasted, Set<ValuePair> scoped) {
    Map<Claim, List<Figure>> byClaim = new java.util.IdentityHashMap<>();
    for (Figure f : figures) byClaim.computeIfAbsent(f.claim(), k -> new ArrayList<>()).add(f);
    for (List<Figure> ofClaim : byClaim.values()) {
      IncludedCounts.scope(ofClaim, scoped);
      if (ofClaim.size() < 2) continue;
      boolean against = AGAINST.matcher(ofClaim.get(0).claim().content()).find();
      for (Figure x : ofClaim) {
        for (Figure y : ofClaim) {
          if (x.quantity().value() >= y.quantity().value()) continue;
          (against ? contrasted : scoped).add(new ValuePair(x.quantity().value(), y.quantity().value()));
        }
      }
    }
  }

  /** Where a figure was written: its article and sentence. */
  static String sentenceKey(Figure f) {
    Claim c = f.claim();
    return c.articleId() + "\n" + (c.sentence() != null ? c.sentence() : c.content());
  }

  /** Contrast between two claims of one sentence: "X estimates P, though an official said Q", "X says P but Y says Q". */
  private static final Pattern CONTRAST_BETWEEN = Pattern.compile("(?i)\\b(?:though|although|but|whereas|even as)\\b");

  /**
   * Two parties' figures set against each other in one sentence ("Puerto Rico estimates that the storm killed 1,400,
   * though an official said the confirmed toll remains 64") dispute however far apart they are.
   */
  static void contrastAcrossClaims(Figure a, Figure b, Set<ValuePair> contrasted) {
    if (a.claim() == b.claim() || a.claim().claimant().equals(b.claim().claimant()) || a.quantity().value() == b.quantity().value()) return;
    String sentence = a.claim().sentence() != null ? a.claim().sentence() : a.claim().content();
    int x = sentence.indexOf(a.quantity().text());
    int y = sentence.indexOf(b.quantity().text());
    if (x < 0 || y < 0) return;
    String between = sentence.substring(Math.min(x, y), Math.max(x, y));
    if (!CONTRAST_BETWEEN.matcher(between).find()) return;
    contrasted.add(new ValuePair(Math.min(a.quantity().value(), b.quantity().value()), Math.max(a.quantity().value(), b.quantity().value())));
  }

  /** Every claim of {@code later} published at or after every claim of {@code earlier} (true when either has none). */
  private static boolean allAfter(List<Claim> later, List<Claim> earlier) {
    if (later.isEmpty() || earlier.isEmpty()) return true;
    java.time.Instant first = later.get(0).publishedAt();
    for (Claim b : later) if (b.publishedAt().isBefore(first)) first = b.publishedAt();
    java.time.Instant last = earlier.get(0).publishedAt();
    for (Claim a : earlier) if (a.publishedAt().isAfter(last)) last = a.publishedAt();
    // At or after: one party's two figures of one day, in two reports, are its count updated within the day.
    return !first.isBefore(last);
  }

  private static final Pattern SEVERE = Pattern.compile("(?i)^\\W*(?:[\\p{L}]+\\s+){0,3}?(?:(?:in|remain(?:ed)?\\s+in|are\\s+in|were\\s+in)"
      + "\\s+(?:a\\s+)?(?:critical|serious|grave)\\s+condition|(?:sustained|suffered|with)\\s+(?:severe|serious|critical|grave)\\s+"
      + "(?:injuries|wounds)|(?:severely|seriously|critically|gravely)\\s+(?:injured|wounded|hurt|ill))");

  private static boolean severeCases(String content, String figureText) {
    int at = content.indexOf(figureText);
    if (at < 0) return false;
    int from = at + figureText.length();
    return SEVERE.matcher(content.substring(from, Math.min(content.length(), from + 60))).find();
  }

  /**
   * A claim holds the figures it gives, not those it sets aside: "only 500 tonnes exploded, rather than the 2,750
   * believed" stands for 500 against whoever says 2,750.
   */
  static List<Claim> claimsWith(java.util.Collection<Figure> figures, double value, Set<Figure> setAside) {
    Set<Claim> out = new LinkedHashSet<>();
    for (Figure f : figures) if (f.quantity().value() == value && !setAside.contains(f)) out.add(f.claim());
    return new ArrayList<>(out);
  }

  /** The figures of claims with two or more that a word such as "rather than" or "not" puts just before. */
  static Set<Figure> setAside(List<Figure> figures) {
    Map<Claim, List<Figure>> byClaim = new java.util.IdentityHashMap<>();
    for (Figure f : figures) byClaim.computeIfAbsent(f.claim(), k -> new ArrayList<>()).add(f);
    Set<Figure> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<Figure> ofClaim : byClaim.values()) setAsideOfClaim(ofClaim, out);
    return out;
  }

  /** {@link #setAside} for one claim's figures of one measure, added to {@code out}. */
  static void setAsideOfClaim(List<Figure> ofClaim, Set<Figure> out) {
    if (ofClaim.size() < 2) return;
    String content = ofClaim.get(0).claim().content();
    List<Figure> aside = new ArrayList<>();
    for (Figure f : ofClaim) {
      int at = content.indexOf(f.quantity().text());
      if (at < 0) continue;
      String before = content.substring(Math.max(0, at - 45), at);
      java.util.regex.Matcher m = SET_ASIDE.matcher(before);
      int last = -1;
      while (m.find()) last = m.end();
      if (last >= 0 && !before.substring(last).matches(".*\\d.*")) aside.add(f);
    }
    // A claim sets aside at most all but one of its figures.
    if (aside.size() < ofClaim.size()) out.addAll(aside);
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
