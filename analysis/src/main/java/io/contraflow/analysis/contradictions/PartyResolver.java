package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one party-identity function of detection: maps each claim's claimant to a {@link Party}, using what the whole
 * event's coverage says about each name. A president, a spokesman, a ministry, an army or a capital used as a
 * speaker ("Moscow said") speak for their country's government; who a person works for is read from any sentence of
 * the event that names them with a country or an office ("Kremlin spokesman Dmitry Peskov", "Ukraine's intelligence
 * chief Kyrylo Budanov"), so that a later article calling him just "Peskov" still puts him on the Kremlin's side.
 */
final class PartyResolver {
  private static final Lexicon LEXICON = Lexicon.english();
  /** Words of a role or a body that make its holder or members speak for a government. */
  static final Set<String> OFFICIAL = Set.of("president", "presidential", "presidency", "emergency", "emergencies",
      "rescue", "prime", "premier", "minister", "ministry", "ministries", "spokesman", "spokeswoman", "spokesperson",
      "secretary", "ambassador", "envoy", "government", "officials", "official", "authorities", "authority", "army",
      "military", "forces", "defence", "defense", "intelligence", "police", "prosecutor", "prosecutors",
      "prosecutor's", "investigators", "investigative", "embassy", "cabinet", "kremlin", "governor", "commander",
      "general", "diplomat", "diplomats", "administration", "chancellor", "office", "idf", "troops", "soldiers",
      "service", "agency", "committee", "navy", "leader", "leadership", "regime", "junta", "head", "chief", "security",
      "coroner", "coroners", "judiciary", "forensic");
  private static final Set<String> AGAINST_THE_STATE = Lexicon.AGAINST_THE_STATE;
  private static final Pattern INITIALISM_DOTS = Pattern.compile("\\b([A-Z])\\.(?=[A-Z]\\b|[A-Z]\\.)");
  private static final Pattern QUOTE_OR_BREAK = Pattern.compile("[\"“”«»;:()]");
  private static final Pattern TOKENS = PartyNames.TOKENS;
  private static final Pattern REPORT_SUFFIX = Pattern.compile("(?i)\\s+(report|reports|investigation|inquiry|probe|findings|study)$");
  private static final Pattern REPORT_DESCRIPTION = Pattern.compile("(?i)(?:the\\s+|a\\s+|an\\s+)?(?:preliminary|initial|final|new|"
      + "latest|first|early|interim|full|official|internal|independent|public|separate|second|joint|formal|judicial|parliamentary|criminal)");
  private static final Pattern MEDIA = Pattern.compile("(?i)\\b(media|television|tv|news agency|press|bloggers|channels?"
      + "|magazine|newspaper|daily|weekly|tabloid|broadcaster|outlet|paper)\\b"); // ("a German magazine": the press, no government's)

  /** Surname (lower case) to the countries and offices the event's sentences give it. */
  private final Map<String, Map<String, Integer>> countryVotes = new HashMap<>();
  private final Map<String, Integer> officialVotes = new HashMap<>();
  /** Parties of the event's own claims, each read from the first claim (by id) with its key, as detection reads them. */
  private final Map<String, Party> cache = new HashMap<>();
  private final Map<String, Claim> resolvedBy = new HashMap<>();
  /**
   * Parties of claims that are not the event's own (a rejected claim as the rejecting article reports it): asked for
   * after every claim of the event has been read, so a key of the event's own claims always wins over them.
   */
  private final Map<String, Party> reported = new HashMap<>();
  /** Countries the extractor found claimants speaking for, including ones the place lexicon does not know. */
  private final Set<String> affiliations = new java.util.HashSet<>();
  private final Set<String> surnames = new java.util.HashSet<>();
  private final PlacesOfEvent places = new PlacesOfEvent();
  private final Set<String> seenSentences = new java.util.HashSet<>();
  /** Each distinct sentence's words as the votes read them, kept so a surname first seen later can be counted in them. */
  private final List<String[]> sentenceWords = new java.util.ArrayList<>();

  PartyResolver(List<Claim> claims) {
    add(claims);
  }

  /**
   * Adds claims' evidence about who speaks for whom. Returns the surnames whose votes changed and the names that
   * became affiliations: what a party already read may now resolve differently through.
   */
  Evidence add(List<Claim> claims) {
    Evidence changed = new Evidence(new java.util.HashSet<>(), new java.util.HashSet<>(), new java.util.HashSet<>());
    for (Claim c : claims) {
      String initials = PartyNames.initials(c.claimant());
      if (initials != null && c.claimantType() != ClaimantType.OUTLET) {
        Claim known = byInitials.get(initials);
        int order = known == null ? -1 : c.claimant().compareTo(known.claimant());
        // The first by name, then by id, as a whole-event reading in id order takes it.
        if (known == null || order < 0 || order == 0 && c.id().compareTo(known.id()) < 0) {
          byInitials.put(initials, c);
          changed.initials().add(initials);
        }
      }
    }
    for (Claim c : claims) {
      if (c.affiliation() != null && !c.affiliation().isBlank() && affiliations.add(c.affiliation().toLowerCase(Locale.ROOT))) {
        changed.affiliations().add(c.affiliation().toLowerCase(Locale.ROOT));
      }
    }
    Set<String> newSurnames = new LinkedHashSet<>();
    for (Claim c : claims) {
      if (c.claimantType() == ClaimantType.PERSON || c.claimantType() == ClaimantType.UNKNOWN) {
        String s = PartyNames.surname(c.claimant());
        if (s != null && surnames.add(s)) newSurnames.add(s);
      }
    }
    // Sentences read before count only for surnames new here, and for places new here; new sentences count for every
    // surname and place.
    Set<String> newPlaces = new LinkedHashSet<>();
    for (Claim c : claims) {
      if (c.sentence() != null && !seenSentences.contains(c.sentence())) newPlaces.addAll(places.learn(c.sentence()));
    }
    int read = sentenceWords.size();
    Set<String> earlierSurnames = newPlaces.isEmpty() ? Set.of() : minus(surnames, newSurnames);
    for (int i = 0; i < read; i++) {
      if (!newSurnames.isEmpty()) vote(sentenceWords.get(i), newSurnames, changed.surnames(), null);
      if (!newPlaces.isEmpty()) vote(sentenceWords.get(i), earlierSurnames, changed.surnames(), newPlaces);
    }
    for (Claim c : claims) {
      if (c.sentence() == null || !seenSentences.add(c.sentence())) continue;
      define(c.sentence(), changed.initials());
      // A quotation ends what describes a name: in '"It came from Yemen," Pompeo said' Yemen is no office of his.
      for (String part : QUOTE_OR_BREAK.split(c.sentence())) {
        // ("U.S." and "U.K." are one word each, as the lexicon knows them.)
        String[] words = TOKENS.split(INITIALISM_DOTS.matcher(part.strip()).replaceAll("$1"));
        for (int i = 0; i < words.length; i++) {
          // The pronoun "us" is no country; "US" is.
          words[i] = words[i].equals("us") ? "" : words[i].toLowerCase(Locale.ROOT).transform(PartyNames::withoutPossessive);
        }
        sentenceWords.add(words);
        vote(words, surnames, changed.surnames(), null);
      }
    }
    return changed;
  }

  /** What changed with added claims that a party's resolution reads. */
  record Evidence(Set<String> surnames, Set<String> affiliations, Set<String> initials) {}

  /** Counts the countries and offices named just before each surname; with {@code onlyPlaces}, only those places. */
  private void vote(String[] words, Set<String> counted, Set<String> changed, Set<String> onlyPlaces) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!counted.contains(w)) continue;
      // (Back from the name to a verb or a "that": "Norland's government denied that Dorov P" names no office of his.)
      for (int k = i - 1; k >= Math.max(0, i - 6) && !words[k].equals("that") && !io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.containsKey(words[k]); k--) {
        String before = words[k];
        if (onlyPlaces != null && !onlyPlaces.contains(before)) continue;
        String country = LEXICON.country(before);
        if (country == null) country = places.country(before);
        if (country != null) {
          countryVotes.computeIfAbsent(w, x -> new HashMap<>()).merge(country, 1, Integer::sum);
          changed.add(w);
        }
        if (onlyPlaces == null && OFFICIAL.contains(before)) {
          officialVotes.merge(w, 1, Integer::sum);
          changed.add(w);
        }
      }
    }
  }

  /** The party of one of the event's own claims. */
  Party ofStated(Claim c) {
    String k = key(c);
    // Not computeIfAbsent: resolving an acronym resolves the full name first, which fills the cache too.
    Party p = cache.get(k);
    if (p == null) {
      resolvedBy.put(k, c);
      p = resolve(c);
      cache.put(k, p);
    }
    byClaim.put(c, p);
    return p;
  }

  /**
   * The party of each of the event's own claims read so far, by the claim itself: findings ask for their claims'
   * parties on every article, and building the key each time was most of making a finding's sides.
   */
  private final Map<Claim, Party> byClaim = new java.util.IdentityHashMap<>();

  /** The party of any claim: the event's own as read, else one reported in a rejection. */
  Party of(Claim c) {
    Party read = byClaim.get(c);
    if (read != null) return read;
    String k = key(c);
    Party own = cache.get(k);
    if (own != null) return own;
    Party p = reported.get(k);
    if (p == null) {
      p = resolve(c);
      reported.put(k, p);
    }
    return p;
  }

  /** Forgets the parties of reported claims, before they are asked for again in detection's order. */
  void forgetReported() {
    reported.clear();
  }

  /**
   * After {@link #add}: true when a whole-event reading would now give some already-read key another party, because
   * a newly added claim comes first by id with that key, or the evidence it reads changed; the keys of
   * {@code added} that are new are read as a whole-event reading would.
   */
  boolean rereads(Evidence changed, List<Claim> added) {
    // An acronym speaks for the claim whose name it spells, the first by name, which is read when the acronym is: an
    // article that brings an acronym, another claim of a spelled-out name, or a new first spelling starts over.
    for (Claim c : added) {
      if (ACRONYM.matcher(c.claimant().trim()).matches() && byInitials.containsKey(c.claimant().trim())) return true;
      if (spelledOut.contains(key(c))) return true;
    }
    if (!changed.initials().isEmpty()) {
      for (Claim by : resolvedBy.values()) if (changed.initials().contains(by.claimant().trim())) return true;
    }
    List<Claim> sorted = new java.util.ArrayList<>(added);
    sorted.sort(java.util.Comparator.comparing(Claim::id));
    for (Claim c : sorted) {
      String k = key(c);
      Claim by = resolvedBy.get(k);
      if (by == null || by.id().compareTo(c.id()) <= 0) continue;
      if (!same(resolve(c), cache.get(k))) return true;
      resolvedBy.put(k, c);
    }
    if (changed.surnames().isEmpty() && changed.affiliations().isEmpty()) return false;
    for (var e : resolvedBy.entrySet()) {
      String name = e.getValue().claimant().trim();
      String surname = PartyNames.surname(name);
      boolean reads = surname != null && changed.surnames().contains(surname) || changed.affiliations().contains(name.toLowerCase(Locale.ROOT));
      if (reads && !same(resolve(e.getValue()), cache.get(e.getKey()))) return true;
    }
    return false;
  }

  private static boolean same(Party a, Party b) {
    return a.key().equals(b.key()) && a.label().equals(b.label()) && List.copyOf(a.names()).equals(List.copyOf(b.names()));
  }

  private static String key(Claim c) {
    return c.claimant() + "\u0000" + c.claimantType() + "\u0000" + c.affiliation() + "\u0000" + c.claimantRole();
  }

  /** "the Israel Defense Forces (IDF)": a name and the acronym its letters spell, defined in the text. */
  private static final Pattern DEFINED_ACRONYM = Pattern.compile(
      "\\b([A-Z][\\p{L}'’-]+(?:\\s+(?:of|the|and|for|[A-Z][\\p{L}'’-]+)){1,6})\\s+\\(([A-Z]{2,6})\\)");
  /** Acronyms the event's sentences define, to the name they stand for (the first by name when several do). */
  private final Map<String, String> definedInitials = new HashMap<>();

  /** The name an acronym the event's text defined stands for ("CDF" for "Coastal Defence Forces"), or null. */
  String spelledOut(String acronym) {
    return definedInitials.get(acronym);
  }

  private void define(String sentence, Set<String> changed) {
    java.util.regex.Matcher m = DEFINED_ACRONYM.matcher(sentence);
    while (m.find()) {
      String acronym = m.group(2);
      String full = m.group(1).replaceFirst("^(?:The|the)\\s+", "");
      // Only a definition whose letters match: "the port (PCA)" defines nothing.
      if (!acronym.equals(PartyNames.initials(full))) {
        String[] words = full.split("\\s+");
        // "... by the Israel Defense Forces (IDF)": the name is the last words the acronym spells.
        full = null;
        for (int from = 1; from < words.length && full == null; from++) {
          String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
          if (acronym.equals(PartyNames.initials(tail))) full = tail;
        }
        if (full == null) continue;
      }
      String known = definedInitials.get(acronym);
      if (known == null || full.compareTo(known) < 0) {
        definedInitials.put(acronym, full);
        changed.add(acronym);
      }
    }
  }

  /** Keys of the claims an acronym was read through. */
  private final Set<String> spelledOut = new java.util.HashSet<>();

  /** Claims by a body of several capitalised words, by the acronym of its name ("UBA" for "United Baloch Army"). */
  private final Map<String, Claim> byInitials = new HashMap<>();
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

  private Party resolve(Claim c) {
    Set<String> names = new LinkedHashSet<>();
    names.add(c.claimant());
    names.addAll(PartyNames.asWritten(c));
    if (c.claimantRole() != null && !c.claimantRole().isBlank()) names.add(c.claimantRole().transform(PartyNames::withoutArticle));
    String name = c.claimant().trim();
    String lower = name.toLowerCase(Locale.ROOT);
    if (c.claimantType() == ClaimantType.OUTLET) return new Party(Party.OUTLET + lower, name, names);
    // "UBA" after "the United Baloch Army (UBA)": the body its letters spell, when the event names it in full.
    Claim spelled = ACRONYM.matcher(name).matches() ? byInitials.get(name) : null;
    if (spelled != null && !spelled.claimant().equals(name)) {
      Party full = ofStated(spelled);
      spelledOut.add(key(spelled));
      Set<String> all = new LinkedHashSet<>(full.names());
      all.addAll(names);
      return new Party(full.key(), full.label(), all);
    }

    // "IDF" where a sentence of the event wrote "the Israel Defense Forces (IDF)": the party that name resolves to.
    String defined = spelled == null && ACRONYM.matcher(name).matches() ? definedInitials.get(name) : null;
    if (defined != null) {
      Party full = resolve(new Claim(c.id(), c.articleId(), c.source(), c.publishedAt(), defined, ClaimantType.ORGANIZATION, defined,
          c.claimantRole(), c.affiliation(), c.cue(), c.content(), c.subject(), c.predicate(), c.arguments(), c.negatedArguments(),
          c.polarity(), c.modality(), c.quantities(), c.reported(), c.direct(), c.sentence(), c.sentenceIndex(), c.charStart(),
          c.charEnd(), c.relayedBy(), c.dated()));
      Set<String> all = new LinkedHashSet<>(full.names());
      all.addAll(names);
      return new Party(full.key(), full.label(), all);
    }

    String country = c.affiliation() == null || c.affiliation().isBlank() ? null
        : LEXICON.country(c.affiliation()) != null ? LEXICON.country(c.affiliation()) : c.affiliation();
    if (country == null) country = PartyNames.countryIn(lower);
    // "Norland denied": a name that other claims of the event speak for is that country's government.
    if (country == null && affiliations.contains(lower)) return government(name, names);
    String role = ((c.claimantRole() == null ? "" : c.claimantRole()) + " " + lower).toLowerCase(Locale.ROOT);
    String surname = PartyNames.surname(name);
    boolean person = c.claimantType() == ClaimantType.PERSON || c.claimantType() == ClaimantType.UNKNOWN;
    if (person && surname != null) {
      // A single word the name finder could not type ("Vellam") is as likely a group as a surname: the
      // countries and offices of the sentences it appears in (often another party's accusation of it) are not its.
      if (country == null && c.claimantType() == ClaimantType.UNKNOWN && !name.strip().contains(" ")) {
        return new Party(Party.PERSON + surname, name, names);
      }
      if (country == null) country = mostVoted(countryVotes.get(surname));
      boolean official = (containsAny(role, OFFICIAL) || officialVotes.getOrDefault(surname, 0) > 0) && !containsAny(role, AGAINST_THE_STATE);
      if (country != null && official) return government(country, names);
      return new Party(Party.PERSON + surname, name, names);
    }
    if (country != null && MEDIA.matcher(lower).find()) {
      return new Party("media:" + country.toLowerCase(Locale.ROOT), LEXICON.demonym(country) + " media", names);
    }
    if (c.claimantType() == ClaimantType.GOVERNMENT && country != null) return government(country, names);
    // An organisation's spokesman speaks for it: "a spokesman for the Libyan Red Crescent" is not Libya's government,
    // "a spokesman for the Libyan interior ministry" is.
    String office = c.claimantType() == ClaimantType.ORGANIZATION ? lower : role;
    if (country != null && (containsAny(office, OFFICIAL) && !containsAny(office, AGAINST_THE_STATE) && !PartyNames.bodyOfIndependentPeople(office)
        || LEXICON.isGovernmentMetonym(lower))) {
      return government(country, names);
    }
    String organisation = REPORT_SUFFIX.matcher(name).replaceFirst("");
    // "preliminary findings", "the initial report": what kind of report, not whose; as unresolved as "the report".
    if (!organisation.equals(name) && REPORT_DESCRIPTION.matcher(organisation).matches()) {
      organisation = name.substring(organisation.length()).strip();
    }
    // "the Israeli investigation", "a Dutch inquiry": a country's own investigation speaks for its state, as its
    // army or ministry would; a named body's report ("the Dutch Safety Board report") stays that body's.
    if (country != null && !organisation.equals(name) && country.equals(LEXICON.country(PartyNames.withoutArticle(organisation)))) {
      return government(country, names);
    }
    if (c.claimantType() == ClaimantType.ORGANIZATION || c.claimantType() == ClaimantType.REPORT) {
      return new Party(Party.ORGANISATION + organisation.toLowerCase(Locale.ROOT), organisation, names);
    }
    // "an Australian aviation expert", "Swiss doctors": from the country, not speaking for its government.
    // (Nor "an Uzbek opposition leader".)
    if (country != null && !Lexicon.isIndependentPerson(lower.substring(lower.lastIndexOf(' ') + 1)) && !containsAny(lower, AGAINST_THE_STATE)) {
      return government(country, names);
    }
    return new Party(Party.OTHER + lower, name, names);
  }

  /**
   * The country whose government a person named as the doer speaks for ("Dorov" where the event's sentences make him
   * Norland's president), or null: blaming a president is blaming the government that denies it.
   */
  String governmentOf(String agent) {
    String surname = PartyNames.surname(agent);
    if (surname == null || !surnames.contains(surname)) return null;
    // As the person's own claims were read (their title and country where they speak), not the sentences that accuse them.
    // (The first by key, should two claims of one surname speak for two governments.)
    String country = null;
    String firstKey = null;
    for (Map.Entry<String, Claim> e : resolvedBy.entrySet()) {
      Claim c = e.getValue();
      Party p = cache.get(e.getKey());
      if (p == null || !p.isGovernment() || c.claimantType() != ClaimantType.PERSON || !surname.equals(PartyNames.surname(c.claimant()))
          || firstKey != null && e.getKey().compareTo(firstKey) > 0) continue;
      firstKey = e.getKey();
      country = p.names().stream().filter(n -> p.key().equals(Party.GOVERNMENT + n.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }
    return country;
  }

  private static Party government(String country, Set<String> names) {
    Set<String> all = new LinkedHashSet<>(names);
    all.add(country);
    return new Party(Party.GOVERNMENT + country.toLowerCase(Locale.ROOT), LEXICON.demonym(country) + " government", all);
  }

  private static boolean containsAny(String text, Set<String> words) {
    for (String w : TOKENS.split(text)) if (words.contains(w)) return true;
    return false;
  }

  private static String mostVoted(Map<String, Integer> votes) {
    if (votes == null) return null;
    return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static Set<String> minus(Set<String> all, Set<String> less) {
    Set<String> out = new LinkedHashSet<>(all);
    out.removeAll(less);
    return out;
  }
}
