package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds named mentions of parties (people, organisations, governments) and resolves them to one canonical entity
 * per article: "Belarusian President Alexander Lukashenko", "Mr. Lukashenko" and "Lukashenko" become one person
 * whose canonical name is the fullest form and whose key is the surname, so that outlets spelling the first name
 * differently ("Aleksandr") still agree. Countries, capitals and seats of government ("the Kremlin", "Kyiv")
 * resolve to that country's government.
 */
public final class MentionFinder implements Annotator {
  private static final Set<String> NOT_NAMES = Lexicon.NOT_NAMES;
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western", "left", "right");
  /** Heads of place names ("Autonomous District", "Kharp Colony"); works and structures are lexicon/structures.txt. */
  private static final Set<String> PLACE_HEADS = Set.of("district", "region", "province", "oblast", "okrug", "county", "state", "city",
      "town", "village", "square", "street", "avenue", "road", "harbour", "harbor", "river", "sea", "lake", "mountain", "mountains",
      "valley", "island", "islands", "colony", "border", "territory", "republic", "peninsula", "strait", "gulf", "coast", "field",
      "base", "circle", "strip", "bank", "heights", "corridor", "zone", "enclave", "canal", "bay", "desert", "plain", "plateau");
  /** Places, never people: a landform's first word ("Lake Selvik"), a region's noun after it ("South Kessa province"), "North Kessa". */
  private static final Set<String> LANDFORMS = Set.of("lake", "mount", "mt", "cape", "gulf", "bay", "isle");
  private static final Set<String> REGION_NOUNS = Set.of("province", "district", "region", "oblast", "okrug", "county", "governorate", "prefecture");
  private static final Set<String> WEATHER_SYSTEMS = Set.of("storm", "hurricane", "typhoon", "cyclone", "tropical");
  // Compiled once, as these run for every name in every article; matched only where their pattern can match (an
  // apostrophe, a hyphen): most names have neither, and the profile showed them.
  private static final Pattern LEADING_THE = Pattern.compile("^(The|the) ");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HYPHENATED_INITIAL = Pattern.compile("-[A-Z]$");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern POSSESSIVE_OR_APOSTROPHE = Pattern.compile("['’]s?$");
  private final Lexicon lexicon = Lexicon.english();
  private final SentenceOpeners openers = new SentenceOpeners(lexicon);
  private final ThreadLocal<Set<String>> knownNames = ThreadLocal.withInitial(Set::of);

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.POS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.MENTIONS);
  }

  @Override
  public void annotate(Document document) {
    List<Mention> raw = new ArrayList<>();
    // A capitalised word opening a sentence is a name when the article also capitalises it mid-sentence
    // ("Lukashenko, an ally of Putin, said" after "President Alexander Lukashenko").
    Set<String> midSentenceNames = new java.util.HashSet<>();
    for (Sentence s : document.get(Annotations.SENTENCES)) {
      for (int i = 1; i < s.tokens().size(); i++) {
        Token tok = s.tokens().get(i);
        if (tok.capitalized() && !s.tokens().get(i - 1).text().equals("\"") && !NOT_NAMES.contains(tok.lower())) midSentenceNames.add(tok.text());
      }
    }
    knownNames.set(midSentenceNames);
    for (Sentence s : document.get(Annotations.SENTENCES)) findNames(s, raw);
    document.set(Annotations.MENTIONS, resolve(raw));
  }

  private void findNames(Sentence s, List<Mention> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!nameLike(t, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      boolean organisationName = false;
      while (j < t.size()) {
        if (nameLike(t, j) || organisationName && t.get(j).capitalized() && lexicon.isPortfolio(t.get(j).lower())) { // "of Public Health"
          j++;
        } else if (t.get(j).text().equals("-") && j + 1 < t.size() && nameLike(t, j + 1) && t.get(j).start() == t.get(j - 1).end()) {
          j += 2;
        } else if (syllableGivenName(t, j)) {
          j++; // "Lee Joon-seok", "Kim Jong-un": a given name of two syllables, the second in lower case
        } else if (t.get(j).text().equals("-") && j + 1 < t.size() && t.get(j + 1).start() == t.get(j).end()
            && syllable(t, j - 1, t.get(j + 1).text())) {
          j += 2; // the same, when the tokenizer splits the hyphen off ("Kim Dae" "-" "sung")
        } else if (abbreviatedTitleStop(t, j) && j + 1 < t.size() && nameLike(t, j + 1)) {
          j += 2; // "Rear Adm. Ana Ortiz", "Brig. Gen. Tom Reyes": the period of a rank does not end the name
        } else if (attachedHyphenName(t, j)) {
          j++; // "Yamalo-Nenets": the tokenizer keeps the hyphen on the second part
        } else if (t.get(j).text().equals("&") && j + 1 < t.size() && nameLike(t, j + 1) || paperNameGoesOn(t, i, j)) {
          j += 2; // "Kessa & Vell"; "the Vell Star and Mail", "the Narva Post and Courier": a paper's name joined by "and"
        } else if (NameParticles.end(t, j, k -> nameLike(t, k)) > 0) {
          j = NameParticles.end(t, j, k -> nameLike(t, k)); // "Ana de Vell", "Tomas van der Berg"
        } else if (JoinedOrganisationNames.end(t, i, j, k -> nameLike(t, k)) > 0) {
          j = JoinedOrganisationNames.end(t, i, j, k -> nameLike(t, k)); // "the Food and Drug Administration"
        } else if ((t.get(j).text().equals("Without") || t.get(j).text().equals("Sans")) && j + 1 < t.size() && nameLike(t, j + 1)) {
          j += 2; // "Reporters Without Borders", "Médecins Sans Frontières": the title-case preposition of such names
        } else if (pluralPossessiveInName(t, j)) {
          j += 2; // "the Varno Miners' Union": a plural's apostrophe inside a name
        } else if (organisationName && portfolioListGoesOn(t, j)) {
          j++; // "Ministry of Land, Infrastructure and Transport": the portfolios it lists are its name too
        } else if ((t.get(j).is("of") || t.get(j).is("for")) && j + 1 < t.size()
            && (lexicon.isOrganisationWord(t.get(j - 1).text()) || organisationName)) {
          // Once an organisation's name goes on past "of" or "for", it may do so again: "Office for the
          // Coordination of Humanitarian Affairs", "Organisation for the Prohibition of Chemical Weapons".
          int k = j + 1;
          if (k < t.size() && t.get(k).is("the")) k++;
          // ("Ministry of Health": a portfolio is a name here, though alone it opens "Health officials said".)
          if (k < t.size() && (nameLike(t, k) || t.get(k).capitalized() && lexicon.isPortfolio(t.get(k).lower()))) {
            j = k + 1;
            organisationName = true;
          } else break;
        } else {
          break;
        }
      }
      if (!ModifierNames.modifies(t, j)) addSpan(t, i, j, out);
      i = j;
    }
  }

  /**
   * After "Ministry of" and a portfolio, an "and" or a comma before another capitalised portfolio ("of Security and
   * Public Administration", "of Land, Infrastructure and Transport") goes on with the name; "the Ministry of Health and
   * the army", "of Defence and Kyiv" join another party.
   */
  private boolean portfolioListGoesOn(List<Token> t, int j) {
    if (!(t.get(j).is("and") || t.get(j).text().equals(",")) || j + 1 >= t.size() || !lexicon.isPortfolio(t.get(j - 1).lower())) return false;
    Token next = t.get(j + 1);
    return next.capitalized() && lexicon.isPortfolio(next.lower()) && lexicon.country(next.text()) == null;
  }

  private static final Set<String> PAPER_NAME_ENDS = Set.of("mail", "observer", "courier", "herald", "guardian", "star", "times",
      "post", "news", "gazette", "journal", "tribune", "telegraph", "chronicle", "advertiser", "express", "sentinel");

  /** "the Vell Globe and Mail": after "the", one or two names, "and", then a word papers' names end with, which ends it. */
  private boolean paperNameGoesOn(List<Token> t, int i, int j) {
    return t.get(j).is("and") && j - i <= 2 && i > 0 && t.get(i - 1).is("the") && j + 1 < t.size() && nameLike(t, j + 1)
        && PAPER_NAME_ENDS.contains(t.get(j + 1).lower()) && (j + 2 >= t.size() || !nameLike(t, j + 2));
  }

  /** The period of an abbreviated title or of initials, written apart from it by the tokenizer ("Adm" ".", "T.H" "."). */
  private boolean abbreviatedTitleStop(List<Token> t, int j) {
    return j > 0 && t.get(j).text().equals(".") && t.get(j).start() == t.get(j - 1).end() && (lexicon.isTitle(t.get(j - 1).text()) || t.get(j - 1).initials());
  }

  /** "Miners' Union", "the Prosecutor General's Office": a plural's apostrophe or a title's "'s", an organisation word after. */
  private boolean pluralPossessiveInName(List<Token> t, int j) {
    Token before = t.get(j - 1);
    boolean apostrophe = t.get(j).text().equals("'") || t.get(j).text().equals("’");
    boolean titles = (t.get(j).text().equals("'s") || t.get(j).text().equals("’s")) && lexicon.isTitle(before.text());
    return (apostrophe && before.text().endsWith("s") || titles) && before.end() == t.get(j).start()
        && j + 1 < t.size() && nameLike(t, j + 1) && lexicon.isOrganisationWord(t.get(j + 1).text());
  }

  private static boolean attachedHyphenName(List<Token> t, int j) {
    String w = t.get(j).text();
    return w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1)) && t.get(j).start() == t.get(j - 1).end();
  }

  /**
   * The token at {@code j} is a lower-case syllable glued by its hyphen to the name word before ("Joon" "-seok",
   * "Jong" "-un"), after a family name: not "Kremlin-backed" or "Kyiv-based", whose second part is an English word.
   */
  private boolean syllableGivenName(List<Token> t, int j) {
    if (j < 2 || j >= t.size() || !t.get(j).text().startsWith("-") || t.get(j - 1).end() != t.get(j).start()) return false;
    return syllable(t, j - 1, t.get(j).text().substring(1));
  }

  /** {@code r}, the lower-case part after a hyphen, is the second syllable of the given name at {@code before}. */
  private boolean syllable(List<Token> t, int before, String r) {
    if (!HyphenTails.isSyllable(r) && !HyphenTails.isJoinedArticle(r)) return false;
    return before >= 1 && nameLike(t, before - 1) && nameLike(t, before) && lexicon.country(t.get(before).text()) == null;
  }

  private boolean nameLike(List<Token> t, int i) {
    Token tok = t.get(i);
    String text = tok.text();
    boolean afterHyphen = i > 0 && (t.get(i - 1).text().equals("-") || t.get(i - 1).text().endsWith("-")) && t.get(i - 1).end() == tok.start();
    if (text.length() < 2 && !(afterHyphen && Character.isUpperCase(text.charAt(0)))) return false;
    if (!Character.isUpperCase(text.charAt(0))) return false;
    if (!text.chars().anyMatch(Character::isLetter) || ModifierNames.compound(text)) return false;
    String lower = tok.lower();
    if (NOT_NAMES.contains(lower) && !(lower.equals("u.s.")) && !NameSurroundings.monthAsSurname(t, i) && !PaperTitles.opensTitle(t, i)) return false;
    if (afterHyphen) return true;
    boolean quoteOpensSentence = i > 0 && t.get(i - 1).text().equals("\"") && (i == 1 || !t.get(i - 2).text().equals(","));
    if (i == 0 || quoteOpensSentence) {
      // Sentence-initial capitals are names only when the tagger or the lexicon says so.
      return "PROPN".equals(tok.tag()) || lexicon.country(text) != null || knownNames.get().contains(text) || openers.opensName(t, i);
    }
    return true;
  }

  /** Splits leading titles and demonyms ("Belarusian President") off a capitalised run and records the mention. */
  private void addSpan(List<Token> t, int from, int to, List<Mention> out) {
    // "The Minister of Foreign Affairs, Ivo Dorov": after a title and "of", a run of portfolio words is the office's, no one.
    if (from >= 2 && t.get(from - 1).is("of") && lexicon.isTitle(t.get(from - 2).text()) && lexicon.isPortfolio(t.get(to - 1).lower())
        && t.subList(from, to).stream().allMatch(w -> lexicon.isPortfolio(w.lower()) || lexicon.isTitle(w.text()))) return;
    int nameFrom = from;
    StringBuilder role = new StringBuilder();
    String affiliation = null;
    // (A place named after its country keeps it: "the Gaza Strip", "the Sinai Peninsula"; so does a country whose name
    // starts with its demonym: "Saudi Arabia", "Czech Republic".)
    // (Nor does a body whose first word could be a title, "the State Department", "the Foreign Office": its name, no role.)
    boolean titledBody = lexicon.isOrganisationWord(t.get(to - 1).text());
    for (int k = from; k < to - 1 && titledBody; k++) titledBody = lexicon.isTitle(t.get(k).text()) || t.get(k).text().matches("['’]s?");
    titledBody |= NationalBodies.named(t, from, to, lexicon) || CivilBodies.named(join(t, from, to)); // ("The National Transportation Safety Board", "the Ostrian Bar Association")
    // "the South African embassy", "a Saudi Arabian envoy": a demonym of two words describes as one of one word does.
    String pairDemonym = nameFrom + 1 < to ? lexicon.countryByNameOrDemonym(join(t, nameFrom, nameFrom + 2)) : null; // (not "White House")
    if (pairDemonym != null && !isCountryName(join(t, nameFrom, nameFrom + 2)) && !titledBody) {
      if (to - nameFrom == 2) return;
      affiliation = pairDemonym;
      role.append(join(t, nameFrom, nameFrom + 2));
      nameFrom += 2;
    }
    while (!titledBody && nameFrom < to - 1 && !isCountryName(join(t, nameFrom, to)) && (lexicon.isTitle(t.get(nameFrom).text())
        && !(lexicon.isOrganisationWord(t.get(nameFrom).text()) && lexicon.isOrganisationWord(t.get(nameFrom + 1).text())) || abbreviatedTitleStop(t, nameFrom) || lexicon.country(t.get(nameFrom).text()) != null
        && !lexicon.isOrganisationWord(t.get(nameFrom + 1).text()) && !PLACE_HEADS.contains(t.get(nameFrom + 1).lower()) || hyphenInTitle(t, nameFrom, from))
        && !(lexicon.isOrganisationWord(t.get(nameFrom).text()) && t.get(nameFrom + 1).is("of"))) { // "Ministry of Defence" is a name
      String w = t.get(nameFrom).text();
      if (lexicon.country(w) != null && affiliation == null) affiliation = lexicon.country(w);
      boolean glued = w.equals("-") || w.equals(".") || role.toString().endsWith("-");
      role.append(role.isEmpty() || glued ? "" : " ").append(w);
      nameFrom++;
    }
    nameFrom = TitleOfPortfolio.pastPortfolio(t, nameFrom, to, role, lexicon); // ("Minister of State for Home Ivo Marn")
    // "Minister for Fisheries Ivo Dorov", "U.S. Secretary of State Mike Pompeo": the portfolio, title and country are the role's.
    boolean portfolioOfTitle = TitleOfPortfolio.follows(t, from, to, lexicon);
    while (portfolioOfTitle && nameFrom < to - 1 && lexicon.isPortfolio(t.get(nameFrom).lower())) role.append(role.isEmpty() ? "" : " ").append(t.get(nameFrom++).text());
    if (portfolioOfTitle && nameFrom > from) affiliation = TitleOfPortfolio.prefixRole(role, t, from, lexicon, affiliation);
    // A title further in ("Polish Deputy Finance Minister Petra Lund"): the portfolio before it is the role's too.
    boolean organisation = false; // ("Kessa Police Chief Ana Berg": a body's word before a title is the title's.)
    for (int k = nameFrom; k < to; k++) organisation |= lexicon.isOrganisationWord(t.get(k).text()) && !(k + 1 < to && lexicon.isTitle(t.get(k + 1).text()));
    for (int k = to - 2; k >= nameFrom && !organisation; k--) {
      if (!lexicon.isTitle(t.get(k).text()) || t.get(k + 1).is("of")) continue;
      for (int j = nameFrom; j <= k; j++) role.append(role.isEmpty() ? "" : " ").append(t.get(j).text());
      nameFrom = k + 1;
      break;
    }
    // Lower-case titles before the run belong to the role ("spokeswoman Ana Berg"), and a body before one ("judicial spokesman").
    int r = from - 1;
    while (r >= 0 && !t.get(r).capitalized() && (lexicon.isTitle(t.get(r).text()) || r < from - 1 && (lexicon.isPortfolio(t.get(r).lower())
        || lexicon.isOrganisationNoun(t.get(r).lower()) || "ADJ".equals(t.get(r).tag())))) {
      role.insert(0, t.get(r).text() + (role.isEmpty() ? "" : " "));
      r--;
    }
    // A demonym just before the title or name ("Russian Deputy Foreign Minister Sergei Ryabkov") says whom they speak for.
    String pairBefore = r >= 1 ? lexicon.country(t.get(r - 1).text() + " " + t.get(r).text()) : null; // ("South African minister X")
    if (affiliation == null && r >= 0) affiliation = pairBefore != null ? pairBefore : lexicon.country(t.get(r).text());
    // A title alone ("The firm's CEO, Yan Novikov") names no one; nor does a run that ends at a title whose portfolio and
    // name follow ("Kessa Chief of Police Ana Berg": the name after it is the person).
    if (to + 1 < t.size() && lexicon.isTitle(t.get(to - 1).text()) && (t.get(to).is("of") || t.get(to).is("for")) && t.get(to + 1).capitalized()) return;
    String name = join(t, nameFrom, to);
    if (name.isBlank() || to - nameFrom == 1 && lexicon.isTitle(name)) return;
    String roleText = role.isEmpty() ? null : role.toString();
    String country = lexicon.country(name);
    // A demonym alone ("a senior Polish official") describes; it names no one.
    if (country != null && to - nameFrom == 1 && lexicon.countryByNameOrDemonym(name) != null && !country.equalsIgnoreCase(name)
        && !lexicon.isGovernmentMetonym(name) && !name.chars().noneMatch(c -> c >= 'a' && c <= 'z')) return;
    if (country != null) {
      boolean metonym = lexicon.isGovernmentMetonym(name) || country.equalsIgnoreCase(name)
          || name.chars().noneMatch(c -> c >= 'a' && c <= 'z');
      if (metonym) {
        out.add(new Mention(t.get(nameFrom).start(), t.get(to - 1).end(), name, lexicon.demonym(country) + " government",
            "gov:" + country.toLowerCase(Locale.ROOT), ClaimantType.GOVERNMENT, roleText, country, false));
        return;
      }
    }
    ClaimantType type;
    String canonical = LEADING_THE.matcher(name).replaceFirst("");
    // Words, not tokens: "Almaz-Antey" is one word (a hyphenated name alone is no first name and surname).
    int nameTokens = SPACES.split(name.trim()).length;
    boolean acronym = name.length() >= 2 && name.chars().noneMatch(c -> c >= 'a' && c <= 'z');
    boolean orgWord = false;
    for (int k = nameFrom; k < to; k++) orgWord |= lexicon.isOrganisationWord(t.get(k).text());
    // "Kessa Air" is an airline; "Air" opening a name may be a rank ("Air Marshal Ivo Lind").
    orgWord |= to - nameFrom >= 2 && t.get(to - 1).text().equals("Air");
    // Designations with digits ("MH17", "Su-25", "IK-3", "Flight 17") name flights, models and places, not parties.
    boolean numbered = to < t.size() && DIGIT.matcher(t.get(to).text()).lookingAt();
    // "the West Bank", "the South Bank": a compass point before a place noun names a region, whatever else the noun names.
    boolean compassPlace = to - nameFrom == 2 && COMPASS.contains(t.get(nameFrom).lower()) && PLACE_HEADS.contains(t.get(to - 1).lower());
    // "Storm Daniel", "Hurricane Maria", "Cyclone Idai": a weather system's name, no one who speaks.
    boolean weatherSystem = to - nameFrom >= 2 && WEATHER_SYSTEMS.contains(t.get(nameFrom).lower());
    if (DIGIT.matcher(name).find() || numbered || compassPlace || weatherSystem) type = ClaimantType.UNKNOWN;
    else if (orgWord || acronym || name.startsWith("The ") || name.contains("&")) type = ClaimantType.ORGANIZATION;
    // "Autonomous District", "Kharp Colony"; and works and structures ("Marsh Stream", "Varno Dam"): never people.
    else if (PLACE_HEADS.contains(t.get(to - 1).lower()) || lexicon.isStructure(t.get(to - 1).lower()) || LANDFORMS.contains(t.get(nameFrom).lower())
        || to < t.size() && REGION_NOUNS.contains(t.get(to).text()) || COMPASS.contains(t.get(nameFrom).lower()) && !t.get(nameFrom).is("left") && !t.get(nameFrom).is("right")) type = ClaimantType.UNKNOWN;
    // "Al Jazeera journalist Shireen Abu Akleh", "Kesta Air pilot Ivan Lind": a name before a lower-case title and a
    // person's name is whom that person works for.
    else if (to + 1 < t.size() && !t.get(to).capitalized() && lexicon.isTitle(t.get(to).lower()) && t.get(to + 1).capitalized()) type = ClaimantType.ORGANIZATION;
    // ("Two top Vellard commanders": a name before a plural noun says whose they are; "top" is the commanders'.)
    else if (nameTokens >= 2 || roleText != null && !NameSurroundings.beforePlural(t, to) || NameSurroundings.afterHonorific(t, nameFrom)) type = ClaimantType.PERSON;
    else type = ClaimantType.UNKNOWN;
    String key = type == ClaimantType.PERSON ? surname(canonical) : canonical.toLowerCase(Locale.ROOT);
    // ("Ukraine's police chief Ihor Klymenko": an office holder of that country too.)
    if ((type == ClaimantType.ORGANIZATION || type == ClaimantType.PERSON && roleText != null) && affiliation == null) {
      affiliation = BodyCountries.of(t, Math.min(from, r + 1), to, lexicon);
    }
    out.add(new Mention(t.get(nameFrom).start(), t.get(to - 1).end(), name, canonical, key, type, roleText, affiliation, false));
  }

  private boolean isCountryName(String words) {
    return words.equalsIgnoreCase(lexicon.country(words));
  }

  /** The hyphen of a compound title ("Lieutenant-General Igor Makushev"). */
  private boolean hyphenInTitle(List<Token> t, int k, int from) {
    return t.get(k).text().equals("-") && k > from && k + 1 < t.size() && lexicon.isTitle(t.get(k - 1).text()) && lexicon.isTitle(t.get(k + 1).text());
  }

  /** Links short mentions to the fullest mention with the same surname, so one person has one canonical name. */
  private List<Mention> resolve(List<Mention> raw) {
    Map<String, Mention> fullest = new HashMap<>();
    for (Mention m : raw) {
      if (m.type() != ClaimantType.PERSON) continue;
      Mention prev = fullest.get(m.key());
      if (prev == null || m.canonical().split(" ").length > prev.canonical().split(" ").length
          || prev.role() == null && m.role() != null && m.canonical().split(" ").length == prev.canonical().split(" ").length) {
        fullest.put(m.key(), m);
      }
    }
    // "Lee Joon-seok" is then "Lee": the family name comes first where the given name is two joined syllables.
    for (Mention m : raw) {
      if (m.type() != ClaimantType.PERSON) continue;
      java.util.regex.Matcher family = FAMILY_NAME_FIRST.matcher(m.canonical());
      if (family.matches()) fullest.putIfAbsent(family.group(1).toLowerCase(Locale.ROOT), fullest.get(m.key()));
    }
    // Acronyms stand for a longer name in the same article when they start with its initials ("IS", "ISIS-K" for
    // "Islamic State").
    Map<String, Mention> byInitials = new HashMap<>();
    for (Mention m : raw) {
      if (m.type() != ClaimantType.ORGANIZATION) continue;
      String[] words = SPACES.split(m.canonical());
      if (words.length < 2) continue;
      StringBuilder initials = new StringBuilder();
      for (String w : words) if (Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
      if (initials.length() >= 2) byInitials.putIfAbsent(initials.toString(), m);
    }
    List<Mention> aliased = new ArrayList<>(raw.size());
    for (Mention m : raw) {
      String base = m.canonical().indexOf('-') < 0 ? m.canonical() : HYPHENATED_INITIAL.matcher(m.canonical()).replaceAll("");
      Mention full = null;
      if (m.type() == ClaimantType.ORGANIZATION && ACRONYM.matcher(base).matches()) {
        // ("ISIL" for "Islamic State", but not "KNA" for "Kesta News": a three-letter acronym is its own name.)
        for (var e : byInitials.entrySet()) if (base.equals(e.getKey()) || base.length() >= 4 && base.startsWith(e.getKey())) full = e.getValue();
      }
      aliased.add(full == null ? m : new Mention(m.start(), m.end(), m.text(), full.canonical(), full.key(), full.type(), m.role(), full.affiliation(), false));
    }
    raw = aliased;
    List<Mention> out = new ArrayList<>(raw.size());
    for (Mention m : raw) {
      String key = m.type() == ClaimantType.UNKNOWN || m.type() == ClaimantType.PERSON ? surname(m.canonical()) : m.key();
      Mention full = fullest.get(key);
      if (full != null && m.type() == ClaimantType.PERSON && GivenNames.differ(m.canonical(), full.canonical())) {
        // "Ana Berg died ... her father, Ivan Berg, said": a relative with the surname is someone else.
        out.add(new Mention(m.start(), m.end(), m.text(), m.canonical(), m.canonical().toLowerCase(Locale.ROOT), m.type(),
            m.role(), m.affiliation(), false));
      } else if (full != null && m.type() != ClaimantType.ORGANIZATION && m.type() != ClaimantType.GOVERNMENT) {
        out.add(new Mention(m.start(), m.end(), m.text(), full.canonical(), full.key(), ClaimantType.PERSON,
            m.role() != null ? m.role() : full.role(), m.affiliation() != null ? m.affiliation() : full.affiliation(), false));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern FAMILY_NAME_FIRST = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}+-\\p{Ll}{1,5}");
  static String surname(String name) {
    String[] parts = SPACES.split((name.indexOf('\'') < 0 && name.indexOf('’') < 0 ? name : POSSESSIVE.matcher(name).replaceAll("")).trim());
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }

  private static String join(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && t.get(i).start() > t.get(i - 1).end()) b.append(' ');
      b.append(t.get(i).text());
    }
    return b.indexOf("'") < 0 && b.indexOf("’") < 0 ? b.toString() : POSSESSIVE_OR_APOSTROPHE.matcher(b.toString()).replaceAll("");
  }
}
