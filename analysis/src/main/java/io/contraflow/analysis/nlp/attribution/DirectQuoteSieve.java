package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.firstTokenFrom;
import static io.contraflow.analysis.nlp.attribution.Phrases.indexOf;
import static io.contraflow.analysis.nlp.attribution.Phrases.lastTokenBefore;
import static io.contraflow.analysis.nlp.attribution.Phrases.npStart;
import static io.contraflow.analysis.nlp.attribution.Phrases.phraseEnd;
import static io.contraflow.analysis.nlp.attribution.Phrases.skipLeft;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Paragraph;
import io.contraflow.analysis.nlp.Quote;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.TextNormalizer;
import io.contraflow.analysis.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Direct quotes that end in the sentence, with their speaker: after the closing mark ('"...," Lukashenko said', '"...,"
 * said spokeswoman Maria Zakharova', '"...?" asked X.'), before the opening one ('Lukashenko said: "..."'), or the
 * previous quote's speaker in the same paragraph. A quote left open at its paragraph's end goes on in the next one
 * and takes the speaker found there.
 */
final class DirectQuoteSieve implements Sieve {
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our");
  /** Words before a cue word that make it a noun: "Whitson's tweets", "the statement", "their claims". */
  private static final java.util.Set<String> NOUN_MAKERS = java.util.Set.of("'s", "’s", "his", "her", "their", "its", "the", "a", "an");

  private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("\\p{L}+(?: \\p{L}+)?:\\s*\"");
  private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "although", "though", "because", "but", "and", "as",
      "when", "after", "before", "since", "if", "which", "that");
  private static final Set<String> QUOTED_AS = Set.of("was", "is", "were", "been", "quoted", "cited", "as", "has", "had", "also", "later", "further");

  /** Plain verbs of saying, before a quote that opens the clause said. */
  private static final Set<String> SAID = Set.of("said", "says", "say", "stated", "states", "added", "adds", "wrote", "writes");

  /** A speaker and the construction that named it. */
  private record Found(Mention speaker, String how) {}

  @Override
  public void apply(SentenceState st) {
    Discourse doc = st.doc;
    Sentence s = st.sentence;
    List<Token> t = st.t;
    for (Quote q : doc.quotes) {
      if (q.end() < s.start() || q.end() > s.end() || q.words() < 3) continue;
      Found found = quoteSpeaker(st, q);
      boolean standalone = firstTokenFrom(s.tokens(), s.start()) >= 0
          && lastTokenBefore(doc.sentences.get(indexOf(doc.sentences, q.start(), s.index())).tokens(), q.start()) < 0;
      if (found == null && standalone && q.paragraph() == doc.lastQuoteParagraph) found = new Found(doc.lastQuoteSpeaker, "quote-goes-on");
      if (found == null || found.speaker() == null) {
        // A quote left open at its paragraph's end goes on in the next one ('"We found three points of origin.' /
        // '"Whoever did this knew," she said.'): it takes the speaker found there.
        if (runsToParagraphEnd(q, doc.paragraphs)) {
          doc.continuedQuotes.add(q);
          continue;
        }
        // A paragraph that is only a quote (or "Quote: ..."), with no speaker in it or after it, goes on with the
        // speaker of the paragraphs before ('His death was announced by the prison service.' / '"On February 16 ...').
        Mention context = opensParagraph(q, doc.paragraphs) && endsParagraph(q, doc.paragraphs) ? contextSpeaker(doc, chainStart(doc, q)) : null;
        if (context == null) continue;
        found = new Found(context, "quote-paragraph");
      }
      Mention speaker = found.speaker();
      int chain = chainStart(doc, q);
      for (Quote open : doc.continuedQuotes) {
        if (open.paragraph() < chain || open.paragraph() >= q.paragraph() || !opensParagraph(q, doc.paragraphs)) continue;
        doc.out.add(new Attribution(speaker, "quote", open.start(), open.end(), open.text(), indexOf(doc.sentences, open.start(), s.index()),
            Assertion.polarityOf(open.text()), Assertion.modalityOf(open.text(), "quote", open.text()), true, null, null, "quote-continued"));
      }
      doc.continuedQuotes.clear();
      String relay = Parties.relayAfter(t, q.end(), doc.speakers);
      // 'Marn said "a disaster without precedent" appeared to be "mainly due to human error"': the quoted words open
      // the clause he reported, whose verb follows the quote; the whole clause is what he said.
      int[] clause = "quote-speaker-before".equals(found.how()) ? clauseOpenedBy(t, q) : null;
      if (clause != null) {
        String text = doc.body.substring(clause[0], clause[1]);
        st.add(new Attribution(speaker, "say", clause[0], clause[1], text, s.index(), Assertion.polarityOf(text),
            Assertion.modalityOf(text, "say", s.text()), false, relay, null), "quoted-subject");
        doc.speakers.spoke(speaker);
        continue;
      }
      for (int[] part : byPolarity(q, doc)) {
        String text = doc.body.substring(part[0], part[1]);
        st.add(new Attribution(speaker, "quote", part[0], part[1], text, indexOf(doc.sentences, part[0], s.index()),
            Assertion.polarityOf(text), Assertion.modalityOf(text, "quote", s.text()), true, relay, null), found.how());
      }
      doc.speakers.spoke(speaker);
      doc.lastQuoteSpeaker = speaker;
      doc.lastQuoteParagraph = q.paragraph();
    }
  }

  /**
   * The span of a reported clause that the quote opens as its subject, when a verb (not a participle) follows its
   * closing mark: from the quote to the clause's end, before a trailing ", promising ..."; else null.
   */
  private static int[] clauseOpenedBy(List<Token> t, Quote q) {
    // (Only after a plain verb of saying: 'said an inquiry had found "missiles fired by mistake" brought it down' is the
    // inquiry's finding, which the one who said it passed on; the quote sieve leaves it to the reported clause.)
    int open = 0;
    while (open < t.size() && t.get(open).start() < q.start()) open++;
    if (open < 2 || !SAID.contains(t.get(open - 2).lower())) return null;
    int after = 0;
    while (after < t.size() && t.get(after).start() < q.end()) after++;
    while (after < t.size() && (t.get(after).text().equals("\"") || t.get(after).text().equals("\u201d"))) after++;
    if (after >= t.size() || !("VERB".equals(t.get(after).tag()) || "AUX".equals(t.get(after).tag())) || t.get(after).lower().endsWith("ing")) return null;
    int end = Phrases.contentEnd(t, after);
    for (int k = after; k + 1 < end; k++) {
      int next = k + 1 < end && (t.get(k + 1).text().equals("\"") || t.get(k + 1).text().equals("\u201d")) ? k + 2 : k + 1;
      if (t.get(k).text().equals(",") && next < end && "VERB".equals(t.get(next).tag()) && t.get(next).lower().endsWith("ing")) {
        end = k;
        break;
      }
    }
    while (end > after && (t.get(end - 1).text().equals(",") || t.get(end - 1).text().equals("."))) end--;
    return end <= after ? null : new int[] {q.start(), t.get(end - 1).end()};
  }

  /**
   * The quote's sentences in runs of one polarity: '"The only exceptions are two civil aircraft. There were no other
   * objects near the airliner"' asserts one thing and denies another. A quote of one polarity stays whole.
   */
  private static List<int[]> byPolarity(Quote q, Discourse doc) {
    Sentence opening = doc.sentences.get(indexOf(doc.sentences, q.start(), 0));
    if (q.end() <= opening.end()) return List.of(new int[] {q.start(), q.end()});
    List<int[]> parts = new ArrayList<>();
    Boolean denies = null;
    for (Sentence s : doc.sentences) {
      int from = Math.max(q.start(), s.start());
      int to = Math.min(q.end(), s.end());
      if (from >= to) continue;
      while (from < to && !Character.isLetterOrDigit(doc.body.charAt(from))) from++;
      while (to > from && Character.isWhitespace(doc.body.charAt(to - 1))) to--;
      if (from >= to) continue;
      boolean d = Assertion.denies(doc.body.substring(from, to));
      if (denies != null && d == denies) parts.get(parts.size() - 1)[1] = to;
      else parts.add(new int[] {from, to});
      denies = d;
    }
    if (parts.size() <= 1) return List.of(new int[] {q.start(), q.end()});
    parts.get(0)[0] = q.start();
    parts.get(parts.size() - 1)[1] = q.end();
    return parts;
  }

  /** The quote has no closing mark: only spaces and punctuation follow it in its paragraph. */
  private static boolean runsToParagraphEnd(Quote q, List<Paragraph> paragraphs) {
    Paragraph p = paragraphs.get(q.paragraph());
    for (int i = q.end(); i < p.end(); i++) if (Character.isLetterOrDigit(p.text().charAt(i - p.start()))) return false;
    String rest = TextNormalizer.forModels(p.text().substring(q.end() - p.start()));
    return rest.indexOf('"') < 0;
  }

  /** The quote follows a colon, a comma or a dash ('X said: "..."', '..., "..." X said', '... -- "..." X said'). */
  private static boolean introducedBefore(List<Sentence> sentences, Quote q, Sentence s) {
    List<Token> ft = sentences.get(indexOf(sentences, q.start(), s.index())).tokens();
    int mark = lastTokenBefore(ft, q.start());
    while (mark >= 0 && ft.get(mark).text().equals("\"")) mark--;
    return mark >= 0 && (ft.get(mark).text().equals(":") || ft.get(mark).text().equals(",") || ft.get(mark).text().equals("-")
        || ft.get(mark).text().equals("--"));
  }

  /** The quote ends with a question or exclamation mark, inner quote marks aside. */
  private static boolean endsAsked(Quote q) {
    String text = TextNormalizer.forModels(q.text()).strip();
    int i = text.length() - 1;
    while (i >= 0 && (text.charAt(i) == '\'' || text.charAt(i) == '"')) i--;
    return i >= 0 && (text.charAt(i) == '?' || text.charAt(i) == '!');
  }

  /** The quote's opening mark starts its paragraph, or follows a short label ("Quote: \"..."). */
  private static boolean opensParagraph(Quote q, List<Paragraph> paragraphs) {
    Paragraph p = paragraphs.get(q.paragraph());
    String before = TextNormalizer.forModels(p.text().substring(0, q.start() - p.start())).strip();
    return before.equals("\"") || LABEL.matcher(before).matches();
  }

  /** Nothing but punctuation follows the quote in its paragraph ('"..."' is the whole paragraph, not its subject). */
  private static boolean endsParagraph(Quote q, List<Paragraph> paragraphs) {
    Paragraph p = paragraphs.get(q.paragraph());
    for (int i = q.end(); i < p.end(); i++) if (Character.isLetterOrDigit(p.text().charAt(i - p.start()))) return false;
    return true;
  }

  /** The first paragraph of the run of quotes left open that ends with {@code q}'s. */
  private static int chainStart(Discourse doc, Quote q) {
    int p = q.paragraph();
    while (true) {
      final int previous = p - 1;
      if (doc.continuedQuotes.stream().noneMatch(o -> o.paragraph() == previous)) return p;
      p = previous;
    }
  }

  /** The speaker of the last attribution in the two paragraphs before {@code paragraph}, or null. */
  private static Mention contextSpeaker(Discourse doc, int paragraph) {
    for (int k = doc.out.size() - 1; k >= 0; k--) {
      Attribution a = doc.out.get(k);
      int p = doc.sentences.get(a.sentenceIndex()).paragraph();
      if (p >= paragraph) continue;
      return p >= paragraph - 2 && a.challenged() == null ? a.speaker() : null;
    }
    return null;
  }

  private Found quoteSpeaker(SentenceState st, Quote q) {
    List<Token> t = st.t;
    Sentence s = st.sentence;
    List<Sentence> sentences = st.doc.sentences;
    SpeakerResolver speakers = st.speakers();
    // After the closing mark: ", Lukashenko said", ", said spokeswoman Maria Zakharova", "he was quoted as saying".
    int after = firstTokenFrom(t, q.end());
    Sentence opening = sentences.get(indexOf(sentences, q.start(), s.index()));
    boolean opensSentence = lastTokenBefore(opening.tokens(), q.start()) < 0;
    if (after < 0 && opensSentence && endsAsked(q) && s.index() + 1 < sentences.size() && sentences.get(s.index() + 1).paragraph() == s.paragraph()) {
      // '"Why so late?" asked X.' — the splitter ends the sentence at the question or exclamation mark. (After a full
      // stop the sentence is over: '... is obvious." The Dutch say ...' names no speaker of the quote.)
      List<Token> next = sentences.get(s.index() + 1).tokens();
      for (int i = 0; i < Math.min(next.size(), 6); i++) {
        if (Lexicon.CUE_VERBS.get(next.get(i).lower()) == null) continue;
        Mention m = i == 0 ? speakers.resolve(next, 1, phraseEnd(next, 1)) : speakers.resolve(next, 0, i);
        if (m != null) return new Found(m, "quote-speaker-next-sentence");
        break;
      }
    }
    // '"in cold blood" while Bennett said ...': a clause of its own follows the quote, not its attribution. A quote inside
    // a clause ('and reportedly "blackmailed her", said that ...') is not attributed by what follows it either.
    if (after >= 0 && CLAUSE_OPENERS.contains(t.get(after).lower())) after = -1;
    if (after >= 0 && !opensSentence && !introducedBefore(sentences, q, s)) after = -1;
    if (after >= 0) {
      // ('"...," Ana Berg, a driver being treated at the Vell Medical College Hospital, said': a long appositive.)
      int limit = Math.min(t.size(), after + 20);
      for (int i = after; i < limit; i++) {
        if (t.get(i).text().equals("\"")) break;
        String lemma = Lexicon.CUE_VERBS.get(t.get(i).lower());
        if (lemma == null) continue;
        // ('"...," on its website, without evidence to support his claim': a noun after a possessive is no cue.)
        if (i > after && POSSESSIVES.contains(t.get(i - 1).lower())) continue;
        // '“lies and propaganda” claiming the flight was shot down': a participle goes on with the sentence.
        if (t.get(i).lower().endsWith("ing") && !(i > 0 && t.get(i - 1).is("as"))) break;
        // '"...," he was quoted as saying by BelTA': the speaker precedes "was quoted as".
        int subjectEnd = i;
        while (subjectEnd > after && QUOTED_AS.contains(t.get(subjectEnd - 1).lower())) subjectEnd--;
        // '"..." near the quay, a statement from the union said': a quote that ends with no mark of its own is carried
        // on by the words after it, to the comma; the speaker follows it.
        int from = after;
        // (The quote's span ends before a comma inside the marks; a carried-on quote's is the closing mark.)
        String body = st.body();
        boolean carriedOn = q.end() > q.start() && q.end() < body.length() && Character.isLetterOrDigit(body.charAt(q.end() - 1))
            && "\"”".indexOf(body.charAt(q.end())) >= 0;
        if (carriedOn && !t.get(after).text().equals(",")) for (int k = after; k < subjectEnd && from == after; k++) if (t.get(k).text().equals(",")) from = k + 1;
        Mention m = from < subjectEnd ? Appositives.withAppositiveOffice(speakers.resolve(t, from, subjectEnd), t, from, subjectEnd) : null;
        if (m == null) m = speakers.resolve(t, i + 1, phraseEnd(t, i + 1));
        if (m != null) {
          st.usedCues.add(i);
          return new Found(m, "quote-speaker-after");
        }
        break;
      }
    }
    // Before the opening mark: "Lukashenko said: \"...\"", "he had replied: \"...\"".
    Sentence first = sentences.get(indexOf(sentences, q.start(), s.index()));
    List<Token> ft = first.tokens();
    int before = lastTokenBefore(ft, q.start());
    // A quote that opens its paragraph after a sentence ending in a colon ("The army posted a video, stating:" ¶
    // "..."): that sentence introduces it.
    boolean introducedAbove = false;
    if (before < 0 && first.index() > 0 && opensParagraph(q, st.doc.paragraphs)) {
      Sentence above = sentences.get(first.index() - 1);
      List<Token> at = above.tokens();
      if (above.paragraph() == first.paragraph() - 1 && !at.isEmpty() && at.get(at.size() - 1).text().equals(":")) {
        ft = at;
        before = at.size() - 1;
        introducedAbove = true;
      }
    }
    int mark = before;
    while (mark >= 0 && ft.get(mark).text().equals("\"")) mark--;
    // 'Norland rejected "these absurd imputations"', 'the campaign denounced "errors" in the count': a quote right after
    // a denial or a condemnation is its object (read with the cue), not the subject's own words.
    String markLemma = mark >= 0 ? Lexicon.CUE_VERBS.getOrDefault(ft.get(mark).lower(), "") : "";
    if (Lexicon.DENIAL_CUES.contains(markLemma) || Lexicon.CONDEMNING_CUES.contains(markLemma)) return null;
    // ('SIS said Whitson's tweets "contained lies"': a cue word after a possessive or an article is a noun, the subject
    // of the quoted predicate, not its owner's verb.)
    boolean cueNoun = mark > 0 && NOUN_MAKERS.contains(ft.get(mark - 1).lower());
    boolean introduced = mark >= 0 && (ft.get(mark).text().equals(":") || ft.get(mark).text().equals(",")
        || Lexicon.CUE_VERBS.containsKey(ft.get(mark).lower()) && !cueNoun);
    if (!introduced) return null; // a partial quote inside reported speech: the reported clause carries it
    boolean quotesParticiple = false;
    int reach = before - 10;
    for (int i = before; i >= 0 && i >= reach; i--) {
      String lemma = Lexicon.CUE_VERBS.get(ft.get(i).lower());
      if (lemma == null) continue;
      // 'X was quoted by the paper as saying: "..."': the subject of the passive speaks.
      int passive = QuotedAsSayingRule.passiveSubjectEnd(ft, i);
      int subjEnd = passive >= 0 ? passive : skipLeft(ft, i - 1);
      if (subjEnd < 0) continue; // ('Announcing "P," Ana Berg said': a cue opening the sentence has no speaker before it)
      // "X blamed Y for the raid, claiming: \"...\"": a participle after a comma has no subject of its own; the
      // clause's subject speaks, not the last noun before it.
      boolean participle = ft.get(i).lower().endsWith("ing") && subjEnd >= 0 && ft.get(subjEnd).text().equals(",");
      // ("The airline rejected the report, saying: \"...\"": the quote's cue is "saying"; the verb before it, whose
      // subject speaks, keeps a claim of its own, the rejection.)
      if (ft.get(i).lower().endsWith("ing") && i > 0 && !ft.get(i - 1).is("as")) quotesParticiple = true;
      Mention m = participle ? Parties.firstParty(ft, 0, subjEnd, speakers) : speakers.resolve(ft, npStart(ft, subjEnd), subjEnd + 1);
      // "The army posted footage of the strike on the mall stating:": a participle after a thing that cannot speak goes
      // on with the clause's subject.
      if (!participle && m != null && m.type() != ClaimantType.PERSON && ft.get(i).lower().endsWith("ing") && !ft.get(i - 1).is("as")
          && verbBefore(ft, npStart(ft, subjEnd))) {
        Mention subject = Parties.firstParty(ft, 0, npStart(ft, subjEnd), speakers);
        if (subject != null) {
          m = subject;
          participle = true;
        }
      }
      // "Ana Berg, head of the council, whose staff ..., said:": the person the sentence opens with, past the appositives.
      if (!participle && subjEnd > 0 && ft.get(subjEnd).text().equals(",") && (m == null || m.type() != ClaimantType.PERSON)) {
        Mention person = Parties.openingPerson(ft, subjEnd, speakers);
        if (person != null) m = person;
      }
      // 'The Red Crescent said the inquiry underscores "..."': a thing that "underscores" or "shows" inside what someone
      // said speaks no words; the quote is the one who said it.
      int outer = passive >= 0 || participle || m == null ? -1 : outerCue(ft, npStart(ft, subjEnd), m);
      if (outer > 0) {
        i = outer + 1;
        reach = outer - 10;
        continue;
      }
      if (m != null) {
        if (first == s && !quotesParticiple && !introducedAbove) st.usedCues.add(i);
        return new Found(m, participle ? "quote-speaker-participle" : "quote-speaker-before");
      }
    }
    return null;
  }

  /** A verb of the clause before {@code end}: the participle after it is no verb of the noun just before it. */
  private static boolean verbBefore(List<Token> t, int end) {
    for (int k = 1; k < end; k++) if ("VERB".equals(t.get(k).tag()) && !t.get(k).lower().endsWith("ing")) return true;
    return false;
  }

  /** The cue of saying right before a thing's clause ("said [that] the report shows"), or -1. */
  private static int outerCue(List<Token> t, int subjectStart, Mention subject) {
    if (subject.type() != ClaimantType.REPORT && subject.type() != ClaimantType.UNKNOWN) return -1;
    int k = subjectStart - 1;
    if (k >= 0 && t.get(k).is("that")) k--;
    return k > 0 && Lexicon.CUE_VERBS.containsKey(t.get(k).lower()) ? k : -1;
  }
}
