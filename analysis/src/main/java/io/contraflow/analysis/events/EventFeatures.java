package io.contraflow.analysis.events;

import io.contraflow.analysis.ArticleText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What event grouping compares between articles: weighted names, weighted key terms, a body fingerprint, which names
 * the article is about (its focus), which of its names are places, the kind of incident its headline reports, and
 * the embedding of its headline and lead.
 *
 * <p>Entity weights: {@code 1 + ln(mentions)}, plus 1 when the name is in the headline and 0.5 when it is in the first
 * three sentences; times 1.5 for multi-word organisation/incident names (the most distinctive) and 0.5 for countries
 * (broad context). Term weights: the same without the kind factor, for stemmed content words and for pairs of adjacent
 * content words ("concert hall", "death toll"), which carry much of what an incident is when it has no proper name.
 * Only the heaviest {@value #MAX_ENTITIES} names and {@value #MAX_TERMS} terms are kept.
 *
 * @param entities canonical name to weight
 * @param terms stemmed term or term pair to weight
 * @param fingerprint 64-bit SimHash of the body's word 3-shingles (0 when the body has fewer than 25 words)
 * @param bodyWords number of words in the body, to judge whether the fingerprint is reliable, or
 *     {@link #UNKNOWN_LENGTH}
 * @param focal names the article is about: in the headline or the lead, or mentioned at least
 *     {@value #FOCAL_MENTIONS} times (a name mentioned once deep in the text is background); and the toll it leads
 *     with, as {@link Tolls} keys it ("toll 21")
 * @param places names that read as places: countries, and names mostly written after "in", "at", "near", "from"
 *     ("in Jenin") or before a place noun ("Jenin refugee camp"); where something happened says less about which
 *     incident it was than who and what it happened to
 * @param speakers names that read as speakers: at least a third of their mentions say or claim something ("Putin
 *     said", "said Lukashenko", "according to the ministry"); a president comments on many stories, so a speaker
 *     shared with an event is weaker evidence than a shared subject (a victim, a flight); so is a side in the fighting
 *     ("the truce with X", "X militants"), named in every report of its war
 * @param headlineIncident the first incident name of the headline (else the lead), such as "beirut fire", or null: a
 *     report whose own incident is another kind of incident at the same place is about another incident
 * @param incident the kind of incident the headline (else the lead) reports first ({@link IncidentKinds}), or null
 * @param incidents every kind of incident the headline and lead name ("Iran killed dozens when it shot down the
 *     flight": killing, aircraft loss)
 * @param gist unit-length embedding of the headline and lead, or null
 * @param days the calendar days the opening of the text names ("on 14 May", "May 14, 2021"): a report months on that
 *     names the day its story began looks back on that story
 */
public record EventFeatures(Map<String, Double> entities, Map<String, Double> terms, long fingerprint, int bodyWords,
                            Set<String> focal, Set<String> places, Set<String> speakers, String headlineIncident,
                            String incident, Set<String> incidents, float[] gist, List<java.time.LocalDate> days) {
  /** {@link #bodyWords} when features arrive without their text: the supplied fingerprint is trusted. */
  public static final int UNKNOWN_LENGTH = Integer.MAX_VALUE;
  static final int MAX_ENTITIES = 64;
  static final int MAX_TERMS = 160;
  private static final double TITLE_BONUS = 1.0;
  private static final double LEAD_BONUS = 0.5;
  private static final int LEAD_SENTENCES = 3;

  static final int FOCAL_MENTIONS = 3;
  /** How much of the body the days it names are read from: its opening paragraphs. */
  static final int DAYS_READ = 2000;

  public EventFeatures {
    // Copies that keep the order they were built in: Map.copyOf and Set.copyOf iterate in an order that differs from
    // one JVM to the next, and a stream processor must decide the same way after a restart.
    entities = ordered(entities);
    terms = ordered(terms);
    focal = focal == null ? Set.of() : ordered(focal);
    places = places == null ? Set.of() : ordered(places);
    speakers = speakers == null ? Set.of() : ordered(speakers);
    incidents = incidents == null ? (incident == null ? Set.of() : Set.of(incident)) : ordered(incidents);
    days = days == null ? List.of() : List.copyOf(days);
  }

  /** Features without the days the text names, as records written before they were carried. */
  public EventFeatures(Map<String, Double> entities, Map<String, Double> terms, long fingerprint, int bodyWords,
                       Set<String> focal, Set<String> places, Set<String> speakers, String headlineIncident,
                       String incident, Set<String> incidents, float[] gist) {
    this(entities, terms, fingerprint, bodyWords, focal, places, speakers, headlineIncident, incident, incidents, gist, List.of());
  }

  /** Names and terms only, as carried by older records: every name counts as focal, none as a place. */
  public EventFeatures(Map<String, Double> entities, Map<String, Double> terms, long fingerprint, int bodyWords) {
    this(entities, terms, fingerprint, bodyWords, entities.keySet(), Set.of(), Set.of(), null, null, Set.of(), null);
  }

  /** The same features with this gist. */
  public EventFeatures withGist(float[] newGist) {
    return new EventFeatures(entities, terms, fingerprint, bodyWords, focal, places, speakers, headlineIncident, incident,
        incidents, newGist, days);
  }

  /**
   * The body as grouping reads it: above the first paragraph of news, what a page sets there as furniture (a timestamp
   * or a byline with one, a subscription appeal, an app promotion that speaks to the reader, a photo's caption) is
   * dropped, so that the lead is the article's own opening and not the page's. The headline repeated, the deck and the
   * dateline stay: they are news. Nothing below the first paragraph of news is touched. The body's first line, where a
   * page repeats its headline, is not that paragraph: a failed widget's message may stand between the two.
   */
  static String pastFurniture(String body) {
    StringBuilder kept = new StringBuilder(body.length());
    int at = 0;
    boolean firstLine = true;
    while (at < body.length()) {
      int end = body.indexOf('\n', at);
      if (end < 0) end = body.length();
      String line = body.substring(at, end);
      at = end + 1;
      boolean toTheReader = TO_THE_READER.matcher(line).find();
      // (A headline ends with no stop; a first line that does is the lead, and the body past it is left as it is.)
      boolean headlineLine = firstLine && !line.isBlank() && ".!?\"”’')".indexOf(line.strip().charAt(line.strip().length() - 1)) < 0;
      firstLine &= line.isBlank();
      if (!toTheReader && io.contraflow.analysis.nlp.BoilerplateRemover.isNews(line)) {
        kept.append(line).append('\n');
        if (headlineLine) continue;
        kept.append(body, Math.min(at, body.length()), body.length());
        return kept.toString();
      }
      boolean furniture = toTheReader || io.contraflow.analysis.nlp.BoilerplateRemover.isFurniture(line)
          || io.contraflow.analysis.nlp.BoilerplateRemover.isCaption(line)
          || TIMESTAMP.matcher(line).find() && line.strip().split("\\s+").length <= TIMESTAMP_LINE_WORDS;
      if (!furniture) kept.append(line).append('\n');
    }
    return kept.isEmpty() ? body : kept.toString();
  }

  /** ("Buy your print copy, then use the app": a line that speaks to the reader outside quotes sells something.) */
  /** Lower-case words a dateline's place may hold: "Democratic Republic of Congo", "Port of Spain". */
  private static final Set<String> DATELINE_JOINERS = Set.of("of", "the", "and", "de", "el", "al");

  /**
   * The token where the body's first sentence starts after a dateline ("KESSA, Norland (Reuters) — Rescuers"), or 0
   * when the body opens with no dateline: the words before it are all names, dates or numbers, and the tokenizer began
   * a sentence within {@link ArticleTokenizer}'s dateline reach.
   */
  static int datelineEnd(List<Token> tokens) {
    int start = 0;
    while (start < tokens.size() && tokens.get(start).inTitle()) start++;
    if (start >= tokens.size()) return 0;
    int sentence = tokens.get(start).sentence();
    for (int k = start + 1; k < tokens.size() && k <= start + ArticleTokenizer.DATELINE_WORDS; k++) {
      Token t = tokens.get(k);
      if (t.sentence() != sentence) return 0;
      if (t.sentenceInitial()) return k;
      if (!t.capitalised() && !Character.isDigit(t.text().charAt(0)) && !DATELINE_JOINERS.contains(t.lower())) return 0;
    }
    return 0;
  }

  private static final java.util.regex.Pattern TO_THE_READER = java.util.regex.Pattern.compile("^[^\"“”]*\\b(?i:you|your)\\b[^\"“”]*$");
  /** A clock time: "23:04:12", "10:35", what a page's date line carries and a headline does not. */
  private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
  private static final int TIMESTAMP_LINE_WORDS = 8;

  /** Features of an analysed article: those the extractor computed when it did, else computed from the text. */
  public static EventFeatures of(GroupableArticle analysis) {
    EventFeatures supplied = analysis.features();
    if (supplied == null) return of(analysis.article());
    if (supplied.fingerprint() == 0L && !analysis.article().body().isEmpty()) {
      EventFeatures computed = of(analysis.article());
      return new EventFeatures(supplied.entities(), supplied.terms(), computed.fingerprint(), computed.bodyWords(),
          supplied.focal(), supplied.places(), supplied.speakers(), supplied.headlineIncident(), supplied.incident(),
          supplied.incidents(), supplied.gist(), supplied.days());
    }
    return supplied;
  }

  /**
   * Features of an article's text. Callers should give articles without a publication date their ingestion time as
   * {@link ArticleText#publishedAt()} before grouping; the time is read only to place the days the text names without
   * a year ("on 14 May") in the year before it.
   */
  public static EventFeatures of(ArticleText article) {
    List<Token> tokens = ArticleTokenizer.tokenize(Hashtags.asTerms(article.title()),
        Hashtags.asTerms(PageLabels.without(pastFurniture(article.body()))));
    List<NameFinder.Mention> mentions = NameFinder.find(tokens);

    boolean[] inName = new boolean[tokens.size()];
    Map<String, Tally> names = new HashMap<>();
    Map<String, NameFinder.Kind> kinds = new HashMap<>();
    Map<String, int[]> placeVotes = new HashMap<>();
    String headlineIncident = null;
    Token headlineAt = null;
    int headlineFirst = Integer.MAX_VALUE;
    for (NameFinder.Mention m : mentions) {
      Token at = tokens.get(m.firstToken());
      if (m.kind() == NameFinder.Kind.INCIDENT && (at.inTitle() || at.sentence() <= 1)
          && (headlineIncident == null || at.inTitle() && !headlineAt.inTitle() || at.inTitle() == headlineAt.inTitle()
              && m.firstToken() < headlineFirst)) {
        headlineIncident = m.key();
        headlineAt = at;
        headlineFirst = m.firstToken();
      }
    }
    int datelineEnd = datelineEnd(tokens);
    for (NameFinder.Mention m : mentions) {
      // The lower-case noun of "the Varno dam" stays a term too.
      for (int k = m.firstToken(); k <= m.lastToken(); k++) inName[k] |= tokens.get(k).capitalised();
      Token first = tokens.get(m.firstToken());
      // A dateline says where the report was filed, which for a regional bureau is often another country ("NAIROBI,
      // Kenya —" over a story from the Sudan border): a mention there counts, but not as what the article leads with.
      boolean filedFrom = !first.inTitle() && m.firstToken() < datelineEnd || MentionRoles.dateline(tokens, m);
      names.computeIfAbsent(m.key(), x -> new Tally()).add(first, filedFrom || Attributive.sponsor(tokens, m.lastToken()));
      kinds.merge(m.key(), m.kind(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
      int[] votes = placeVotes.computeIfAbsent(m.key(), x -> new int[3]);
      votes[1]++;
      if (MentionRoles.readsAsPlace(tokens, m)) votes[0]++;
      if (MentionRoles.readsAsSpeaker(tokens, m) || MentionRoles.readsAsParty(tokens, m)) votes[2]++;
    }
    Map<String, Tally> words = new HashMap<>();
    String previousTerm = null;
    List<String> bodyWords = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!t.inTitle()) bodyWords.add(t.lower());
      String term = inName[k] ? null : termOf(t);
      if (term != null) {
        words.computeIfAbsent(term, x -> new Tally()).add(t);
        if (previousTerm != null && !t.breakBefore()) {
          words.computeIfAbsent(previousTerm + " " + term, x -> new Tally()).add(t);
        }
      }
      previousTerm = term;
    }

    Map<String, Double> entities = new HashMap<>();
    String source = article.source() == null ? "" : " " + article.source().toLowerCase(java.util.Locale.ROOT) + " ";
    names.forEach((key, tally) -> {
      // The agency or outlet that supplied the article is not what it is about.
      if (CommonNames.contains(key) || source.contains(" " + key + " ") || source.contains("(" + key + ")")) return;
      entities.put(key, tally.weight() * kindFactor(kinds.get(key)));
    });
    Map<String, Double> kept = top(entities, MAX_ENTITIES);
    Set<String> focal = new HashSet<>();
    Set<String> places = new HashSet<>();
    Set<String> speakers = new HashSet<>();
    for (String key : kept.keySet()) {
      Tally t = names.get(key);
      if (t.inTitle || t.inLead || t.count + inLongerNames(key, names) >= FOCAL_MENTIONS) focal.add(key);
      int[] votes = placeVotes.get(key);
      if (kinds.get(key) == NameFinder.Kind.COUNTRY || 2 * votes[0] >= votes[1]) places.add(key);
      if (3 * votes[2] >= votes[1]) speakers.add(key);
    }
    // The toll the article leads with is part of what it is about, though no name (and weighs in no similarity).
    String toll = Tolls.leading(tokens, LEAD_SENTENCES);
    if (toll != null) focal.add(toll);
    Map<String, Double> terms = new HashMap<>();
    words.forEach((key, tally) -> {
      // A pair seen once is noise; a pair that recurs or sits in the headline is a phrase.
      if (key.indexOf(' ') < 0 || tally.count > 1 || tally.inTitle) terms.put(key, tally.weight());
    });
    Set<String> incidentKinds = new java.util.LinkedHashSet<>();
    String first = incidents(tokens, incidentKinds);
    // A report that looks back names the day in its opening paragraphs; reading only those keeps the cost flat in the
    // article's length (a whole 800-word body took about 0.19 ms, 2-3% of extraction).
    String opening = article.body().length() <= DAYS_READ ? article.body() : article.body().substring(0, DAYS_READ);
    List<java.time.LocalDate> days = io.contraflow.analysis.time.MentionedDates.days(opening,
        article.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
    return new EventFeatures(kept, top(terms, MAX_TERMS), SimHash.of(bodyWords), bodyWords.size(), focal, places,
        speakers, headlineIncident, first, incidentKinds, null, days);
  }

  private static final Set<String> CAUSE_MARKERS = Set.of("after", "over", "following");
  private static final String PROTEST = "protest";
  private static final String ARREST = "arrest";

  /**
   * The kind of incident the headline reports (its first incident word, or for protests the incident they follow),
   * else the lead's, or null; every kind the headline and lead name is added to {@code all}.
   */
  static String incidents(List<Token> tokens, Set<String> all) {
    String inTitle = null;
    String inLead = null;
    boolean cause = false;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!t.inTitle() && t.sentence() > LEAD_SENTENCES) break;
      if (t.inTitle() && CAUSE_MARKERS.contains(t.lower())) cause = true;
      if (t.capitalised() && !t.uncertainCase() && !t.sentenceInitial()) continue; // part of a name
      String kind = IncidentKinds.at(tokens, k);
      if (kind == null) continue;
      all.add(kind);
      // "Protests in France after teen shot dead by police": the protests answer the incident the headline names after;
      // "mayors arrested over the nightclub fire": so do the arrests.
      if (t.inTitle() && cause && (PROTEST.equals(inTitle) || ARREST.equals(inTitle))) inTitle = kind;
      if (t.inTitle() && inTitle == null) inTitle = kind;
      // "Ten killed as car collides with bus", "Dozens dead in crush at shrine": every deadly incident kills; the kind
      // after it says which incident this is.
      // (Not an attack: "killed as troops storm the sit-in" stays a killing, which a protest's story may hold.)
      if (t.inTitle() && IncidentKinds.KILLING.equals(inTitle) && EventFocus.DISCRETE_KINDS.contains(kind)) inTitle = kind;
      // "... as police arrest two smugglers. Twenty drowned as the dinghy went down": the arrests the lead opens
      // with follow the incident it goes on to tell.
      if (inLead == null || ARREST.equals(inLead) && !ARREST.equals(kind)) inLead = kind;
    }
    return inTitle != null ? inTitle : inLead;
  }

  private static String termOf(Token t) {
    String w = t.lower();
    if (w.length() < 3 || !Character.isLetter(w.charAt(0))) return null;
    if (EnglishLexicon.STOPWORDS.contains(w)) return null;
    if (w.indexOf('\'') >= 0) return null;
    String stem = TermStemmer.stem(w);
    return stem.length() < 3 || EnglishLexicon.STOPWORDS.contains(stem) ? null : stem;
  }

  private static double kindFactor(NameFinder.Kind kind) {
    return switch (kind) {
      case INCIDENT -> 2.0;
      case MULTI_WORD -> 1.5;
      case COUNTRY -> 0.5;
      case SINGLE -> 1.0;
    };
  }

  static Map<String, Double> top(Map<String, Double> weights, int n) {
    if (weights.size() <= n) return weights;
    Map<String, Double> kept = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  /**
   * Mentions of a one-word name inside the longer names the article reads it into ("a strike on Dalen" is also the
   * Dalen attack, "the village of Dalen" Dalen village): a name the article builds its incident or its place on is
   * what it is about, though each longer name keeps its own key.
   */
  private static int inLongerNames(String key, Map<String, Tally> names) {
    if (key.indexOf(' ') >= 0) return 0;
    int n = 0;
    for (Map.Entry<String, Tally> e : names.entrySet()) {
      String k = e.getKey();
      if (k.length() > key.length() && (k.startsWith(key + " ") || k.endsWith(" " + key))) n += e.getValue().count;
    }
    return n;
  }

  /** Words of a name or term seen in the article: how often, and whether in the headline or the lead. */
  private static final class Tally {
    int count;
    boolean inTitle;
    boolean inLead;

    /** One mention; a sponsor's ("Front-run radio") counts, but says nothing of what the article leads with. */
    void add(Token t) {
      add(t, false);
    }

    void add(Token t, boolean sponsor) {
      count++;
      if (sponsor) return;
      if (t.inTitle()) inTitle = true;
      else if (t.sentence() <= LEAD_SENTENCES) inLead = true;
    }

    double weight() {
      return 1.0 + Math.log(count) + (inTitle ? TITLE_BONUS : 0.0) + (inLead ? LEAD_BONUS : 0.0);
    }
  }

  /** Keys of several words: multi-word names and term pairs, the distinctive part of what a story is about. */
  static boolean isPhrase(String key) {
    return key.indexOf(' ') > 0;
  }

  private static <K, V> Map<K, V> ordered(Map<K, V> m) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
  }

  private static <T> Set<T> ordered(Set<T> s) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(s));
  }
}
