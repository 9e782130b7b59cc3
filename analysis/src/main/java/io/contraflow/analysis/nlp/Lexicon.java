package io.contraflow.analysis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists about the language of news, not about any one event: attribution cues, titles, groups, places and
 * their demonyms and metonyms. Place lists live in resources so they can grow without code changes.
 */
public final class Lexicon {
  private static final Lexicon ENGLISH = new Lexicon();

  /** Country by lower-case name, demonym, capital or seat ("ukrainian" -> Ukraine, "kremlin" -> Russia). */
  private final Map<String, String> placeToCountry = new HashMap<>();
  /** Lower-case names that, used as a speaker, stand for a government ("kremlin", "moscow", "kyiv"). */
  private final Set<String> governmentMetonyms = new HashSet<>();
  private final Map<String, String> demonymOf = new HashMap<>();
  /** Continents and blocs that hold countries ("europe", "west"), lower case. */
  private final Set<String> regions = new HashSet<>();
  /** Country by lower-case name or demonym only: a capital names a city, not its country, when places are compared. */
  private final Map<String, String> nameOrDemonymToCountry = new HashMap<>();
  private final Set<String> titles;
  private final Set<String> groups;
  private final Set<String> organisationWords;
  private final Set<String> organisationNouns;
  private final Set<String> relations;
  private final Set<String> structures;
  private final Set<String> portfolios;

  private Lexicon() {
    for (String line : lines("places.txt")) {
      String[] f = line.split("\\|", -1);
      String country = f[0].trim();
      placeToCountry.put(country.toLowerCase(Locale.ROOT), country);
      nameOrDemonymToCountry.put(country.toLowerCase(Locale.ROOT), country);
      for (String d : f[1].split(",")) {
        if (d.isBlank()) continue;
        placeToCountry.put(d.trim().toLowerCase(Locale.ROOT), country);
        nameOrDemonymToCountry.put(d.trim().toLowerCase(Locale.ROOT), country);
        demonymOf.putIfAbsent(country, d.trim());
      }
      if (f.length > 3 && f[3].trim().equals("region")) regions.add(country.toLowerCase(Locale.ROOT));
      if (f.length > 2) {
        for (String c : f[2].split(",")) {
          if (c.isBlank()) continue;
          placeToCountry.put(c.trim().toLowerCase(Locale.ROOT), country);
          governmentMetonyms.add(c.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    titles = lowerSet(lines("titles.txt"));
    groups = lowerSet(lines("groups.txt"));
    organisationWords = new HashSet<>(lines("organisation-words.txt"));
    organisationNouns = lowerSet(lines("organisation-nouns.txt"));
    relations = lowerSet(lines("relations.txt"));
    structures = lowerSet(lines("structures.txt"));
    portfolios = lowerSet(lines("portfolios.txt"));
  }

  public static Lexicon english() {
    return ENGLISH;
  }

  /** The country a name, demonym, capital or seat refers to, or null. */
  public String country(String word) {
    if (word == null) return null;
    String w = word.toLowerCase(Locale.ROOT);
    String c = placeToCountry.get(w);
    if (c != null) return c;
    if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
    if (w.startsWith("the ")) w = w.substring(4);
    return placeToCountry.get(w);
  }

  /**
   * The country (or region) a name or demonym refers to, capitals excluded ("Ukrainians" -> Ukraine, "Moscow" -> null),
   * or null. Plural demonyms count; plural country names do not.
   */
  public String countryByNameOrDemonym(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String c = nameOrDemonymToCountry.get(w);
    if (c == null && w.endsWith("s")) {
      String singular = w.substring(0, w.length() - 1);
      c = nameOrDemonymToCountry.get(singular);
      if (c != null && c.equalsIgnoreCase(singular)) c = null;
    }
    return c;
  }

  /** A continent or bloc that holds countries ("Europe", "the West"): naming it and one of its countries agree. */
  public boolean isRegion(String place) {
    String country = countryByNameOrDemonym(place);
    return country != null && regions.contains(country.toLowerCase(Locale.ROOT));
  }

  public boolean isGovernmentMetonym(String word) {
    return governmentMetonyms.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The adjective for a country ("Russia" -> "Russian"). */
  public String demonym(String country) {
    return demonymOf.getOrDefault(country, country);
  }

  public boolean isTitle(String word) {
    return titles.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isGroup(String word) {
    return groups.contains(word.toLowerCase(Locale.ROOT));
  }

  /** One of a group of claimants ("a witness", "the engineer", "the signalman"): a noun whose plural the groups list holds. */
  public boolean isGroupMember(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return !isOrganisationNoun(w) && (groups.contains(w + "s") || groups.contains(w + "es")
        || w.endsWith("man") && groups.contains(w.substring(0, w.length() - 3) + "men"));
  }

  /** A head noun of a named work or structure ("dam", "pipeline", "hospital"; lexicon/structures.txt). */
  public boolean isStructure(String word) {
    return structures.contains(word.toLowerCase(Locale.ROOT));
  }

  /** What a ministry or body of officials is in charge of, or how far it reaches ("transport", "federal"; lexicon/portfolios.txt). */
  public boolean isPortfolio(String word) {
    return portfolios.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A common noun that names an organisation speaking for itself ("the company said"). */
  public boolean isOrganisationNoun(String word) {
    return organisationNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A noun for someone of another person's: "mother", "aides", "lawyer" ("Navalny's mother" is not Navalny). */
  public boolean isRelation(String word) {
    return relations.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isOrganisationWord(String word) {
    return organisationWords.contains(word);
  }

  // ---- attribution cues -------------------------------------------------------------------------------------

  /** The rarer verbs of saying of {@code lexicon/cue-verbs.txt}, form to lemma, read once (before CUE_VERBS uses them). */
  private static final Map<String, String> CLAUSE_CUES = clauseCues();
  /** Inflected forms of verbs that attribute speech or belief, mapped to their lemma. */
  public static final Map<String, String> CUE_VERBS = withClauseCues(inflect(
      "say", "said,says,saying", "tell", "told,tells,telling",
      "claim", "claimed,claims,claiming", "allege", "alleged,alleges,alleging",
      "accuse", "accused,accuses,accusing", "charge", "charged,charges,charging",
      "indict", "indicted,indicts,indicting", "blame", "blamed,blames,blaming",
      // Only in their phrases of blame (Phrases.cueLemma): "held X responsible for", "attributed the attack to X",
      // "pointed the finger at X".
      "hold", "held,holds,holding", "attribute", "attributed,attributes,attributing",
      "point", "pointed,points,pointing", "insist", "insisted,insists,insisting",
      "deny", "denied,denies,denying", "reject", "rejected,rejects,rejecting",
      "dispute", "disputed,disputes,disputing", "acknowledge", "acknowledged,acknowledges,acknowledging",
      "warn", "warned,warns,warning", "estimate", "estimated,estimates,estimating",
      "calculate", "calculated,calculates,calculating", "find", "found,finds",
      "conclude", "concluded,concludes,concluding",
      // "the court reasoned that": a court's or judge's finding ("reasons" is far more often the noun).
      "reason", "reasoned",
      "establish", "established,establishes,establishing", "determine", "determined,determines",
      "suggest", "suggested,suggests,suggesting",
      "state", "stated,states,stating", "add", "added,adds,adding", "note", "noted,notes,noting",
      "argue", "argued,argues,arguing", "believe", "believed,believes",
      "suspect", "suspected,suspects", "report", "reported,reports,reporting",
      "announce", "announced,announces,announcing", "confirm", "confirmed,confirms,confirming",
      "verify", "verified,verifies,verifying", "authenticate", "authenticated,authenticates,authenticating",
      "assert", "asserted,asserts,asserting", "maintain", "maintained,maintains",
      "contend", "contended,contends",
      "stress", "stressed,stresses", "emphasize", "emphasized,emphasizes,emphasised,emphasises,emphasizing,emphasising",
      "reiterate", "reiterated,reiterates,reiterating", "repeat", "repeated,repeats,repeating",
      "explain", "explained,explains", "write", "wrote,writes",
      "tweet", "tweeted,tweets,tweeting",
      // Only before "of" (NotACueRule): "spoke of four rockets", "talked of dozens dead".
      "speak", "spoke,spoken,speaks,speaking", "talk", "talked,talks,talking",
      "admit", "admitted,admits,admitting", "concede", "conceded,concedes",
      "dismiss", "dismissed,dismisses,dismissing,rubbished,rubbishes,rubbishing", "refute", "refuted,refutes",
      "counter", "countered,counters", "reply", "replied,replies",
      "respond", "responded,responds", "testify", "testified,testifies",
      "indicate", "indicated,indicates", "recount", "recounted,recounts,recounting",
      "reveal", "revealed,reveals", "declare", "declared,declares,declaring",
      "think", "thinks,thought", "tout", "touted,touts,touting",
      "put", "puts", "place", "placed,places,placing",
      "raise", "raised,raises,raising", "revise", "revised,revises,revising",
      "lower", "lowered,lowers,lowering", "increase", "increased,increases,increasing", "peg", "pegged,pegs,pegging",
      "update", "updated,updates,updating", "give", "gave,gives,giving,given", "provide", "provided,provides,providing",
      // ("cited a death toll of 45": a figure-setting cue only; not "citing", which names a source.)
      "cite", "cited,cites",
      // Only before a count of harm (CuePhrases): "documented over 100 deaths", not "recorded a video".
      "document", "documented,documents", "record", "recorded,records", "count", "counted,counts", "register", "registered,registers",
      "show", "showed,shows,shown", "ask", "asked,asks,asking",
      "wonder", "wondered,wonders,wondering", "question", "questioned,questions,questioning",
      "link", "linked,links,linking", "call", "called,calls,calling",
      "describe", "described,describes,describing", "label", "labelled,labeled,labels,labelling,labeling",
      "brand", "branded,brands,branding", "term", "termed,terming", "dub", "dubbed,dubbing", "vow", "vowed,vows,vowing",
      "pledge", "pledged,pledges,pledging", "urge", "urged,urges,urging",
      "condemn", "condemned,condemns,condemning", "denounce", "denounced,denounces,denouncing",
      "slam", "slammed,slams,slamming", "mock", "mocked,mocks,mocking",
      "ridicule", "ridiculed,ridicules,ridiculing", "deride", "derided,derides,deriding",
      "highlight", "highlighted,highlights,highlighting", "sentence", "sentenced",
      "rule", "ruled",
      // Only aimed at something said (CuePhrases): "challenged claims that P", "cast doubt on reports that P"; "express" and "voice" only with a feeling (PhrasalCues).
      "challenge", "challenged,challenges,challenging", "contest", "contested,contests,contesting", "rebut", "rebutted,rebuts", "debunk", "debunked,debunks,debunking", "doubt", "doubted,doubts,doubting", "cast", "casts,casting", "pour", "poured,pours", "express", "expressed,expresses,expressing", "voice", "voiced,voices,voicing"));

  /** Words of a time phrase between a subject and its verb: "on Tuesday", "last week", "early on Feb. 20". */
  public static final Set<String> TIME_PHRASE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "week",
      "month", "year", "morning", "afternoon", "evening", "night", "weekend", "last", "this", "earlier", "today",
      "yesterday", "tonight", "ago", "previously", ".");

  /** Time words that, after other words of a source, are its head: "Saudi state television", "Iranian TV". */
  public static final Set<String> BROADCASTERS = Set.of("television", "tv", "radio");

  /** Past tenses of reporting verbs that do not end in -ed: "denied that P and said Q". */
  public static final Set<String> IRREGULAR_PASTS_OF_SAYING = Set.of("said", "told", "wrote");

  public static final Set<String> DENIAL_CUES = Set.of("deny", "reject", "dispute", "dismiss", "refute");
  /**
   * Verbs that state a figure only with a figure for their object: "placed the death toll at 64", "raised the toll to
   * 90", "revised its estimate to 1,400", "gave a toll of 17", "cited a toll of 45" (not "placed flowers", "raised concerns",
   * "gave aid", "cited security concerns").
   */
  public static final Set<String> FIGURE_SETTING_CUES = Set.of("place", "raise", "revise", "lower", "update", "give", "provide", "increase",
      "peg", "cite");
  /** Verbs that state a figure only with a count of harm for their object: "documented over 100 deaths". */
  public static final Set<String> COUNTING_CUES = Set.of("document", "record", "count", "register");
  /** Cues that report an allegation rather than a plain statement. */
  public static final Set<String> ALLEGATION_CUES = Set.of("claim", "allege", "accuse", "blame", "suggest", "suspect", "insist", "assert", "contend",
      "hold", "attribute", "point");
  /** Cues that attribute blame: "accused X of", "blamed X for", "held X responsible", "attributed it to X". */
  public static final Set<String> BLAME_CUES = Set.of("accuse", "blame", "link", "charge", "indict", "hold", "attribute", "point");

  /** Nouns that carry someone's claim: "Putin's claim that", "the accusations". */
  public static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "assertion", "assertions", "allegation", "allegations",
      "accusation", "accusations", "narrative", "stance", "insistence", "suggestion", "suggestions", "statement", "statements",
      "remark", "remarks", "comment", "comments", "belief", "assessment", "theory", "version", "account", "accounts", "position", "charge", "charges", "denial", "denials",
      "contention", "contentions", "explanation", "explanations", "insinuation", "insinuations", "imputation", "imputations", "view", "views");

  /** Verbs reporting that one party's statement contradicts another's, mapped to their lemma. */
  public static final Map<String, String> DISAGREEMENT_VERBS = inflect(
      "contradict", "contradicted,contradicts,contradicting",
      "undermine", "undermined,undermines,undermining",
      "refute", "refuted,refutes,refuting",
      "challenge", "challenged,challenges,challenging",
      "dispute", "disputed,disputes,disputing",
      "rebut", "rebutted,rebuts,rebutting",
      "debunk", "debunked,debunks,debunking",
      "contest", "contested,contests,contesting",
      "clash", "clashed,clashes,clashing",
      "go against", "goes against,went against,going against",
      // "the board disagreed with the inquiry's finding that P": the one who disagrees first, the finding's owner after.
      "disagree with", "disagreed with,disagrees with,disagreeing with",
      // "a timeline that ran counter to earlier police reports": the two-word form, "to" follows.
      "run counter", "ran counter,runs counter,running counter");

  /** Words by which an outlet labels a claim false or unsupported. */
  public static final Set<String> FALSE_LABELS = Set.of("baseless", "unsubstantiated", "unfounded", "false", "dubious", "debunked",
      "discredited", "groundless", "bogus", "spurious", "unproven", "misleading", "fabricated");
  /** Phrases marking a claim as unsupported ("offered no proof"); each holds "evidence", "proof" or "details". */
  public static final List<String> NO_EVIDENCE = List.of("without evidence", "without offering any evidence", "without providing evidence",
      "offered no proof", "offered no evidence", "provided no evidence", "no credible evidence", "no evidence", "without giving details",
      "without offering evidence", "without proof");
  /** Cues that reject what they name when it is something said ("mocked the claims"), and condemn it when it is a deed. */
  public static final Set<String> CONDEMNING_CUES = Set.of("condemn", "denounce", "slam", "mock", "ridicule", "deride");
  /** Cues that report only before "of": "spoke of four rockets", "talked of dozens dead" ("spoke to reporters" reports nothing). */
  public static final Set<String> CUES_BEFORE_OF = Set.of("speak", "talk");
  /** Rarer verbs of saying ({@code lexicon/cue-verbs.txt}) that speak only before a that-clause or after a quote. */
  public static final Set<String> CUES_BEFORE_CLAUSE = CLAUSE_CUES.keySet();
  /** Days and months: capitalised words that begin no name ("On Monday Kessa police chief ..."). */
  public static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
  /** Hedges that weaken an assertion. */
  public static final Set<String> HEDGES = Set.of("could", "might", "may", "likely", "possibly", "perhaps", "probably", "apparently",
      "reportedly", "allegedly", "suspect", "suspected", "believe", "believed", "appear", "appears", "appeared", "seem", "seems", "suggest",
      "unlikely", "improbable");

  public static final Set<String> PRONOUNS_SINGULAR = Set.of("he", "she");
  public static final Set<String> PRONOUNS_PLURAL = Set.of("they", "we");

  /** Words that follow a cue to say when or how it was said, skipped when looking for the content. */
  public static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "tonight", "earlier", "later", "last", "this", "week", "month", "morning", "afternoon", "evening", "night",
      "on", "in", "at", "a", "an", "the", "statement", "interview", "radio", "television", "tv", "briefing", "conference", "press",
      "news", "post", "speech", "address", "remarks", "also", "again", "then", "further", "repeatedly", "previously", "recently",
      "publicly", "privately", "separately", "meanwhile", "during", "broadcast", "televised", "hearing");

  /** Capitalised words that never begin a name: days, months, function words, titles of address. */
  public static final Set<String> NOT_NAMES = union(DAYS_AND_MONTHS, Set.of(
      // ("Jan. 29", "revealed Dec. 31": a month abbreviated with its point; "Jan" alone may be a given name.)
      "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "sept", "oct.", "nov.", "dec.",
      "i", "a", "an", "the", "he", "she", "they", "we", "it", "but", "and", "so", "in", "on", "at", "after", "before", "when", "while",
      "this", "that", "these", "those", "there", "his", "her", "their", "our", "its", "of", "as", "for", "if", "despite", "although",
      "meanwhile", "however", "yet", "nevertheless", "nonetheless", "moreover", "furthermore", "indeed", "instead", "thus", "because", "though", "shortly", "three", "two", "four", "five", "top", "without", "recounting", "russian", "no", "what", "who",
      "why", "will", "of course", "mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr", "gunmen", "health", "social", "u.s.", "tv"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Words that set people against the state however official their title sounds: "an opposition leader", "rebel commanders". */
  public static final Set<String> AGAINST_THE_STATE = Set.of("opposition", "rebel", "rebels", "separatist", "separatists",
      "insurgent", "insurgents", "dissident", "dissidents", "exiled", "militant", "militants", "resistance", "guerrilla", "guerrillas",
      "jihadist", "jihadists");

  /** People a country's name may describe without their speaking for its government ("Swiss doctors"). */
  public static final Set<String> INDEPENDENT_PEOPLE = Set.of("experts", "analysts", "researchers", "scientists", "academics",
      "doctors", "journalists", "reporters", "activists", "residents", "witnesses", "lawyers", "campaigners", "economists", "historians",
      "commentators", "bloggers", "survivors", "relatives", "families", "pollsters", "unions", "workers", "miners", "protesters",
      "demonstrators", "monitors", "eyewitnesses", "victims", "groups", "organisations", "organizations", "ngos", "associations",
      "charities", "collectives", "opposition", "critics", "dissidents", "specialists", "scholars", "observers", "consultants",
      "professors", "engineers", "watchers", "supporters", "followers");

  /**
   * Whether a speaker phrase's head is such people, one or many: "an Australian aviation expert", "Swiss doctors". A
   * demonym before it says where they are from, not that they speak for the government.
   */
  public static boolean isIndependentPerson(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    return INDEPENDENT_PEOPLE.contains(h) || INDEPENDENT_PEOPLE.contains(h + "s");
  }

  /** Who speaks for someone else, named after "of" as after "for": "the lawyer of the mayor", "the spokesman of the party". */
  public static final Set<String> REPRESENTATIVES = Set.of("lawyer", "lawyers", "attorney", "attorneys", "counsel", "spokesman",
      "spokeswoman", "spokesperson", "representative", "representatives");

  /** Titles of whoever heads a body and speaks for it: "the head of", "the chief of", "the director of". */
  public static final Set<String> HEADS_OF_BODIES = Set.of("head", "chief", "director", "director-general", "chairman", "chairwoman", "chair", "executive", "ceo", "boss", "owner", "founder");

  /** Names of days and months: capitalised, but never a party. */
  public static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private static Map<String, String> clauseCues() {
    Map<String, String> m = new HashMap<>();
    for (String line : lines("cue-verbs.txt")) {
      String[] parts = line.split("\\|");
      m.put(parts[0], parts[0]);
      for (String f : parts[1].split(",")) m.put(f, parts[0]);
    }
    return Map.copyOf(m);
  }

  private static Map<String, String> withClauseCues(Map<String, String> cues) {
    Map<String, String> all = new HashMap<>(cues);
    all.putAll(CLAUSE_CUES);
    return Map.copyOf(all);
  }

  private static Map<String, String> inflect(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String lemma = pairs[i];
      m.put(lemma, lemma);
      for (String f : pairs[i + 1].split(",")) m.put(f, lemma);
    }
    return Map.copyOf(m);
  }

  private static Set<String> lowerSet(List<String> lines) {
    Set<String> s = new HashSet<>();
    for (String l : lines) s.add(l.toLowerCase(Locale.ROOT));
    return s;
  }

  /** The entries of a file in {@code lexicon/}: its lines without blanks and "#" comments, stripped. */
  public static List<String> lines(String resource) {
    var in = Lexicon.class.getResourceAsStream("/lexicon/" + resource);
    if (in == null) throw new IllegalStateException("lexicon resource missing: " + resource);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
