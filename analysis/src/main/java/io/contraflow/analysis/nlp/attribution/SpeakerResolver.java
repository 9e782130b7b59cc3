package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.CivilBodies;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Quote;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the words of a speaker phrase into a party: a named mention, a group ("Ukrainian officials"), a report
 * ("an AP investigation"), an unnamed source ("a senior official"), or, for pronouns and definite roles ("he",
 * "the spokeswoman"), the last fitting named speaker. Keeps the per-article memory that pronouns need.
 */
final class SpeakerResolver {
  /** What a speaker issues rather than says: its author is the claimant. */
  static final Set<String> ISSUED_TEXTS = Set.of("statement", "post", "message", "letter", "release", "communique", "notice", "bulletin", "tweet", "assessment", "assessments", "estimate", "estimates");
  private static final Set<String> LEADER_WORDS = Set.of("president", "leader", "premier", "chancellor", "king", "prime", "pm");
  private static final Set<String> PREPOSITIONS = Set.of("by", "of", "in", "at", "for", "from", "with", "about", "to");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
  private final Lexicon lexicon = Lexicon.english();
  private final List<Mention> mentions;
  private final Antecedents antecedents;
  /** Keys of lone names taken for people only because they spoke ("Almaz-Antey contended"): "the company" may mean them. */
  private final Set<String> guessedPeople = new HashSet<>();
  private int sentence;

  SpeakerResolver(List<Mention> mentions, List<Quote> quotes, List<Sentence> sentences) {
    this.mentions = mentions;
    this.antecedents = new Antecedents(mentions, quotes, sentences);
  }
  /** The sentence being read: speakers remembered from now on spoke in it. */
  void at(int sentenceIndex) { sentence = sentenceIndex; }

  /** Remembers a resolved speaker, for later pronouns and roles. */
  void spoke(Mention speaker) { antecedents.spoke(speaker, sentence); }

  /** Unnamed reports a speaker reported on, by key: "the review" later in the article is still theirs. */
  private final java.util.Map<String, Mention> reportOwners = new java.util.HashMap<>();

  /** Records that the unnamed {@code report} ("a preliminary review") is {@code owner}'s. */
  void ownedBy(Mention report, Mention owner) { reportOwners.put(report.key(), owner); }

  /**
   * A party named by a modifier ("Russian claims", "Western intelligence allegations", "Kyiv's denials" aside): a
   * demonym or country stands for its government, else the phrase is resolved as a speaker.
   */
  Mention resolveModifier(List<Token> t, int from, int to) {
    if (to - from == 1) {
      String country = lexicon.country(t.get(from).text());
      if (country != null) {
        String name = lexicon.demonym(country) + " government";
        return new Mention(t.get(from).start(), t.get(from).end(), t.get(from).text(), name, "gov:" + country.toLowerCase(Locale.ROOT),
            ClaimantType.GOVERNMENT, null, country, false);
      }
    }
    return resolve(t, from, to);
  }

  /** True when {@code m} is a party the article names (not a pronoun's guess, a role or a description). */
  boolean isNamed(Mention m) {
    for (Mention n : mentions) if (n.key().equals(m.key()) && n.type() != ClaimantType.UNKNOWN) return true;
    return false;
  }

  /** True when the character at {@code at} lies inside a name the article gives ("and" of "Department of Health and Human Services"). */
  boolean insideName(int at) {
    for (Mention m : mentions) if (m.start() < at && at < m.end()) return true;
    return false;
  }
  Mention lastSpeaker() { return antecedents.lastSpeaker(); }

  /** Resolves the tokens {@code t[from, to)} of a speaker phrase, or returns null when they name no party. */
  Mention resolve(List<Token> t, int from, int to) {
    Mention m = resolvePhrase(t, from, to);
    // "ministry spokesman Ivo Marek" after "Portugal's foreign ministry said": he speaks for the ministry that spoke.
    boolean spokesman = m != null && m.type() == ClaimantType.PERSON && MINISTRY.matcher(text(t, from, to)).find();
    if (m == null || m.affiliation() != null || !spokesman && (m.type() != ClaimantType.ORGANIZATION || !MINISTRY.matcher(m.canonical()).find())) return m;
    Mention body = spokesman ? antecedents.lastSpeaker(s -> s.affiliation() != null && MINISTRY.matcher(s.canonical()).find()) : null;
    String affiliation = body == null ? null : body.affiliation();
    // "the Ministry of Defense" after "the Portuguese Defense Ministry": one ministry, whose country the article gave before.
    for (Mention earlier : spokesman ? List.<Mention>of() : mentions) {
      if (earlier.start() >= m.start() || earlier.affiliation() == null || !MINISTRY.matcher(earlier.canonical()).find()) continue;
      for (String w : earlier.canonical().toLowerCase(Locale.ROOT).split(" ")) {
        if (lexicon.isPortfolio(w) && m.canonical().toLowerCase(Locale.ROOT).contains(w)) affiliation = earlier.affiliation();
      }
    }
    return affiliation == null ? m : new Mention(m.start(), m.end(), m.text(), m.canonical(), m.key(), m.type(), m.role(), affiliation, m.plural());
  }

  private static final Pattern MINISTRY = Pattern.compile("(?i)\\bministry\\b");

  private Mention resolvePhrase(List<Token> t, int from, int to) {
    while (from < to && (t.get(from).text().equals(",") || t.get(from).text().equals("\""))) from++;
    while (to > from && (t.get(to - 1).text().equals(",") || t.get(to - 1).text().equals("\""))) to--;
    if (from >= to) return null;
    int owner = Followers.ownerEnd(t, from);
    Mention owning = owner > 0 ? resolvePhrase(t, Phrases.npStart(t, owner - 1), owner) : null;
    if (owning != null) return owning;
    // "shops shut on Monday and the army denying P": a day joined to the speaker is when, not who.
    if (from + 2 < to && Lexicon.CALENDAR.contains(t.get(from).lower()) && t.get(from + 1).is("and")) from += 2;
    if (PREPOSITIONS.contains(t.get(from).lower())) return null;
    from = AgeCompounds.past(t, from, to);
    to = ReducedRelatives.speakerEnd(t, from, to);
    // "Officials in Ostrava", "a spokesman for the ministry": the head comes before the preposition; "a statement from
    // the hospital", "the latest figures from the ministry", "assessments by the US": its issuer ("a report by X", "an
    // investigation by Y": whole). ("a press release from the ministry": a text's kind before it, as an adjective is.)
    // ("data from the tracking site Vellradar showed": a mass noun, bare as a plural is, when the issuer is a speaker.)
    boolean bare = ISSUED_TEXTS.contains(t.get(from).lower()) && t.get(from).lower().endsWith("s")
        || t.get(from).is("data") && from + 2 < to && t.get(from + 1).is("from") && resolvePhrase(t, from + 2, to) != null;
    int noun = bare ? from : from + 1;
    while (noun < Math.min(to - 2, from + 3) && ("ADJ".equals(t.get(noun).tag()) || t.get(noun).is("press") || t.get(noun).is("news")) && !ReportNouns.WORDS.contains(t.get(noun).lower())) noun++;
    if (to - noun >= 3 && (bare || t.get(from).is("a") || t.get(from).is("an") || t.get(from).is("the")) && (ISSUED_TEXTS.contains(t.get(noun).lower())
        && (t.get(noun + 1).is("from") || t.get(noun + 1).is("by")) || ReportNouns.WORDS.contains(t.get(noun).lower()) && t.get(noun + 1).is("from"))) {
      from = noun + 2;
    }
    // "Sources close to the investigation", "people familiar with the talks": the sources, unnamed.
    for (int k = from + 1; k < to - 1; k++) {
      if (t.get(k).is("close") && t.get(k + 1).is("to") || t.get(k).is("familiar") && t.get(k + 1).is("with")) {
        to = k;
        break;
      }
    }
    int writtenTo = to;
    String placeOfPhrase = null, ofPlace = null; // ("officials in Kyiv": a country's; "the governor of Kessa province": a place's)
    for (int k = from + 1; k < to - 1; k++) {
      String w = t.get(k).lower();
      String h = t.get(k - 1).lower();
      boolean officeOf = GroupSpeakers.officeOf(lexicon, t, k, to);
      boolean topicOf = (w.equals("of") || w.equals("into")) && ReportNouns.WORDS.contains(h);
      // "Libya's ambassador to the UN", "the envoy to Kyiv": where someone is posted is not whom they speak for.
      if (w.equals("to") && SubjectStart.POSTED.contains(h)) { to = k; break; }
      if (!(w.equals("in") || w.equals("within") || w.equals("from") || w.equals("at") || w.equals("for") || w.equals("by") || w.equals("on") || w.equals("behind") || officeOf || topicOf)) continue;
      if (w.equals("by") && ReportNouns.WORDS.contains(h)) break;
      // "a preliminary review of the convoy deaths", "an inquiry into the sinking": what it looked into is no owner.
      if ((w.equals("of") || w.equals("into")) && ReportNouns.WORDS.contains(h) && !t.get(k - 1).capitalized()) { to = k; break; }
      // "Minister for Fisheries Ivo Dorov": a capitalised title and its portfolio before the person it names.
      List<Mention> titled = t.get(k - 1).capitalized() && lexicon.isTitle(h) ? mentionsWithin(t.get(k + 1).start(), t.get(to - 1).end()) : List.of();
      if (!titled.isEmpty() && titled.get(titled.size() - 1).type() == ClaimantType.PERSON && titled.get(titled.size() - 1).end() == t.get(to - 1).end()) return titled.get(titled.size() - 1);
      // "Researchers at the Kessel School of Public Health", "doctors from the Red Crescent": a body's people speak for
      // it, as its spokesman does (capitalised only where it opens the sentence); so do "the head of the fire brigade".
      boolean ofABody = (w.equals("at") || w.equals("from") || w.equals("with")) && lexicon.isGroup(h) && (k == 1 || !t.get(k - 1).capitalized());
      boolean headOf = w.equals("of") && Lexicon.HEADS_OF_BODIES.contains(h) && (k == 1 || !t.get(k - 1).capitalized());
      if ((w.equals("for") || w.equals("from") || w.equals("of") && Lexicon.REPRESENTATIVES.contains(h)) && lexicon.isTitle(h) && !t.get(k - 1).capitalized() || ofABody || headOf) {
        // "a spokesman for the Vell Front", "a spokeswoman for the senator", "an official from the high school", "the lawyer of the mayor":
        // whoever is named after "for" or "from" speaks, through their spokesman or official.
        // (The first named: "an official from the Danwon school in Ansan" speaks for the school, not the town.)
        List<Mention> named = mentionsWithin(t.get(k + 1).start(), t.get(to - 1).end());
        Mention body = named.isEmpty() ? null : Parties.possessedBody(t, named, named.get(0));
        // ("Officials at the Norland health ministry", "the head of Norland's fire service": the body, not its country's name.)
        if (ofABody && body != null && body.type() != ClaimantType.ORGANIZATION && body.type() != ClaimantType.GOVERNMENT) body = null;
        if (headOf) body = named.stream().filter(m -> m.type() == ClaimantType.ORGANIZATION).findFirst().orElse(null);
        // "a spokesman for the ministry": the body the article named before.
        // ("A Saudi source at the consulate": a body left unnamed says less than the speaker's own demonym, which stands.)
        if (body == null && (t.get(k + 1).is("the") || headOf) && k + 2 < to && !demonymBefore(t, from, k)) {
          Mention described = resolve(t, k + 1, to);
          if (described != null && (described.type() == ClaimantType.ORGANIZATION || described.type() == ClaimantType.GOVERNMENT || headOf
              && (described.type() == ClaimantType.REPORT || described.type() == ClaimantType.UNKNOWN))) body = described;
        }
        // "Dmitri Peskov, a spokesman for President Putin": the one named before the title speaks, for Putin's side.
        List<Mention> before = mentionsWithin(t.get(from).start(), t.get(k - 1).end());
        Mention person = before.isEmpty() ? null : before.get(0);
        if (body != null && person != null && person.type() == ClaimantType.PERSON && person != body) {
          String affiliation = person.affiliation() != null || CivilBodies.named(body.canonical()) ? person.affiliation() : body.affiliation();
          return new Mention(person.start(), person.end(), person.text(), person.canonical(), person.key(), person.type(),
              person.role() != null ? person.role() : t.get(k - 1).lower(), affiliation, false);
        }
        if (body != null && (body.type() != ClaimantType.REPORT || headOf)) { // ("the head of the inquiry" speaks for it)
          return new Mention(t.get(from).start(), t.get(to - 1).end(), text(t, from, to), body.canonical(), body.key(), body.type(),
              UnplacedNames.stripArticle(t, from, k), body.affiliation(), false);
        }
      }
      if (lexicon.isGroup(h) || lexicon.isTitle(h) || lexicon.isOrganisationNoun(h) || !t.get(k - 1).capitalized()) {
        // "Officials in Kyiv" speak for Ukraine (an "adviser on Iran" does not).
        for (int p = k + 1; p < to && placeOfPhrase == null && !w.equals("on"); p++) placeOfPhrase = lexicon.country(t.get(p).text());
        if (officeOf && placeOfPhrase == null) ofPlace = UnplacedNames.placeAfterOf(t, k, to, mentionsWithin(t.get(k).end(), t.get(to - 1).end()));
        to = k;
        // ("the panel set up by the council", "survivors recently returned from Vell": the participle describing the head is no part of it.)
        to = ReducedRelatives.beforeParticiple(t, from, to, w.equals("by"));
        break;
      }
    }
    int start = t.get(from).start(), end = t.get(to - 1).end();
    String head = t.get(to - 1).lower(), phrase = text(t, from, to);

    if (to - from == 1 && Lexicon.PRONOUNS_SINGULAR.contains(head)) return antecedents.person(start, head.equals("she"));
    if (to - from == 1 && Lexicon.PRONOUNS_PLURAL.contains(head)) return antecedents.group();
    // "The Airline said": a house style that capitalises the common noun is "the airline", the one the article named.
    Mention capitalisedNoun = to - from == 2 && t.get(from).is("the") && t.get(from + 1).capitalized() && lexicon.isOrganisationNoun(head)
        ? antecedents.organisation(head, List.of(), start, guessedPeople) : null;
    if (capitalisedNoun != null) return writtenAs(capitalisedNoun, start, end, phrase);
    if (PAIR.matcher(phrase).matches()) return antecedents.pair(start);
    if (to - from == 1 && head.equals("it")) return antecedents.neuter(start, sentence);
    Mention relative = antecedents.relativeOfProtagonist(t, from, to, start, lexicon);
    if (relative != null) return relative;

    List<Mention> inside = mentionsWithin(start, end);
    boolean reportBy = to - from >= 3 && ReportNouns.WORDS.contains(t.get(from + 1).lower()) && t.get(from + 2).is("by");
    // "Marek and other ministry officials": the named person leads; "Marek's spokesman Ivo Vell" is Vell (a possessor).
    if (!reportBy) {
      for (Mention m : inside) if (m.type() == ClaimantType.PERSON && !antecedents.possessive(m)) return Phrases.officeHolderAfter(t, inside, m);
    }
    boolean definite = t.get(from).is("the") && inside.isEmpty();
    // "The Dutch say": a people speaking through its authorities.
    String people = definite && to - from == 2 ? lexicon.countryByNameOrDemonym(t.get(from + 1).text()) : null;
    if (people != null && !people.equalsIgnoreCase(t.get(from + 1).text())) {
      String name = lexicon.demonym(people) + " government";
      return new Mention(start, end, phrase, name, "gov:" + people.toLowerCase(Locale.ROOT), ClaimantType.GOVERNMENT, null, people, true);
    }
    // "the document", "the statement": the body an earlier mention named as its issuer, standing where the text's noun does.
    if (definite && (ISSUED_TEXTS.contains(head) || head.equals("document"))) {
      Mention issuer = antecedents.issuer(head, start);
      if (issuer != null) return TextIssuers.standingAt(issuer, start, end, phrase);
    }

    if (lexicon.isGroup(head) || head.equals("government")) {
      // "Police said" after "the Metropolitan Police confirmed": the force the article named, not police in general.
      Mention named = to - from <= 2 && (to - from == 1 || t.get(from).is("the")) ? antecedents.organisation(head, List.of(), start, guessedPeople) : null;
      if (named == null && to - from == 2 && t.get(from).is("the")) named = GroupSpeakers.bodyOfItsPeople(antecedents, head); // "the researchers"
      if (named != null && named.canonical().contains(" ")) return named;
      // "the Metropolitan Police": a force by its name is the organisation of that name, like "the Kesta Fire Brigade".
      for (Mention m : inside) if (m.type() == ClaimantType.ORGANIZATION && m.end() == end && m.canonical().contains(" ")) return m;
      // "Kesta Mining officials", "UN investigators", "Reuters' sources": a company's people speak for it (after lower-case words only).
      for (Mention m : inside) {
        if (m.type() == ClaimantType.ORGANIZATION && m.affiliation() == null && to - from >= 2 && (m.end() == t.get(to - 2).end()
            || to - from >= 3 && Phrases.possessiveMark(t.get(to - 2).text()) && m.end() == t.get(to - 3).end())
            && onlyLowerCaseBefore(t, from, m.start()) && (m.canonical().contains(" ") || ACRONYM.matcher(m.canonical()).matches() || MediaNames.isMediaName(m))) return m;
      }
      Mention g = GroupSpeakers.whereTheyWere(GroupSpeakers.group(lexicon, t, from, to, start, end), t, from, to, writtenTo);
      if (g.affiliation() == null && placeOfPhrase != null && !GroupSpeakers.INDEPENDENT_PEOPLE.contains(head)) {
        String name = lexicon.demonym(placeOfPhrase) + " " + head;
        return new Mention(g.start(), g.end(), g.text(), name, name.toLowerCase(Locale.ROOT), ClaimantType.GOVERNMENT, g.role(), placeOfPhrase, true);
      }
      return g;
    }

    // "Belarus' leader", "the Russian leader": the office holder, when named (not "an opposition leader", "the rebel leader").
    if (LEADER_WORDS.contains(head) && java.util.stream.IntStream.range(from, to - 1).allMatch(k -> t.get(k).is("the")
        || Phrases.possessiveMark(t.get(k).text()) || lexicon.country(t.get(k).text()) != null)) {
      String country = null;
      for (int k = from; k < to; k++) if (lexicon.country(t.get(k).text()) != null) country = lexicon.country(t.get(k).text());
      for (Mention m : mentions) {
        if (m.type() == ClaimantType.PERSON && m.role() != null && LEADER_WORDS.stream().anyMatch(w -> m.role().toLowerCase(Locale.ROOT).contains(w))
            && (country == null || country.equals(m.affiliation()))) {
          return new Mention(start, end, phrase, m.canonical(), m.key(), m.type(), m.role(), m.affiliation(), false);
        }
      }
    }
    if (definite && to - from <= 3 && ReportNouns.WORDS.contains(head) && (head.equals("study") || head.equals("report") || head.equals("inquiry")
        || head.equals("investigation") || head.equals("review"))) {
      // "the study says" after "A forensic report has found": the report the article is about.
      Mention report = antecedents.lastOfType(ClaimantType.REPORT);
      if (report != null) return reportOwners.getOrDefault(report.key(), report);
      // "P, reports the border service's press office. ... 'Q,' the report says": the report is the last body's that spoke.
      Mention body = head.equals("report") ? antecedents.lastOfType(ClaimantType.ORGANIZATION) : null;
      if (body != null && body == antecedents.lastSpeaker()) return writtenAs(body, start, end, phrase);
    }
    if (ReportNouns.WORDS.contains(head) || to - from >= 3 && ReportNouns.WORDS.contains(t.get(from + 1).lower()) && t.get(from + 2).is("by")) {
      String name = GroupSpeakers.stripDeterminers(t, from, to);
      return new Mention(start, end, phrase, name, name.toLowerCase(Locale.ROOT), ClaimantType.REPORT, null, affiliationOf(t, from, to), false);
    }
    Mention lastInside = inside.isEmpty() ? null : inside.get(inside.size() - 1);
    Mention placed = lastInside == null || antecedents.possessive(lastInside) ? null : UnplacedNames.officeOrBodyOf(lexicon, t, from, to, lastInside);
    if (placed != null) return placed;
    // "Putin says"; not "Putin's spokesman" or "Navalny's mother" (someone of the possessor's).
    if (lastInside != null && !lexicon.isOrganisationNoun(head) && !antecedents.possessive(lastInside)) {
      // "a Gaza civil defence chief", "the US intelligence community": an office or body speaking for the government
      // named in the phrase, written as the whole phrase, so readers (and matching) see which office spoke.
      boolean office = lexicon.isTitle(head) || lexicon.isGroup(head) || "NOUN".equals(t.get(to - 1).tag());
      if (lastInside.type() == ClaimantType.GOVERNMENT && lastInside.end() < end && office && !t.get(to - 1).capitalized()) {
        return new Mention(start, end, phrase, lastInside.canonical(), lastInside.key(), lastInside.type(), UnplacedNames.stripArticle(t, from, to),
            lastInside.affiliation(), false);
      }
      return lastInside;
    }
    // "the Vitkon firm": the organisation named in it; not an adjective read as a name ("the oldest Jewish newspaper").
    Mention namedBefore = lastInside != null && lexicon.isOrganisationNoun(head) && Appositives.adjectiveName(t, lastInside) ? antecedents.organisation(head, List.of(), start, guessedPeople) : null;
    if (namedBefore != null) return writtenAs(namedBefore, start, end, phrase);
    if (lastInside != null && lexicon.isOrganisationNoun(head) && !antecedents.possessive(lastInside) && (lastInside.type() == ClaimantType.ORGANIZATION || lastInside.type() == ClaimantType.UNKNOWN)) return lastInside;
    boolean indefinite = t.get(from).is("a") || t.get(from).is("an") || from > 0 && t.get(from - 1).is("another"); // ("another official": not the last)
    if (indefinite && (lexicon.isTitle(head) || lexicon.isGroupMember(head) || head.equals("source"))) {
      String name = "unnamed " + UnplacedNames.stripArticle(t, from, to) + (ofPlace == null ? "" : " " + ofPlace);
      return new Mention(start, end, phrase, name, name.toLowerCase(Locale.ROOT), ClaimantType.UNNAMED_SOURCE, null, affiliationOf(t, from, to), false);
    }
    // ("the Israeli army" is an organisation, though "army" also makes titles: "army chief".)
    // ("Turkish Prime Minister says": a capitalised title after a demonym, as headlines write it.)
    boolean titled = !t.get(to - 1).capitalized() || t.get(from).is("the") || lexicon.countryByNameOrDemonym(t.get(from).text()) != null;
    if ((lexicon.isTitle(head) || lexicon.isGroupMember(head)) && titled && !lexicon.isOrganisationNoun(head)) {
      // "the spokeswoman": the last speaker with that role, or the person described so; "its spokesman": what "it" is.
      String name = UnplacedNames.stripArticle(t, from, to);
      Mention neuter = t.get(from).is("its") ? antecedents.neuter(start, sentence) : null, described = neuter != null ? neuter : antecedents.described(head, name, start, sentence);
      // ("the governor of South Kessa province" after "a provincial governor said": maybe another province's; a name says whose.)
      if (described != null && (ofPlace == null || described.type() == ClaimantType.PERSON && !described.canonical().equals(described.role()))) return writtenAs(described, start, end, phrase);
      if (ofPlace != null) name += " " + ofPlace;
      return new Mention(start, end, phrase, name, name.toLowerCase(Locale.ROOT), ClaimantType.PERSON, name, affiliationOf(t, from, to), false);
    }
    // "the Qatar-based TV channel": a description of an organisation named before, whatever its modifiers.
    boolean describedOrganisation = t.get(from).is("the") && Antecedents.GENERIC_ORGANISATIONS.contains(head)
        // ("TV" of "the TV channel" describes it, as "Qatar-based" does.)
        && inside.stream().allMatch(m -> m.type() == ClaimantType.GOVERNMENT || m.end() < end && !m.canonical().contains(" "));
    if (lexicon.isOrganisationNoun(head) && t.get(from).is("the") && to - from == 2 || describedOrganisation) {
      // "the firm", "the company": the organisation last speaking or named; "the court": a court the article names.
      List<String> modifiers = new java.util.ArrayList<>();
      for (int k = from + 1; k < to - 1; k++) if (!t.get(k).capitalized()) modifiers.add(t.get(k).lower());
      Mention organisation = ThingOwners.describedByThingNamedBefore(t, from, to) ? null : antecedents.organisation(head, modifiers, start, guessedPeople);
      if (organisation != null) return writtenAs(organisation, start, end, phrase);
    }
    if (definite && !lexicon.isOrganisationNoun(head) && !lexicon.isGroup(head) && "NOUN".equals(t.get(to - 1).tag())) {
      // "the deputy chief designer": the person an appositive described so.
      Mention described = antecedents.described(head, UnplacedNames.stripArticle(t, from, to), start, sentence);
      if (described != null) return writtenAs(described, start, end, phrase);
    }
    if (lastInside != null && lastInside.type() != ClaimantType.ORGANIZATION && lastInside.type() != ClaimantType.GOVERNMENT
        && lexicon.isRelation(head)) {
      // "Navalny's mother": someone of Navalny's, not Navalny; named, perhaps, in a later sentence.
      String name = lastInside.canonical().substring(lastInside.canonical().lastIndexOf(' ') + 1) + "'s " + head;
      return new Mention(start, end, phrase, name, name.toLowerCase(Locale.ROOT), ClaimantType.PERSON, head, lastInside.affiliation(), false);
    }
    if (lexicon.isOrganisationNoun(head)) {
      String name = UnplacedNames.stripArticle(t, from, to);
      return new Mention(start, end, phrase, name, name.toLowerCase(Locale.ROOT), ClaimantType.ORGANIZATION, null, affiliationOf(t, from, to), false);
    }
    if (!inside.isEmpty()) {
      // A lone name used as a speaker ("Putin says") is a person known by surname.
      Mention m = inside.get(inside.size() - 1);
      if (m.type() == ClaimantType.UNKNOWN && !m.canonical().contains(" ") && !DIGIT.matcher(m.canonical()).find()) {
        guessedPeople.add(m.key());
        return new Mention(m.start(), m.end(), m.text(), m.canonical(), m.key(), ClaimantType.PERSON, m.role(), m.affiliation(), false);
      }
      return m;
    }
    // A lone capitalised word as a speaker ("Lukashenko said") that the mention finder could not place.
    Token only = t.get(from);
    boolean nameTag = "PROPN".equals(only.tag()) || "NOUN".equals(only.tag()) && only.capitalized() && !lexicon.isGroup(only.text())
        && !lexicon.isTitle(only.text()) && !lexicon.isOrganisationNoun(only.text()) && !only.lower().endsWith("s");
    if (to - from == 1 && nameTag && lexicon.country(only.text()) == null && only.text().length() > 2
        && !Lexicon.CALENDAR.contains(only.lower().replace(".", ""))) {
      String name = t.get(from).text();
      guessedPeople.add(name.toLowerCase(Locale.ROOT));
      return new Mention(start, end, name, name, name.toLowerCase(Locale.ROOT), ClaimantType.PERSON, null, null, false);
    }
    return null;
  }

  /**
   * The antecedent a description resolved to ("the medical aid group", "the spokeswoman"), as this sentence writes it:
   * the party is the antecedent's, the words are the description's, which readers (and matching) see beside the name.
   */
  private static Mention writtenAs(Mention antecedent, int start, int end, String phrase) {
    return new Mention(start, end, phrase, antecedent.canonical(), antecedent.key(), antecedent.type(), antecedent.role(),
        antecedent.affiliation(), antecedent.plural());
  }

  /** Two people named just before, spoken of together: "the pair", "the two men", "both women". */
  private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile("(?i)(?:the\\s+)?(?:pair|duo|two|two\\s+(?:men|women)|both\\s+(?:men|women))");

  private List<Mention> mentionsWithin(int start, int end) {
    List<Mention> out = new ArrayList<>();
    // (An organisation's name may run on past the phrase: "the Office" of "the Office for the Coordination of ...";
    // or begin before it: "Infrastructure and Transport" of "the Ministry of Land, Infrastructure and Transport".)
    for (Mention m : mentions) {
      boolean organisation = m.type() == ClaimantType.ORGANIZATION;
      if (m.start() >= start && (m.end() <= end || m.start() < end && organisation) || organisation && m.start() < start && m.end() >= end) out.add(m);
    }
    return out;
  }

  private String affiliationOf(List<Token> t, int from, int to) {
    return CountryOfPhrase.of(lexicon, t, from, to, mentions);
  }

  /** True when the tokens from {@code from} up to the character offset {@code start} are all lower case. */
  private static boolean onlyLowerCaseBefore(List<Token> t, int from, int start) {
    for (int k = from; k < t.size() && t.get(k).start() < start; k++) if (t.get(k).capitalized()) return false;
    return true;
  }

  static String text(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && t.get(i).start() > t.get(i - 1).end()) b.append(' ');
      b.append(t.get(i).text());
    }
    return b.toString();
  }

  /** Whether a word from {@code from} to before {@code k} names a country: "a Saudi source", "Moroccan officials". */
  private boolean demonymBefore(List<Token> t, int from, int k) {
    for (int p = from; p < k; p++) if (t.get(p).capitalized() && lexicon.country(t.get(p).text()) != null) return true;
    return false;
  }
}
