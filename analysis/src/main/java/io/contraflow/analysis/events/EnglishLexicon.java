package io.contraflow.analysis.events;

import java.util.Set;

/**
 * Closed word lists that feature extraction needs: function words, reporting boilerplate, titles that precede names,
 * and the head nouns that mark a capitalised phrase as an organisation, building or place rather than a person.
 * Language rules only; nothing here names a particular story.
 */
final class EnglishLexicon {
  private EnglishLexicon() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words)); // tolerates repeats, unlike Set.of
  }

  /** Function words and very common verbs/adverbs of news prose: never key terms, never names on their own. */
  static final Set<String> STOPWORDS = words(
      "a", "about", "above", "according", "across", "after", "afterwards", "again", "against", "ago", "all", "almost",
      "along", "already", "also", "although", "always", "am", "among", "amid", "an", "and", "another", "any", "anyone",
      "anything", "are", "around", "as", "at", "away", "back", "be", "became", "because", "become", "been", "before",
      "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done",
      "down", "during", "each", "earlier", "either", "else", "even", "ever", "every", "few", "for", "from", "further",
      "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
      "how", "however", "i", "if", "in", "including", "into", "is", "it", "its", "itself", "just", "last", "later",
      "least", "less", "like", "made", "make", "many", "may", "me", "meanwhile", "might", "more", "most", "much",
      "must", "my", "near", "nearly", "neither", "never", "new", "next", "no", "nor", "not", "now", "of", "off", "often",
      "on", "once", "one", "only", "onto", "or", "other", "others", "our", "ours", "out", "over", "own", "per",
      "perhaps", "please", "put", "quite", "rather", "really", "said", "same", "say", "saying", "says", "see", "seen",
      "several", "she", "should", "since", "so", "some", "someone", "something", "still", "such", "take", "taken",
      "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
      "those", "though", "through", "thus", "to", "told", "too", "toward", "towards", "under", "until", "up", "upon",
      "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which",
      "while", "who", "whole", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
      "your", "yours", "week", "weeks", "day", "days", "year", "years", "month", "months", "time", "times", "today",
      "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
      "december", "gmt", "utc", "bst", "cet", "cest", "eet", "msk", "est", "edt", "pst", "pdt", "kst", "jst", "ist", "sast", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
      "percent", "mr", "mrs", "ms", "dr", "read", "click", "here", "subscribe", "newsletter", "copyright", "reserved",
      "rights", "despite", "via", "added", "adding", "asked", "went", "came", "come", "going", "way", "part", "lot", "thing",
      "things", "want", "wanted", "use", "used", "using", "known", "according", "per", "cent", "news", "reported",
      "report", "reports", "reporting", "statement", "comment", "comments", "story", "article", "version", "latest",
      "more", "video", "photo", "image", "people", "told", "tell", "think", "believe", "yes", "don", "isn", "wasn",
      "didn", "won", "can't", "it's", "that's", "there's", "we're", "they're", "i'm", "we’re", "that’s");

  /** Titles and roles that precede a name; folded away so "President Vladimir Putin" and "Mr. Putin" match. */
  static final Set<String> TITLES = words(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "vice",
      "prime", "minister", "premier", "chancellor", "secretary", "general", "gen", "lt", "lieutenant", "colonel", "col",
      "major", "maj", "captain", "capt", "sergeant", "sgt", "commander", "admiral", "marshal", "senator", "sen",
      "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince",
      "princess", "pope", "patriarch", "archbishop", "bishop", "sheikh", "emir", "judge", "justice", "speaker",
      "ambassador", "envoy", "commissioner", "director", "chief", "head", "leader", "spokesman", "spokeswoman",
      "spokesperson", "deputy", "acting", "former", "ex", "foreign", "defence", "defense", "interior", "finance",
      "economy", "justice", "top", "opposition", "chairman", "chairwoman", "chair", "ceo", "founder", "saint", "st",
      "mp", "pm", "officer", "agent", "dictator", "autocrat", "activist", "journalist", "reporter");

  /**
   * Last words that make a capitalised phrase an organisation, building, event or place ("Crocus City Hall",
   * "Islamic State", "Federal Security Service"): such names keep their full form; others are person-like and are
   * keyed by their last word (the surname).
   */
  static final Set<String> NAME_HEADS = words(
      "hall", "state", "states", "service", "services", "ministry", "agency", "times", "post", "news", "press",
      "committee", "council", "court", "union", "bank", "party", "army", "forces", "force", "guard", "police",
      "office", "department", "institute", "university", "school", "college", "center", "centre", "group", "company",
      "corporation", "corp", "co", "inc", "llc", "ltd", "plc", "fund", "foundation", "organization", "organisation", "association",
      "assembly", "parliament", "congress", "senate", "house", "palace", "square", "street", "avenue", "road",
      "tower", "building", "embassy", "consulate", "mall", "terminal", "depot", "barracks", "shipyard", "checkpoint",
      "crossing", "venue", "gate", "tollgate", "plaza", "hotel", "complex", "mine", "clinic", "academy", "harbour",
      "harbor", "pier", "wharf", "temple", "shrine", "synagogue", "nightclub", "cinema", "resort", "casino", "hostel",
      "bridge", "dam", "stream", "pipeline", "airbase", "pipelines", "canal", "tunnel", "reservoir", "railway", "highway", "station", "airport", "port", "plant", "refinery", "factory", "stadium", "arena", "theatre",
      "theater", "museum", "church", "cathedral", "mosque", "hospital", "prison", "camp", "region", "oblast", "province",
      "district", "county", "range", "zone", "precinct", "constituency", "city", "republic", "kingdom", "federation", "nations", "island", "islands", "sea", "ocean", "river", "strait", "straits", "gulf", "bay", "reef", "shoal", "lagoon",
      "lake", "mountains", "valley", "border", "network", "channel", "telegraph", "herald", "journal", "tribune",
      "review", "daily", "weekly", "magazine", "insider", "radio", "television", "tv", "wire", "exchange", "market",
      "commission", "tribunal", "cabinet", "government", "administration", "authority", "command", "brigade",
      "battalion", "regiment", "division", "navy", "fleet", "program", "programme", "summit", "forum", "games", "cup",
      "championship", "festival", "war", "attack", "affair", "airlines", "airways", "railways", "metro", "club",
      "watch", "international", "cross", "crescent", "society", "front", "coalition", "alliance", "movement", "mission",
      "observatory", "borders", "frontieres", "frontières", "initiative", "bureau", "directorate", "brotherhood", "league");

  /**
   * Lower-case nouns that turn a preceding name into the name of a place or structure, as incidents are often called:
   * "the Varno dam", "the Ostrov refinery". Administrative areas ("the Samara region") are left out: like
   * countries, they are broad context rather than what names an incident.
   */
  static final Set<String> PLACE_HEADS = words("dam", "refinery", "plant", "bridge", "airport", "station", "port",
      "hall", "stadium", "arena", "theatre", "theater", "hospital",
      "prison", "camp", "square", "street", "reservoir", "mine", "factory", "base", "school", "mosque", "church",
      "cathedral", "market", "mall", "building", "tower", "pipeline", "field", "venue", "airbase", "embassy", "consulate",
      "checkpoint", "crossing", "terminal", "depot", "barracks", "shipyard", "university", "museum", "palace", "gate",
      "plaza", "hotel", "complex", "clinic", "harbour", "harbor", "pier", "wharf", "temple", "shrine", "synagogue",
      "nightclub", "cinema", "resort", "casino", "hostel");

  /** Lower-case words that may sit inside a name: "Institute for the Study of War", "Ministry of Internal Affairs". */
  static final Set<String> NAME_CONNECTORS = words("of", "for", "the", "de", "del", "der", "al", "bin", "ibn", "von",
      "van", "la", "le", "du", "da", "di", "y", "es", "dos", "das", "des");

  /**
   * Words English capitalises that on their own name no one person, place or thing: faiths and creeds and their
   * followers ("Islamist fighters", "Sunni clerics"), and the points of the compass ("the North said"), which stand
   * for a different country or region in each story. Inside a longer name they stay ("Islamic State", "North Korea").
   * ("The West" is a bloc, listed with the places.)
   */
  static final Set<String> NOT_NAMES_ALONE = words("islamist", "islamists", "islamic", "jihadist", "jihadists",
      "muslim", "muslims", "christian", "christians", "jewish", "jew", "jews", "sunni", "sunnis", "shia", "shiite",
      "shiites", "catholic", "catholics", "orthodox", "protestant", "protestants", "hindu", "hindus", "buddhist",
      "buddhists", "sikh", "sikhs", "evangelical", "evangelicals", "salafist", "salafists", "marxist", "maoist",
      "north", "south", "east", "northern", "southern", "eastern",
      // A wire's label before its headline ("UPDATE 2-", "EXCLUSIVE-", "FACTBOX-") or a photo's ("FILE -"): what kind of item it is.
      "update", "refile", "corrected", "exclusive", "wrapup", "factbox", "explainer", "breaking", "file",
      // Feasts and holidays: when something happened, as "Friday" is, not who or what it happened to.
      "halloween", "christmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "thanksgiving", "passover", "nowruz",
      // Pilgrimages and mourning days held every year: "the Hajj" is this year's and every other's.
      "hajj", "haj", "umrah", "ashura", "arbaeen", "holi",
      // "Twenty Palestinians were killed": a number opening a sentence.
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozens", "dozen", "scores");

  /**
   * Words after a place's name that name an area of it, not something else: "the Gaza Strip", "the Swat Valley",
   * "Borno State". They are part of the place.
   */
  static final Set<String> AREA_WORDS = words("strip", "bank", "coast", "region", "province", "oblast", "valley", "peninsula",
      "heights", "district", "county", "governorate", "territory", "territories", "state", "basin", "delta", "highlands",
      "city", "island", "islands");

  /**
   * Nouns that end an incident's proper name without saying what happened: "the Kanjuruhan Tragedy", "the Kerch Strait
   * Incident", "the Skripal Affair". The name is what comes before them.
   */
  static final Set<String> INCIDENT_NAME_HEADS = words("tragedy", "disaster", "catastrophe", "incident", "affair",
      "scandal");

  /**
   * Other spellings and short forms of a name (lower case) to the name itself (lower case): the Russian and the
   * Ukrainian transliteration of a city, an organisation's short name ({@code lexicon/name-variants.txt}).
   */
  static final java.util.Map<String, String> ALIASES = loadVariants();

  private static java.util.Map<String, String> loadVariants() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (var in = EnglishLexicon.class.getResourceAsStream("/lexicon/name-variants.txt")) {
      if (in == null) throw new IllegalStateException("lexicon/name-variants.txt is missing from the classpath");
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\\|");
        String name = f[0].strip().toLowerCase(java.util.Locale.ROOT);
        for (String variant : f[1].split(",")) out.put(variant.strip().toLowerCase(java.util.Locale.ROOT), name);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Map.copyOf(out);
  }

  /** Month abbreviations, which are capitalised but never names ("Aug. 4", "Jan 8"). */
  static final Set<String> MONTH_ABBREVIATIONS = words("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec");

  /**
   * English words that name keys are matched against word by word (head nouns, titles, function words, structures):
   * their spelling stays as written when a name is keyed.
   */
  static boolean keepsSpelling(String lower) {
    return NAME_HEADS.contains(lower) || PLACE_HEADS.contains(lower) || STOPWORDS.contains(lower) || TITLES.contains(lower)
        || io.contraflow.analysis.nlp.Lexicon.english().isStructure(lower) || NAME_CONNECTORS.contains(lower)
        || io.contraflow.analysis.nlp.Lexicon.english().isGovernmentMetonym(lower);
  }

  /** Abbreviations whose trailing full stop does not end a sentence. */
  static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt",
      "col", "sgt", "capt", "prof", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "maj", "mt", "ft", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
}
