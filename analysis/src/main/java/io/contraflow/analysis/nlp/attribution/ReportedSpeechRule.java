package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.LEXICON;
import static io.contraflow.analysis.nlp.attribution.Phrases.indexOfWord;
import static io.contraflow.analysis.nlp.attribution.Phrases.npEnd;
import static io.contraflow.analysis.nlp.attribution.Phrases.npStart;
import static io.contraflow.analysis.nlp.attribution.Phrases.skipLeft;
import static io.contraflow.analysis.nlp.attribution.TimePhrases.skipTimeLeft;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech: a cue verb with its speaker and the content it reports. The speaker is found by the first
 * matching construction, recorded as the decision's sieve:
 * <ul>
 *   <li>{@code shared-subject}: "X said P and (again) denied Q" — the second verb shares the first one's subject;</li>
 *   <li>{@code relative-clause}: "Putin, who has suggested P";</li>
 *   <li>{@code inverted}: "P, said X";</li>
 *   <li>{@code reported-speech}: the subject before the verb, past a time phrase ("The Kremlin on Tuesday rejected"),
 *       prepositional phrases ("Officials in Ostrava"), "sources close to X";</li>
 *   <li>{@code appositive}: "X, a close ally of Y, said";</li>
 *   <li>{@code participle}: "by claiming that P", "P, adding Q" — the clause's subject, or the last speaker.</li>
 * </ul>
 * The content follows the cue (past a hearer, a time phrase, an aside and "that") or, when nothing follows,
 * precedes the speaker ("P, Lukashenko said."). Denial cues deny their content. "X and Y accused each other of P" is
 * one accusation each way.
 */
final class ReportedSpeechRule implements CueRule {
  private static final Set<String> ISSUING_PARTICIPLES = Set.of("provided", "released", "published", "issued", "compiled",
      "presented", "prepared", "submitted", "supplied", "conducted", "commissioned", "produced", "written", "authored");
  /** Cues whose object is who was told ("told reporters that P", "warned the coastguard that P"); hearers that are everyone ("told the press"). */
  private static final Set<String> HEARER_CUES = Set.of("tell", "warn"), HEARD_BY_ALL = Set.of("press", "media");
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("by", ",", "while", "after", "before", "when", "in", "despite", "since");

  /** The speaker found, the construction that found it, where the subject starts, and whether it follows the cue. */
  private record Subject(Mention speaker, String how, int start, boolean inverted) {}

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    Subject subject = subject(st, i);
    if (subject.speaker() == null) return List.of();
    Mention speaker = subject.speaker();
    boolean inverted = subject.inverted();

    int j = i + 1 + DoubtingCues.phraseLength(t, i, lemma);
    if (inverted) j = InvertedSpeakers.pastAppositive(t, InvertedSpeakers.end(t, i + 1));
    if (HEARER_CUES.contains(lemma) && !inverted) j = afterHearer(t, j);
    j = TimePhrases.skipTimePhrases(t, j);
    // "said in a statement issued on Monday": the statement's description, not what was said.
    if (TimePhrases.describesTheSaying(t, j)) j = t.size();
    if (j < t.size() && (t.get(j).text().equals(",") || t.get(j).text().equals("("))) {
      // "said, without offering any evidence, that ...", "said on Wednesday (April 24) that ...": skip the aside.
      int close = indexOfWord(t, j + 1, Math.min(t.size(), j + 12), t.get(j).text().equals("(") ? ")" : ",");
      if (close > 0 && close + 1 < t.size() && t.get(close + 1).is("that")) j = close + 1;
    }
    j = pastWhereSaid(t, TimePhrases.skipOccasion(t, j));
    if (j < t.size() && CueWordForms.opensContent(t, j, lemma)) j++;
    // "reported that, according to European sources, P": the aside names a relay, and P follows it.
    String asideRelay = null;
    int aside = j < t.size() && t.get(j).text().equals(",") ? j + 1 : j;
    if (aside + 2 < t.size() && t.get(aside).is("according") && t.get(aside + 1).is("to")) {
      int close = indexOfWord(t, aside + 2, Math.min(t.size(), aside + 12), ",");
      if (close > 0) {
        asideRelay = java.util.Optional.ofNullable(st.speakers().resolve(t, aside + 2, close)).map(Mention::canonical).orElse(SpeakerResolver.text(t, aside + 2, close));
        j = close + 1;
      }
    }
    // "said on Telegram: \"...\"": the colon introduces a quote, which the quote sieve attributes; so does one ending the
    // sentence ("posted footage of the strike stating:"), whose quote is the next paragraph.
    for (int k = j; k < Math.min(t.size(), j + 6); k++) {
      if (t.get(k).text().equals(":") && (k + 1 == t.size() || t.get(k + 1).text().equals("\""))) return List.of();
      if ("VERB".equals(t.get(k).tag())) break;
    }
    int end = Phrases.relativeClauseEnd(t, i, j, Phrases.contentEnd(t, j));
    int[] span = Phrases.trim(t, j, end);
    boolean afterwards = span != null && (span[1] - span[0] >= 2 || objectFirst(t, i) || t.get(span[0]).is("otherwise")) && !t.get(span[0]).text().equals("\"");
    // "P, the navy has said, in a finding that families reject": after a speaker set off by commas, a phrase that
    // opens with a preposition is an aside; what was said came first.
    // So does a participle ("P, officials said, indicating a higher toll"; "adding that Q" is a claim of its own).
    // (Not when the speaker opens the sentence: "X, chairman of Y, said on Telegram P" names X before the commas; a
    // pronoun's speaker was named before the sentence: "P, he said, but gave no details" is as much P.)
    if (afterwards && !inverted && subject.start() > 2 && Phrases.afterComma(t, subject.start()) && (speaker.start() >= t.get(subject.start()).start()
        || "PRON".equals(t.get(subject.start()).tag())) && (asideOpener(t, span[0]) || participleAfterComma(t, span[0]))) {
      afterwards = false;
    }
    if (!afterwards) {
      // "..., Lukashenko said." — the content precedes the speaker.
      int cut = inverted ? i : subject.start();
      span = Phrases.trim(t, 0, cut);
      if (span == null || span[1] - span[0] < 3 || t.get(span[0]).text().equals("\"")) return List.of();
    }
    // "'...,' Abedzadeh said at a news conference, the AP reported", "Reporters stated the spokesman added: '...'": the
    // words are the quote's speaker's; this speaker only passed them on.
    int from = t.get(span[0]).start();
    int to = t.get(span[1] - 1).end();
    for (int k = 0; k < st.here.size(); k++) {
      Attribution q = st.here.get(k);
      if (!q.direct() || q.contentStart() < from || q.contentEnd() > to + 1 || q.content().split("\\s+").length < 4) continue;
      if (q.relay() == null && !q.speaker().key().equals(speaker.key())) {
        st.here.set(k, new Attribution(q.speaker(), q.cue(), q.contentStart(), q.contentEnd(), q.content(), q.sentenceIndex(), q.polarity(),
            q.modality(), true, speaker.canonical(), q.challenged(), q.sieve()));
      }
      return List.of();
    }
    // "he said, repeating Putin's claim that P": P is Putin's claim (the claim-noun sieve made it), only passed on;
    // "said Western accusations that P were a lie" rejects it.
    int noun = claimNounOpening(t, span);
    if (noun >= 0 && !Lexicon.DENIAL_CUES.contains(lemma) && !Lexicon.BLAME_CUES.contains(lemma)
        && !Assertion.deniesOrRejects(Phrases.slice(st.body(), t, span[0], span[1]), lemma)) {
      int near = t.get(Math.min(span[1] - 1, noun + 4)).end();
      for (Attribution c : st.here) {
        if ("claim-noun".equals(c.sieve()) && c.contentStart() > t.get(noun).start() && c.contentStart() <= near
            && !c.speaker().key().equals(speaker.key())) {
          return List.of();
        }
      }
    }
    String content = Phrases.slice(st.body(), t, span[0], span[1]);
    Polarity polarity = Lexicon.DENIAL_CUES.contains(lemma) || Assertion.rejects(content, lemma) ? Polarity.DENIED : Assertion.polarityOf(content, lemma);
    if (Lexicon.DENIAL_CUES.contains(lemma) && Assertion.negated(content)) polarity = Polarity.AFFIRMED;
    String relay = asideRelay != null ? asideRelay : Parties.relayAfter(t, t.get(i).end(), st.speakers());
    io.contraflow.analysis.nlp.Modality modality = Assertion.modalityOf(content, lemma, st.sentence.text());
    int index = st.sentence.index();
    Attribution first = new Attribution(speaker, lemma, t.get(span[0]).start(), t.get(span[1] - 1).end(), content, index, polarity,
        modality, false, relay, null, subject.how());
    if (Lexicon.BLAME_CUES.contains(lemma) && Assertion.isReciprocal(content) && afterwards) {
      // "Russia and Ukraine accused each other of P": one accusation each way, each party its own claimant.
      int and = indexOfWord(t, subject.start(), i, "and");
      Mention left = and > subject.start() ? st.speakers().resolve(t, subject.start(), and) : null;
      Mention right = and > 0 ? st.speakers().resolve(t, and + 1, skipLeft(t, i - 1) + 1) : null;
      if (left != null && right != null && !left.key().equals(right.key())) {
        List<Attribution> both = new ArrayList<>(2);
        both.add(new Attribution(right, lemma, first.contentStart(), first.contentEnd(), content, index, polarity, modality, false, relay,
            null, "reciprocal"));
        both.add(new Attribution(left, lemma, first.contentStart(), first.contentEnd(), content, index, polarity, modality, false, relay,
            null, "reciprocal"));
        return both;
      }
    }
    // "The Chilean government and Peruvian officials blamed X": each conjunct of the subject is a speaker of its own
    // (read whole, "Gazan officials and the Israeli military" would become one "Gazan military").
    if (name().equals(subject.how()) && !Assertion.isReciprocal(content)) {
      int subjectEnd = skipLeft(t, skipTimeLeft(t, skipLeft(t, i - 1))) + 1;
      if (indexOfWord(t, subject.start(), subjectEnd, "and") > 0) {
        List<Mention> conjuncts = Conjuncts.of(st.speakers(), t, Conjuncts.listStart(st.speakers(), t, subject.start()), subjectEnd, true);
        if (conjuncts.size() > 1) {
          List<Attribution> each = new ArrayList<>(conjuncts.size());
          for (Mention m : conjuncts) {
            each.add(new Attribution(m, lemma, first.contentStart(), first.contentEnd(), content, index, polarity, modality, false, relay,
                null, "coordinated-subject"));
          }
          return each;
        }
      }
    }
    // "stated that A, and that B": two claims.
    int and = afterwards ? andThat(t, span) : -1;
    if (and > 0) {
      List<Attribution> two = new ArrayList<>(2);
      for (int[] part : new int[][] {Phrases.trim(t, span[0], and), Phrases.trim(t, and + 2, span[1])}) {
        if (part == null) return List.of(first);
        String text = Phrases.slice(st.body(), t, part[0], part[1]);
        Polarity p = Lexicon.DENIAL_CUES.contains(lemma) || Assertion.rejects(text, lemma) ? Polarity.DENIED : Assertion.polarityOf(text, lemma);
        two.add(new Attribution(speaker, lemma, t.get(part[0]).start(), t.get(part[1] - 1).end(), text, index, p,
            Assertion.modalityOf(text, lemma, st.sentence.text()), false, relay, null, subject.how()));
      }
      return two;
    }
    return List.of(first);
  }

  private static String lemma(List<Token> t, int i) {
    String l = Lexicon.CUE_VERBS.get(t.get(i).lower());
    return l == null ? "" : l;
  }

  /** Denials and accusations name their object after them ("denied it", "blame Israel"): they are never inverted. */
  private static boolean objectFirst(List<Token> t, int i) {
    String lemma = java.util.Optional.ofNullable(io.contraflow.analysis.nlp.PhrasalVerbs.at(t, i)).map(p -> p.lemma()).orElse(lemma(t, i)); // "ruled out"
    return Lexicon.DENIAL_CUES.contains(lemma) || Lexicon.BLAME_CUES.contains(lemma);
  }

  /** Where "and that" (", and that") joins a second reported clause to the first in {@code span}, or -1. */
  private static int andThat(List<Token> t, int[] span) {
    for (int k = span[0] + 2; k + 2 < span[1]; k++) if (t.get(k).is("and") && t.get(k + 1).is("that")) return k;
    return -1;
  }

  private Subject subject(SentenceState st, int i) {
    List<Token> t = st.t;
    SpeakerResolver speakers = st.speakers();
    Mention speaker = null;
    String how = null;
    int subjStart = i;
    boolean inverted = false;
    // "The Kremlin on Tuesday rejected", "officials last week denied": the subject is before the time phrase.
    int subjEnd = skipLeft(t, skipTimeLeft(t, skipLeft(t, i - 1)));
    subjEnd = ReportNouns.beforePublication(t, SubjectStart.beforeAside(t, subjEnd)); // ("a report released last week")
    // ", adding Q", "by claiming P", "In rejecting P," ("in" skipped as in "in part"): no subject of its own (below).
    boolean trailing = TrailingParticiples.opensAt(t, i); // "denied X saying Q"
    boolean participle = trailing || t.get(i).lower().endsWith("ing") && i > 0 && PARTICIPLE_OPENERS.contains(t.get(Math.max(skipLeft(t, i - 1), 0)).lower());
    if (participle) {
      speaker = null;
      how = null;
    } else if (subjEnd >= 0 && (t.get(subjEnd).is("and") || t.get(subjEnd).is("but"))) {
      // "X said P and (again) denied Q": the second verb shares the first one's subject; "The document listed P but
      // ultimately concluded Q": the sentence's subject, when its first verb claimed nothing.
      // "Reporters phoned Z. and he was surprised by the accusation and denied P": a nearer "and" that opened a clause
      // with a subject of its own gives the verb that subject.
      int[] clause = SubjectStart.ofConjoinedClause(t, subjEnd);
      Mention own = clause != null ? speakers.resolve(t, clause[0], clause[1]) : CoordinatedRelatives.antecedent(t, subjEnd, speakers);
      int end = SubjectStart.openingSubjectBeforeVerb(t, subjEnd);
      speaker = own != null ? own : !st.here.isEmpty() ? st.last().speaker() : end > 0 ? speakers.resolve(t, 0, end) : null;
      how = "shared-subject";
    } else if (subjEnd >= 0 && (t.get(subjEnd).is("who") || t.get(subjEnd).is("which")) && subjEnd > 0 && t.get(subjEnd - 1).text().equals(",")) {
      int antecedentEnd = subjEnd < 2 ? -1 : BracketedShortNames.nameBefore(t, subjEnd - 2);
      speaker = antecedentEnd >= 0 ? speakers.resolve(t, npStart(t, antecedentEnd), antecedentEnd + 1) : null;
      how = "relative-clause";
    } else if (subjEnd > 0 && (t.get(subjEnd).is("that") || t.get(subjEnd).is("which")) && "NOUN".equals(t.get(subjEnd - 1).tag())) {
      // "a Canadian court ruling that said P", "a report which found P": the text or body the clause describes.
      Mention m = speakers.resolve(t, Phrases.afterLastOf(t, npStart(t, subjEnd - 1), subjEnd), subjEnd); // ("the publication of an inquiry that found")
      speaker = m != null && m.type() != ClaimantType.PERSON && m.type() != ClaimantType.UNKNOWN ? m : null;
      how = "relative-clause";
    } else if (subjEnd >= 0 && t.get(subjEnd).text().equals(",") && i == subjEnd + 1 && InvertedSpeakers.end(t, i + 1) > i + 1
        && InvertedSpeakers.invertedSpeakerEnds(t, subjEnd, InvertedSpeakers.end(t, i + 1)) && !lemma(t, i).equals("tell") && !objectFirst(t, i)) {
      // (", told reporters": who was told, not who spoke; "X, a spokesman for Y, told reporters" is read as an appositive.)
      // ", said X" — speaker after the cue.
      speaker = speakers.resolve(t, i + 1, InvertedSpeakers.end(t, i + 1));
      inverted = true;
      how = "inverted";
    } else if (subjEnd >= 0 && !t.get(subjEnd).text().equals(",")) {
      int start = SubjectStart.of(t, subjEnd);
      int relative = SubjectStart.relativeClause(t, subjEnd);
      int[] group = SubjectStart.partitiveGroup(t, start);
      int[] participial = group == null ? SubjectStart.participialSubject(t, start, subjEnd) : null;
      if (participial == null && group == null) participial = SubjectStart.issuerOfStatement(t, i);
      if (participial != null) group = participial;
      speaker = group != null ? speakers.resolve(t, group[0], group[1]) : speakers.resolve(t, start, relative > start ? relative : subjEnd + 1);
      speaker = group != null ? speaker : Parties.ownGovernment(st, start, subjEnd, Appositives.unclosedOr(t, start, subjEnd, speakers, speaker));
      subjStart = participial != null ? participial[0] : start; how = name();
    } else if (subjEnd >= 0) {
      // "X, a close ally of Y, said": skip the appositive.
      int prevComma = -1;
      for (int k = subjEnd - 1; k >= Math.max(0, subjEnd - 14); k--) if (t.get(k).text().equals(",")) { prevComma = k; break; }
      // "Chief X, of the Y police, defended his response, said P": a predicate before the cue shares the subject that
      // opens the sentence (read below), not the name before its comma ("the charity, named in the report, denied" has none).
      boolean predicate = prevComma > 0 && "VERB".equals(t.get(prevComma + 1).tag()) && !t.get(prevComma + 1).lower().endsWith("ing")
          && !(prevComma + 2 < subjEnd && t.get(prevComma + 1).lower().endsWith("ed") && "ADP".equals(t.get(prevComma + 2).tag()));
      // ("An official from the X school in Varno, a port suburb, said": the whole phrase before the appositive.)
      int[] group = prevComma > 0 ? SubjectStart.partitiveGroup(t, SubjectStart.of(t, prevComma - 1)) : null; // ("two from Norland, ...")
      speaker = group != null ? speakers.resolve(t, group[0], group[1])
          : prevComma > 0 && !predicate ? speakers.resolve(t, SubjectStart.posted(t, SubjectStart.of(t, prevComma - 1)), prevComma) : null;
      // "The firm's CEO, Yan Novikov, said", "On Saturday, Navalny's spokeswoman Kira Yarmysh, confirmed": the name
      // between the commas, when the phrase before them names no one.
      Mention between = prevComma >= 0 ? namedAppositive(t, prevComma + 1, subjEnd, speakers) : null;
      // "The radar data, provided by Meshcheryakov, show": who provided them.
      if (between == null && prevComma >= 0 && (speaker == null || speaker.type() == ClaimantType.REPORT)) between = providedBy(t, prevComma + 1, subjEnd, speakers);
      // ("A spokeswoman for the ministry, Mara Lind, said": the person named speaks, for the body before.)
      boolean body = speaker != null && (speaker.type() == ClaimantType.ORGANIZATION || speaker.type() == ClaimantType.GOVERNMENT);
      if (between != null && body && speakers.isNamed(speaker) && between.type() == ClaimantType.PERSON) {
        // (The person speaks for the body before: its country goes with them. "An Erdogan aide, Yasin Aktay" stays
        // Erdogan's side, as before.)
        String affiliation = between.affiliation() != null ? between.affiliation() : speaker.affiliation();
        speaker = new Mention(between.start(), between.end(), between.text(), between.canonical(), between.key(), between.type(),
            between.role(), affiliation, between.plural());
      } else if (between != null && (speaker == null || !speakers.isNamed(speaker) || Appositives.holdsTheTitleBefore(t, prevComma, between))) {
        speaker = between;
      }
      // "Mr. Putin, while acknowledging ..., claimed": the subject opens the sentence.
      if (speaker == null) {
        int firstComma = indexOfWord(t, 0, i, ",");
        if (firstComma > 0 && npStart(t, firstComma - 1) == 0) speaker = speakers.resolve(t, 0, firstComma);
        // "Governor X of Kesta earlier on Tuesday, had insisted": the subject before a time phrase the comma closes.
        int beforeTime = firstComma > 0 ? skipTimeLeft(t, skipTimeLeft(t, firstComma - 1)) : -1;
        if (speaker == null && beforeTime >= 0 && beforeTime < firstComma - 1 && SubjectStart.of(t, beforeTime) == 0) {
          speaker = speakers.resolve(t, 0, beforeTime + 1);
        }
      }
      // "Ivan Dorov, head of the Russian-installed administration, said": the appositive's title and country are his.
      int opened = prevComma > 0 ? prevComma : indexOfWord(t, 0, i, ",");
      String[] office = speaker != null && speaker.type() == ClaimantType.PERSON && speaker.affiliation() == null && between == null
          && opened > 0 ? Appositives.office(t, opened + 1, subjEnd) : null;
      if (office != null) speaker = new Mention(speaker.start(), speaker.end(), speaker.text(), speaker.canonical(), speaker.key(),
          speaker.type(), speaker.role() != null ? speaker.role() : office[0], office[1], speaker.plural());
      how = "appositive";
      if (speaker == null && i == subjEnd + 1 && objectFirst(t, i)) {
        // "Palestinians mourn slain journalist, blame Israel": a second verb of the sentence's subject.
        int end = npEnd(t, 0);
        boolean verb = "VERB".equals(t.get(Math.min(end, t.size() - 1)).tag()) || Phrases.headline(t);
        speaker = end > 0 && end < subjEnd && verb ? speakers.resolve(t, 0, end) : null;
        how = "shared-subject";
      }
    }
    // Participles and infinitives ("by claiming that", "to suggest") take the clause's subject.
    int opener = skipLeft(t, i - 1); // "after initially denying"
    if (speaker == null && t.get(i).lower().endsWith("ing") && opener >= 0 && (trailing || PARTICIPLE_OPENERS.contains(t.get(opener).lower()))) {
      // "X said P, adding Q": the speaker of the clause just read goes on (not the holder of a claim named by a noun,
      // "mocking the assertion of the team that P, suggesting Q", nor by "as claimed by": "denied claims that P as suggested by X, saying Q").
      Attribution last = null;
      for (Attribution h : st.here) if (!"claim-noun".equals(h.sieve()) && !"as claimed".equals(h.cue())) last = h;
      Mention joined = Parties.joinedClauseSubject(t, i, speakers);
      boolean continues = last != null && (t.get(opener).text().equals(",") && last.contentEnd() <= t.get(opener).start()
          || trailing && last.contentEnd() <= t.get(i).start() || Parties.setOffWithin(t, opener, i, last));
      speaker = joined != null ? joined : continues ? last.speaker() : Parties.participleSubject(t, i, speakers, opener == 0);
      if (speaker == null) speaker = last == null ? speakers.lastSpeaker() : last.speaker();
      how = "participle";
    }
    return new Subject(speaker, how, subjStart, inverted);
  }

  /** The claim noun opening the content ("Putin's claim that P", "the claims of X that P"), or -1. */
  private static int claimNounOpening(List<Token> t, int[] span) {
    for (int k = span[0]; k < Math.min(span[1], span[0] + 5); k++) if (Lexicon.CLAIM_NOUNS.contains(t.get(k).lower())) return k;
    return -1;
  }

  /** A name opening {@code t[from, to)} ("Yan Novikov", "Navalny's spokeswoman Kira Yarmysh"), not a description ("a close ally of X"). */
  private static Mention namedAppositive(List<Token> t, int from, int to, SpeakerResolver speakers) {
    if (from >= to || !t.get(to - 1).capitalized()) return null;
    Mention m = speakers.resolve(t, from, to);
    // (A firm named so too: "the mine's owner, Kesta Holding, said", "the operator, the Kesta Power Company, said".)
    boolean named = m != null && (m.type() == ClaimantType.PERSON || m.type() == ClaimantType.ORGANIZATION);
    if (!named || !speakers.isNamed(m) || m.end() != t.get(to - 1).end()) return null;
    // The name opens the phrase or follows its title ("the mayor's spokeswoman Ines Varga"), never a preposition
    // ("a close ally of Putin").
    int first = from;
    while (first < to && t.get(first).start() < m.start()) first++;
    // (An abbreviated rank keeps its period apart: "a spokesman, Rear Adm. Ana Ortiz, said".)
    int before = first - 1;
    if (before > from && t.get(before).text().equals(".")) before--;
    return first == from || LEXICON.isTitle(t.get(before).lower()) || before == from && t.get(from).is("the") && m.type() == ClaimantType.ORGANIZATION ? m : null;
  }

  /** "provided by X", "released by X": the party that issued a report or data. */
  private static Mention providedBy(List<Token> t, int from, int to, SpeakerResolver speakers) {
    if (to - from < 3 || !ISSUING_PARTICIPLES.contains(t.get(from).lower()) || !t.get(from + 1).is("by")) return null;
    return speakers.resolve(t, from + 2, to);
  }

  /** "in a statement", "at a briefing" open an aside; "at least 75" opens a figure. */
  private static boolean asideOpener(List<Token> t, int k) {
    return ASIDE_OPENERS.contains(t.get(k).lower()) && !(t.get(k).is("at") && k + 1 < t.size() && (t.get(k + 1).is("least") || t.get(k + 1).is("most")));
  }

  /** ("P, the council said, which surprised the port's owners"; "P, the council said, and the owners denied it": what follows is not what was said.) */
  private static final Set<String> ASIDE_OPENERS = Set.of("in", "on", "at", "after", "during", "amid", "following", "as", "while", "when", "with", "which", "and", "but");
  private static final Set<String> CHANNEL_DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their");

  /**
   * "said in an official report published on Friday that P": past where and how it was said, to its "that"; {@code j}
   * when what follows the cue is not such a phrase.
   */
  private static int pastWhereSaid(List<Token> t, int j) {
    // "said in a statement issued Monday that P", "wrote on her blog that P", "posted on Telegram that P".
    if (j >= t.size() || !t.get(j).is("in") && !t.get(j).is("on")) return j;
    // "said in an email it considers P", "said in statements they rejected P": no "that", but a pronoun opens what was said.
    int channel = j + 1 < t.size() && CHANNEL_DETERMINERS.contains(t.get(j + 1).lower()) ? j + 2 : j + 1;
    if (channel + 1 < t.size() && SubjectStart.COMMUNICATIONS.contains(t.get(channel).lower())
        && Phrases.CLAUSE_PRONOUNS.contains(t.get(channel + 1).lower())) {
      return channel + 1;
    }
    for (int k = j + 1; k < Math.min(t.size(), j + 14); k++) {
      Token w = t.get(k);
      if (w.is("that")) return k;
      boolean participle = "VERB".equals(w.tag()) && w.lower().endsWith("ed");
      if (w.text().equals(",") || w.text().equals("\"") || "VERB".equals(w.tag()) && !participle || "AUX".equals(w.tag())) return j;
    }
    return j;
  }

  /**
   * "told the BBC that P", "told reporters P", "told Radio Vell, RV that P": the hearer is not part of what was said. Up
   * to a "that" a few words on (no comma between but one before the hearer's short name), else over a named hearer or group.
   */
  private static int afterHearer(List<Token> t, int j) {
    for (int k = j; k < Math.min(t.size(), j + 12); k++) {
      if (t.get(k).text().equals(",") && !(k + 2 < t.size() && t.get(k + 1).capitalized() && t.get(k + 2).is("that")) || t.get(k).text().equals("\"")) break;
      if (t.get(k).is("that")) return k;
    }
    // Only a hearer that plainly ends: names ("the BBC", "Reuters"), groups ("reporters") or an outlet ("the agency").
    int end = j < t.size() && (t.get(j).is("the") || t.get(j).is("a")) ? j + 1 : j;
    while (end < t.size() && (t.get(end).capitalized() || LEXICON.isGroup(t.get(end).lower()) || LEXICON.isOrganisationNoun(t.get(end).lower()) || HEARD_BY_ALL.contains(t.get(end).lower()))) end++;
    return end > j && end < t.size() && !(t.get(end - 1).is("the") || t.get(end - 1).is("a")) ? end : j;
  }

  /** ", indicating ...", ", citing ...": a participle set off by a comma right after the cue and its speaker. */
  private static boolean participleAfterComma(List<Token> t, int k) {
    return k > 0 && t.get(k - 1).text().equals(",") && t.get(k).lower().endsWith("ing") && t.get(k).lower().length() > 5
        && "VERB".equals(t.get(k).tag());
  }
}
