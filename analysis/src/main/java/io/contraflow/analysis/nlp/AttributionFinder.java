package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who asserted what: direct quotes with the speaker before, after, or earlier in the paragraph; reported
 * speech ("X said Tuesday that ..."), inverted attribution ("..., X said"), "according to X" (a relay when another
 * cue already names the speaker), participles ("by claiming that"), relative clauses ("Putin, who has suggested"),
 * claim nouns ("Putin's claim that", "the claims of X that", "assertions made by X"), denials with an object ("Kyiv
 * denied any role"), accusations ("accused X of Y") and explicit reports of disagreement ("X's remarks contradict
 * Y's claims").
 */
public final class AttributionFinder implements Annotator {
  /** Words between a subject and its cue that do not end the subject's search ("has also strongly denied"). */
  private static final Set<String> SKIPPABLE = Set.of("has", "have", "had", "also", "strongly", "repeatedly", "was", "were", "is",
      "are", "been", "would", "will", "can", "could", "did", "does", "do", "further", "later", "earlier", "still", "already", "now",
      "vehemently", "aggressively", "long", "previously", "initially", "first", "then", "tried", "to", "sought", "publicly", "flatly",
      "quickly", "once", "again", "himself", "herself", "themselves", "reportedly", "categorically", "since", "even", "just", "may",
      "might", "in", "part", "be", "being", "privately", "openly", "explicitly", "immediately", "swiftly");
  private static final Set<String> CONTENT_STOPS = Set.of("according");
  private static final Set<String> NOUN_CONTEXT = Set.of("the", "a", "an", "such", "of", "any", "no", "these", "those", "its", "their", "his",
      "her", "legal", "further", "new", "many", "several");
  private static final Set<String> PP_PREPOSITIONS = Set.of("in", "from", "at", "by", "of", "near", "outside");
  private static final Set<String> QUANTIFIERS = Set.of("both", "all", "some", "many", "several", "most", "two", "three", "four",
      "five", "dozens", "hundreds");
  private static final Set<String> QUOTED_AS = Set.of("was", "is", "were", "been", "quoted", "cited", "as", "has", "had", "also", "later", "further");
  private static final Set<String> FIGURE_NOUNS = Set.of("figure", "number", "toll", "tally", "estimate", "count");
  /** Participles by which a speaker labels what they answer: "calling the accusation absurd". */
  private static final Set<String> VERDICT_PARTICIPLES = Set.of("calling", "describing", "branding", "labelling", "labeling", "terming");
  private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had", "'ve", "'d");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "be", "is", "are");
  private static final Set<String> ADJECTIVAL_CONTEXT = Set.of("VERB", "AUX", "ADP", "DET");
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("by", ",", "while", "after", "before", "when", "in", "despite", "since");
  private static final Set<String> CLAIM_MAKING_VERBS = Set.of("made", "make", "makes", "making", "pushed", "pushes", "pushing", "repeated",
      "spread", "spreading", "reiterated", "echoed", "floated", "advanced", "peddled", "aired", "voiced");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "though", "although");

  private final Lexicon lexicon = Lexicon.english();

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.PARAGRAPHS, Annotations.SENTENCES, Annotations.POS, Annotations.QUOTES, Annotations.MENTIONS);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.ATTRIBUTIONS);
  }

  @Override
  public void annotate(Document document) {
    List<Sentence> sentences = document.get(Annotations.SENTENCES);
    List<Quote> quotes = document.get(Annotations.QUOTES);
    SpeakerResolver speakers = new SpeakerResolver(document.get(Annotations.MENTIONS), quotes, sentences);
    String body = document.article().body();
    List<Attribution> out = new ArrayList<>();
    Mention lastQuoteSpeaker = null;
    int lastQuoteParagraph = -1;
    List<Paragraph> paragraphs = document.get(Annotations.PARAGRAPHS);
    List<Quote> continuedQuotes = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      boolean[] quoted = quotedTokens(t, quotes);
      Set<Integer> usedCues = new HashSet<>();
      List<Attribution> here = new ArrayList<>();

      // Direct quotes that end in this sentence: the speaker is after the closing mark, before the opening one,
      // or the previous quote's speaker in the same paragraph.
      for (Quote q : quotes) {
        if (q.end() < s.start() || q.end() > s.end() || q.words() < 3) continue;
        Mention speaker = quoteSpeaker(t, q, s, sentences, speakers, usedCues);
        boolean standalone = firstTokenFrom(s.tokens(), s.start()) >= 0 && lastTokenBefore(sentences.get(indexOf(sentences, q.start(), s.index())).tokens(), q.start()) < 0;
        if (speaker == null && standalone && q.paragraph() == lastQuoteParagraph) speaker = lastQuoteSpeaker;
        if (speaker == null) {
          // A quote left open at its paragraph's end goes on in the next one ('"We found three points of origin.' /
          // '"Whoever did this knew," she said.'): it takes the speaker found there.
          if (runsToParagraphEnd(q, paragraphs)) continuedQuotes.add(q);
          continue;
        }
        for (Quote open : continuedQuotes) {
          if (open.paragraph() + 1 != q.paragraph() || !opensParagraph(q, paragraphs)) continue;
          out.add(new Attribution(speaker, "quote", open.start(), open.end(), open.text(), indexOf(sentences, open.start(), s.index()),
              polarityOf(open.text()), modalityOf(open.text(), "quote", open.text()), true, null, null));
        }
        continuedQuotes.clear();
        String relay = relayAfter(t, q.end(), speakers);
        here.add(new Attribution(speaker, "quote", q.start(), q.end(), q.text(), indexOf(sentences, q.start(), s.index()),
            polarityOf(q.text()), modalityOf(q.text(), "quote", s.text()), true, relay, null));
        speakers.spoke(speaker);
        lastQuoteSpeaker = speaker;
        lastQuoteParagraph = q.paragraph();
      }

      // Reported disagreements: "X's remarks contradict Y's claims".
      for (int i = 0; i < t.size(); i++) {
        if (quoted[i]) continue;
        String rel = disagreementAt(t, i);
        if (rel == null) continue;
        int after = i + rel.split(" ").length;
        Mention challenger = firstParty(t, 0, i, speakers);
        Mention challenged = firstParty(t, after, t.size(), speakers);
        if (challenged == null) continue;
        if (challenger == null) challenger = partyOfOtherCue(t, i, speakers);
        if (challenger == null || challenger.key().equals(challenged.key())) continue;
        here.add(new Attribution(challenger, rel, s.start(), s.end(), s.text(), s.index(), Polarity.AFFIRMED, Modality.STATED, false,
            null, challenged));
        usedCues.add(i);
      }

      // Claim nouns: "Putin's [unsubstantiated] claim that P", "the claims of X that P", "assertions made by X".
      for (int i = 0; i < t.size(); i++) {
        if (quoted[i] || !Lexicon.CLAIM_NOUNS.contains(t.get(i).lower())) continue;
        Mention holder = claimNounHolder(t, i, speakers);
        // "X's claims that P" — the that-clause must follow the noun, or it belongs to another verb.
        int thatAt = i + 1 < t.size() && t.get(i + 1).is("that") ? i + 1 : -1;
        if (thatAt < 0 && i + 2 < t.size() && (t.get(i + 1).is("of") || t.get(i + 1).is("by"))) {
          int holderEnd = npEnd(t, i + 2);
          if (holderEnd < t.size() && t.get(holderEnd).is("that")) thatAt = holderEnd;
        }
        if (holder != null && thatAt < 0 && i + 2 < t.size() && t.get(i + 1).is("of")) {
          // "denials of involvement by Kyiv", "a claim of responsibility by an affiliate": the noun phrase is the content.
          int by = indexOfWord(t, i + 2, Math.min(t.size(), i + 6), "by");
          if (by > 0) {
            String noun = t.get(i).lower();
            Polarity pol = noun.startsWith("denial") ? Polarity.DENIED : Polarity.AFFIRMED;
            String content = slice(body, t, i + 2, by);
            here.add(new Attribution(holder, noun.startsWith("denial") ? "deny" : "claim", t.get(i + 2).start(), t.get(by - 1).end(), content,
                s.index(), pol, Modality.STATED, false, null, null));
            continue;
          }
        }
        if (holder == null || thatAt < 0) continue;
        int[] span = clause(t, thatAt + 1, t.size());
        if (span == null) continue;
        String content = slice(body, t, span[0], span[1]);
        here.add(new Attribution(holder, "claim", t.get(span[0]).start(), t.get(span[1] - 1).end(), content, s.index(),
            polarityOf(content), labelled(t, i) ? Modality.LABELLED_FALSE : Modality.ALLEGED, false, null, null));
      }

      // Cue verbs outside quotes.
      for (int i = 0; i < t.size(); i++) {
        if (quoted[i] || usedCues.contains(i)) continue;
        String lemma = cueLemma(t, i);
        if (lemma == null) continue;
        // "U.S. officials said intelligence indicates that P": the inner cue is part of the outer claim's content.
        int at = t.get(i).start();
        boolean asClaimedBy = i > 0 && t.get(i - 1).is("as") && i + 1 < t.size() && t.get(i + 1).is("by");
        if (!asClaimedBy && here.stream().anyMatch(h -> !h.direct() && h.challenged() == null && at >= h.contentStart() && at < h.contentEnd())) continue;
        Attribution a = reported(t, i, lemma, s, body, speakers, here);
        if (a != null) {
          here.add(a);
          speakers.spoke(a.speaker());
        }
      }

      // "P, a claim the group denied", "P, a figure the army disputes", "P, which Kyiv denied": the trailing phrase
      // reports someone rejecting P.
      for (int k = 0; k + 3 < t.size(); k++) {
        if (!t.get(k).text().equals(",")) continue;
        boolean which = t.get(k + 1).is("which");
        boolean claimNoun = (t.get(k + 1).is("a") || t.get(k + 1).is("an") || t.get(k + 1).is("the"))
            && (Lexicon.CLAIM_NOUNS.contains(t.get(k + 2).lower()) || FIGURE_NOUNS.contains(t.get(k + 2).lower()));
        if (!which && !claimNoun) continue;
        int v = -1;
        for (int m = k + 3; m < Math.min(t.size(), k + 10); m++) {
          String lemma = Lexicon.CUE_VERBS.get(t.get(m).lower());
          if (lemma != null && Lexicon.DENIAL_CUES.contains(lemma)) { v = m; break; }
        }
        if (v < 0) continue;
        int subjectFrom = which ? k + 2 : t.get(k + 3).is("that") ? k + 4 : k + 3;
        Mention denier = speakers.resolve(t, subjectFrom, skipLeft(t, v - 1) + 1);
        int comma = t.get(k).start();
        // The claim the phrase refers to spans the comma, or ends just before it ("P, a figure X disputes" ends P there).
        Attribution claimed = here.stream().filter(h -> h.contentStart() < comma && h.contentEnd() > comma - 2).findFirst().orElse(null);
        if (denier == null || claimed == null) continue;
        int end = t.get(k).start();
        String content = body.substring(claimed.contentStart(), end).strip();
        here.remove(claimed);
        here.add(new Attribution(claimed.speaker(), claimed.cue(), claimed.contentStart(), end, content, claimed.sentenceIndex(), claimed.polarity(),
            claimed.modality(), claimed.direct(), claimed.relay(), claimed.challenged()));
        here.add(new Attribution(denier, Lexicon.CUE_VERBS.get(t.get(v).lower()), claimed.contentStart(), end, content, s.index(), Polarity.DENIED,
            Modality.STATED, false, null, null));
        speakers.spoke(denier);
        break;
      }

      // "according to X" on its own names the speaker; after another cue it names a relay.
      int acc = indexOfWord(t, 0, t.size(), "according");
      if (acc >= 0 && acc + 1 < t.size() && t.get(acc + 1).is("to") && here.isEmpty()) {
        int sourceEnd = phraseEnd(t, acc + 2);
        // "according to a statement from the hospital": the phrase goes on to who issued it.
        int issued = acc + 2 < t.size() && (t.get(acc + 2).is("a") || t.get(acc + 2).is("the")) ? acc + 3 : acc + 2;
        if (issued + 2 < t.size() && SpeakerResolver.ISSUED_TEXTS.contains(t.get(issued).lower())
            && (t.get(issued + 1).is("from") || t.get(issued + 1).is("by"))) {
          sourceEnd = phraseEnd(t, issued + 2);
        }
        Mention source = speakers.resolve(t, acc + 2, sourceEnd);
        if (source == null) source = firstParty(t, acc + 2, t.size(), speakers);
        if (source != null && here.stream().noneMatch(Attribution::direct)) {
          int[] span = trim(t, 0, acc);
          if (span == null || span[1] - span[0] < 3) {
            // Fronted: "According to the county office, three people were killed."
            int comma = indexOfWord(t, acc + 2, t.size(), ",");
            span = comma > 0 ? trim(t, comma + 1, t.size()) : null;
          }
          if (span != null && span[1] - span[0] >= 3) {
            String content = slice(body, t, span[0], span[1]);
            here.add(new Attribution(source, "according to", t.get(span[0]).start(), t.get(span[1] - 1).end(), content, s.index(),
                polarityOf(content), modalityOf(content, "according to", s.text()), false, null, null));
            speakers.spoke(source);
          }
        }
      }
      out.addAll(here);
    }
    document.set(Annotations.ATTRIBUTIONS, out);
  }

  // ---- direct quotes ------------------------------------------------------------------------------------------

  /** The quote has no closing mark: only spaces and punctuation follow it in its paragraph. */
  private static boolean runsToParagraphEnd(Quote q, List<Paragraph> paragraphs) {
    Paragraph p = paragraphs.get(q.paragraph());
    for (int i = q.end(); i < p.end(); i++) if (Character.isLetterOrDigit(p.text().charAt(i - p.start()))) return false;
    String rest = TextNormalizer.forModels(p.text().substring(q.end() - p.start()));
    return rest.indexOf('"') < 0;
  }

  /** The quote's opening mark starts its paragraph. */
  private static boolean opensParagraph(Quote q, List<Paragraph> paragraphs) {
    Paragraph p = paragraphs.get(q.paragraph());
    return TextNormalizer.forModels(p.text().substring(0, q.start() - p.start())).strip().equals("\"");
  }

  private Mention quoteSpeaker(List<Token> t, Quote q, Sentence s, List<Sentence> sentences, SpeakerResolver speakers, Set<Integer> used) {
    // After the closing mark: ", Lukashenko said", ", said spokeswoman Maria Zakharova", "he was quoted as saying".
    int after = firstTokenFrom(t, q.end());
    if (after < 0 && s.index() + 1 < sentences.size() && sentences.get(s.index() + 1).paragraph() == s.paragraph()) {
      // '"Why so late?" asked X.' — the splitter ends the sentence at the question mark.
      List<Token> next = sentences.get(s.index() + 1).tokens();
      for (int i = 0; i < Math.min(next.size(), 6); i++) {
        if (Lexicon.CUE_VERBS.get(next.get(i).lower()) == null) continue;
        Mention m = i == 0 ? speakers.resolve(next, 1, phraseEnd(next, 1)) : speakers.resolve(next, 0, i);
        if (m != null) return m;
        break;
      }
    }
    if (after >= 0) {
      int limit = Math.min(t.size(), after + 14);
      for (int i = after; i < limit; i++) {
        if (t.get(i).text().equals("\"")) break;
        String lemma = Lexicon.CUE_VERBS.get(t.get(i).lower());
        if (lemma == null) continue;
        // '"...," he was quoted as saying by BelTA': the speaker precedes "was quoted as".
        int subjectEnd = i;
        while (subjectEnd > after && QUOTED_AS.contains(t.get(subjectEnd - 1).lower())) subjectEnd--;
        Mention m = speakers.resolve(t, after, subjectEnd);
        if (m == null) m = speakers.resolve(t, i + 1, phraseEnd(t, i + 1));
        if (m != null) {
          used.add(i);
          return m;
        }
        break;
      }
    }
    // Before the opening mark: "Lukashenko said: \"...\"", "he had replied: \"...\"".
    Sentence first = sentences.get(indexOf(sentences, q.start(), s.index()));
    List<Token> ft = first.tokens();
    int before = lastTokenBefore(ft, q.start());
    int mark = before;
    while (mark >= 0 && ft.get(mark).text().equals("\"")) mark--;
    boolean introduced = mark >= 0 && (ft.get(mark).text().equals(":") || ft.get(mark).text().equals(",")
        || Lexicon.CUE_VERBS.containsKey(ft.get(mark).lower()));
    if (!introduced) return null; // a partial quote inside reported speech: the reported clause carries it
    for (int i = before; i >= 0 && i >= before - 10; i--) {
      String lemma = Lexicon.CUE_VERBS.get(ft.get(i).lower());
      if (lemma == null) continue;
      int subjEnd = skipLeft(ft, i - 1);
      Mention m = speakers.resolve(ft, npStart(ft, subjEnd), subjEnd + 1);
      if (m != null) {
        if (first == s) used.add(i);
        return m;
      }
    }
    return null;
  }

  private String relayAfter(List<Token> t, int from, SpeakerResolver speakers) {
    int i = firstTokenFrom(t, from);
    if (i < 0) return null;
    for (int k = i; k + 2 < t.size(); k++) {
      if (t.get(k).is("according") && t.get(k + 1).is("to") || t.get(k).is("quoted") && t.get(k + 1).is("as")) {
        int byAt = t.get(k).is("according") ? k + 2 : indexOfWord(t, k, t.size(), "by") + 1;
        if (byAt <= 0) return null;
        Mention m = firstParty(t, byAt, t.size(), speakers);
        if (m != null) return m.canonical();
        return SpeakerResolver.text(t, byAt, npEnd(t, byAt));
      }
    }
    return null;
  }

  // ---- reported speech ----------------------------------------------------------------------------------------

  private Attribution reported(List<Token> t, int i, String lemma, Sentence s, String body, SpeakerResolver speakers, List<Attribution> here) {
    // "who asked not to be named": a condition of anonymity, not a claim.
    if (lemma.equals("ask") && i + 3 < t.size() && t.get(i + 1).is("not") && t.get(i + 2).is("to") && t.get(i + 3).is("be")) return null;
    // "the alleged perpetrators": an adjective, not a cue.
    if (i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("a")) || "ADJ".equals(t.get(i).tag())) return null;
    if ("NOUN".equals(t.get(i).tag()) && !t.get(i).lower().endsWith("ed")) return null;
    Mention speaker;
    int subjStart = i;
    boolean inverted = false;
    // "Residents were told to ...": a passive cue names who heard, not who spoke.
    if (i > 0 && PASSIVE_AUX.contains(t.get(i - 1).lower()) && !(i + 1 < t.size() && t.get(i + 1).is("by"))
        && !Lexicon.DENIAL_CUES.contains(lemma)) return null;
    if (i > 0 && t.get(i - 1).is("as") && i + 1 < t.size() && t.get(i + 1).is("by")) {
      // "fled to Belarus, not Ukraine as claimed by X": X holds the alternative the main clause rules out.
      Mention holder = speakers.resolve(t, i + 2, phraseEnd(t, i + 2));
      int clauseStart = here.isEmpty() ? 0 : firstTokenFrom(t, here.get(here.size() - 1).contentStart());
      if (holder == null || clauseStart < 0 || i - 1 <= clauseStart) return null;
      return new Attribution(holder, "as claimed", t.get(clauseStart).start(), t.get(i - 2).end(), slice(body, t, clauseStart, i - 1),
          s.index(), Polarity.AFFIRMED, Modality.ALLEGED, false, null, null);
    }
    if (i >= 2 && t.get(i - 1).is("as") && (t.get(i - 2).is("quoted") || t.get(i - 2).is("cited"))) return null; // "quoted as saying by X": X relays
    if (i >= 3 && t.get(i - 1).is("as") && lemma.equals("say")) {
      // "Tarpress quoted the minister as saying P": the minister speaks, Tarpress relays.
      int q = -1;
      for (int k = i - 3; k >= Math.max(0, i - 10); k--) if (t.get(k).is("quoted") || t.get(k).is("cited")) { q = k; break; }
      if (q >= 0) {
        Mention quotedSpeaker = speakers.resolve(t, q + 1, i - 1);
        int[] span = clause(t, t.size() > i + 1 && t.get(i + 1).is("that") ? i + 2 : i + 1, t.size());
        if (quotedSpeaker == null || span == null) return null;
        Mention relay = q > 0 ? speakers.resolve(t, npStart(t, skipLeft(t, q - 1)), skipLeft(t, q - 1) + 1) : null;
        String content = slice(body, t, span[0], span[1]);
        return new Attribution(quotedSpeaker, lemma, t.get(span[0]).start(), t.get(span[1] - 1).end(), content, s.index(),
            polarityOf(content), modalityOf(content, lemma, s.text()), false, relay == null ? null : relay.canonical(), null);
      }
    }
    // "keep suspected gunmen": a participle used as an adjective. After "has"/"had" it is a perfect tense: "the group
    // has claimed responsibility".
    if (i + 1 < t.size() && "NOUN".equals(t.get(i + 1).tag()) && t.get(i).lower().endsWith("ed") && !lemma.equals("say")
        && !Lexicon.DENIAL_CUES.contains(lemma) && !Lexicon.BLAME_CUES.contains(lemma)
        && (i == 0 || t.get(i - 1).tag() != null && ADJECTIVAL_CONTEXT.contains(t.get(i - 1).tag()) && !PERFECT_AUX.contains(t.get(i - 1).lower()))) {
      return null;
    }
    // "The Kremlin on Tuesday rejected", "officials last week denied": the subject is before the time phrase.
    int subjEnd = skipLeft(t, skipTimeLeft(t, skipLeft(t, i - 1)));
    if (subjEnd >= 0 && (t.get(subjEnd).is("and") || t.get(subjEnd).is("but")) && !here.isEmpty()) {
      // "X said P and (again) denied Q": the second verb shares the first one's subject.
      speaker = here.get(here.size() - 1).speaker();
    } else if (subjEnd >= 0 && (t.get(subjEnd).is("who") || t.get(subjEnd).is("which")) && subjEnd > 0 && t.get(subjEnd - 1).text().equals(",")) {
      int antecedentEnd = subjEnd - 2;
      speaker = antecedentEnd >= 0 ? speakers.resolve(t, npStart(t, antecedentEnd), antecedentEnd + 1) : null;
    } else if (subjEnd >= 0 && t.get(subjEnd).text().equals(",") && i == subjEnd + 1 && npEnd(t, i + 1) > i + 1
        && invertedSpeakerEnds(t, npEnd(t, i + 1))) {
      // ", said X" — speaker after the cue.
      speaker = speakers.resolve(t, i + 1, npEnd(t, i + 1));
      inverted = true;
    } else if (subjEnd >= 0 && !t.get(subjEnd).text().equals(",")) {
      int start = npStart(t, subjEnd);
      // "Officials in Ostrava", "An investigation by the Gazette": the head comes before the preposition.
      // "Rescue crews at the Kidou Theatre in Divlerkovo": walk back over up to three prepositional phrases to a head
      // that can speak.
      int probe = start;
      // "Sources close to the investigation", "people familiar with the plans": the speakers are the sources.
      if (probe >= 3 && (t.get(probe - 1).is("to") && t.get(probe - 2).is("close") || t.get(probe - 1).is("with") && t.get(probe - 2).is("familiar"))
          && (lexicon.isGroup(t.get(probe - 3).lower()) || t.get(probe - 3).is("people") || t.get(probe - 3).is("person"))) {
        start = npStart(t, probe - 3);
        probe = 0;
      }
      for (int hops = 0; hops < 3 && probe >= 2 && PP_PREPOSITIONS.contains(t.get(probe - 1).lower()); hops++) {
        String h = t.get(probe - 2).lower();
        if (lexicon.isGroup(h) || lexicon.isTitle(h) || lexicon.isOrganisationNoun(h) || h.equals("investigation") || h.equals("study")
            || h.equals("report")) {
          start = npStart(t, probe - 2);
          break;
        }
        probe = npStart(t, probe - 2);
      }
      speaker = speakers.resolve(t, start, subjEnd + 1);
      subjStart = start;
    } else if (subjEnd >= 0) {
      // "X, a close ally of Y, said": skip the appositive.
      int prevComma = -1;
      for (int k = subjEnd - 1; k >= Math.max(0, subjEnd - 14); k--) if (t.get(k).text().equals(",")) { prevComma = k; break; }
      speaker = prevComma > 0 ? speakers.resolve(t, npStart(t, prevComma - 1), prevComma) : null;
      // "Mr. Putin, while acknowledging ..., claimed": the subject opens the sentence.
      if (speaker == null) {
        int firstComma = indexOfWord(t, 0, i, ",");
        if (firstComma > 0 && npStart(t, firstComma - 1) == 0) speaker = speakers.resolve(t, 0, firstComma);
      }
    } else {
      speaker = null;
    }
    // Participles and infinitives ("by claiming that", "to suggest") take the clause's subject.
    if (speaker == null && t.get(i).lower().endsWith("ing") && i > 0 && PARTICIPLE_OPENERS.contains(t.get(i - 1).lower())) {
      // "X said P, adding Q": the speaker of the clause just read goes on.
      boolean continues = t.get(i - 1).text().equals(",") && !here.isEmpty() && here.get(here.size() - 1).contentEnd() <= t.get(i - 1).start();
      speaker = continues ? here.get(here.size() - 1).speaker() : firstParty(t, 0, i, speakers);
      if (speaker == null) speaker = here.isEmpty() ? speakers.lastSpeaker() : here.get(here.size() - 1).speaker();
    }
    if (speaker == null) return null;

    int j = i + 1;
    if (inverted) j = npEnd(t, i + 1);
    if (lemma.equals("tell") && !inverted) j = afterHearer(t, j);
    j = skipTimePhrases(t, j);
    if (j < t.size() && t.get(j).text().equals(",")) {
      // "said, without offering any evidence, that ...": skip the aside.
      int close = indexOfWord(t, j + 1, Math.min(t.size(), j + 12), ",");
      if (close > 0 && close + 1 < t.size() && t.get(close + 1).is("that")) j = close + 1;
    }
    if (j < t.size() && t.get(j).is("that")) j++;
    int end = contentEnd(t, j);
    int[] span = trim(t, j, end);
    boolean afterwards = span != null && (span[1] - span[0] >= 2 || Lexicon.DENIAL_CUES.contains(lemma)) && !t.get(span[0]).text().equals("\"");
    if (!afterwards) {
      // "..., Lukashenko said." — the content precedes the speaker.
      int cut = inverted ? i : subjStart;
      span = trim(t, 0, cut);
      if (span == null || span[1] - span[0] < 3 || t.get(span[0]).text().equals("\"")) return null;
    }
    String content = slice(body, t, span[0], span[1]);
    Polarity polarity = Lexicon.DENIAL_CUES.contains(lemma) ? Polarity.DENIED : polarityOf(content);
    if (Lexicon.DENIAL_CUES.contains(lemma) && negated(content)) polarity = Polarity.AFFIRMED;
    String relay = relayAfter(t, t.get(i).end(), speakers);
    Modality modality = modalityOf(content, lemma, s.text());
    Attribution first = new Attribution(speaker, lemma, t.get(span[0]).start(), t.get(span[1] - 1).end(), content, s.index(), polarity,
        modality, false, relay, null);
    if (Lexicon.BLAME_CUES.contains(lemma) && isReciprocal(content) && afterwards) {
      // "Russia and Ukraine accused each other of P": one accusation each way, each party its own claimant.
      int and = indexOfWord(t, subjStart, i, "and");
      Mention left = and > subjStart ? speakers.resolve(t, subjStart, and) : null;
      Mention right = and > 0 ? speakers.resolve(t, and + 1, skipLeft(t, i - 1) + 1) : null;
      if (left != null && right != null && !left.key().equals(right.key())) {
        here.add(new Attribution(right, lemma, first.contentStart(), first.contentEnd(), content, s.index(), polarity, modality, false, relay, null));
        return new Attribution(left, lemma, first.contentStart(), first.contentEnd(), content, s.index(), polarity, modality, false, relay, null);
      }
    }
    return first;
  }

  /** "each other of ...", "one another for ...": an accusation both ways. */
  public static boolean isReciprocal(String content) {
    String c = content.toLowerCase(Locale.ROOT);
    return c.startsWith("each other") || c.startsWith("one another");
  }

  /**
   * "told the BBC that P", "told reporters P": the hearer is not part of what was said. Up to a "that" a few words on
   * (with no comma between), else over a hearer that is a name or a group.
   */
  private int afterHearer(List<Token> t, int j) {
    for (int k = j; k < Math.min(t.size(), j + 12); k++) {
      if (t.get(k).text().equals(",") || t.get(k).text().equals("\"")) break;
      if (t.get(k).is("that")) return k;
    }
    // Only a hearer that plainly ends: names ("the BBC", "Reuters"), groups ("reporters") or an outlet ("the agency").
    int end = j < t.size() && (t.get(j).is("the") || t.get(j).is("a")) ? j + 1 : j;
    while (end < t.size() && (t.get(end).capitalized() || lexicon.isGroup(t.get(end).lower()) || lexicon.isOrganisationNoun(t.get(end).lower()))) end++;
    return end > j && end < t.size() && !(t.get(end - 1).is("the") || t.get(end - 1).is("a")) ? end : j;
  }

  private static final Set<String> TIME_HEADS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "tonight", "week", "month", "morning", "afternoon", "evening", "night", "statement", "interview", "briefing",
      "conference", "speech", "address", "post", "remarks", "television", "tv", "radio", "also", "again", "further", "repeatedly",
      "previously", "recently", "publicly", "privately", "separately", "meanwhile", "later", "earlier", "then");

  /** Skips "Tuesday", "on Monday", "in a statement", "in a radio interview Wednesday", "also" after a cue. */
  private static int skipTimePhrases(List<Token> t, int j) {
    boolean moved = true;
    while (moved && j < t.size()) {
      moved = false;
      for (int len = Math.min(6, t.size() - j); len >= 1; len--) {
        boolean all = true;
        for (int k = j; k < j + len; k++) all &= Lexicon.TIME_WORDS.contains(t.get(k).lower());
        if (all && TIME_HEADS.contains(t.get(j + len - 1).lower())) {
          j += len;
          moved = true;
          break;
        }
      }
    }
    return j;
  }

  /** After ", said X" the speaker phrase ends the clause; "claimed Kyiv had prepared" continues with a verb. */
  private static boolean invertedSpeakerEnds(List<Token> t, int end) {
    if (end >= t.size()) return true;
    String w = t.get(end).lower();
    return w.equals(".") || w.equals(",") || w.equals("\"") || w.equals("in") || w.equals("on") || w.equals("according") || w.equals("at")
        || Lexicon.TIME_WORDS.contains(w);
  }

  private static String cueLemma(List<Token> t, int i) {
    String lemma = Lexicon.CUE_VERBS.get(t.get(i).lower());
    if (lemma == null) return null;
    // "the claims" is a noun; "claims that" after a subject is a verb: the tagger decides.
    String tag = t.get(i).tag();
    if (tag != null && !(tag.equals("VERB") || tag.equals("AUX") || tag.equals("NOUN") && lemma.equals("say"))) return null;
    return lemma;
  }

  // ---- reported disagreement and claim nouns ------------------------------------------------------------------

  /** First words of the two-word disagreement verbs ("go against"). */
  private static final Set<String> DISAGREEMENT_FIRST_WORDS = Lexicon.DISAGREEMENT_VERBS.keySet().stream()
      .filter(k -> k.indexOf(' ') > 0).map(k -> k.substring(0, k.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static String disagreementAt(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (i + 1 < t.size() && DISAGREEMENT_FIRST_WORDS.contains(w)) {
      String two = w + " " + t.get(i + 1).lower();
      String lemma = Lexicon.DISAGREEMENT_VERBS.get(two);
      if (lemma != null) return lemma;
    }
    String lemma = Lexicon.DISAGREEMENT_VERBS.get(w);
    if (lemma == null || i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("a"))) return null;
    // "limit such challenges", "months of dispute": nouns, not reports of disagreement. The tagger is not relied on
    // alone: after "X's remarks" it often tags "contradict" as a noun.
    if (i > 0 && (NOUN_CONTEXT.contains(t.get(i - 1).lower()) || "ADP".equals(t.get(i - 1).tag()) || "DET".equals(t.get(i - 1).tag())
        || "ADJ".equals(t.get(i - 1).tag()))) return null;
    return lemma;
  }

  private Mention claimNounHolder(List<Token> t, int i, SpeakerResolver speakers) {
    // "X's claim", "X' claims": possessor before, over adjectives.
    int k = i - 1;
    while (k >= 0 && ("ADJ".equals(t.get(k).tag()) || Lexicon.FALSE_LABELS.contains(t.get(k).lower()))) k--;
    if (k >= 1 && (t.get(k).text().equals("'s") || t.get(k).text().equals("'"))) {
      return speakers.resolve(t, npStart(t, k - 1), k);
    }
    // "Lawmakers made baseless claims that", "pushed the narrative that": the subject of the verb holds it.
    if (k >= 0) {
      int v = t.get(k).is("the") || t.get(k).is("a") ? k - 1 : k;
      if (v >= 1 && v < t.size() && CLAIM_MAKING_VERBS.contains(t.get(v).lower())) {
        int subjEnd = skipLeft(t, v - 1);
        if (subjEnd >= 0) {
          Mention m = speakers.resolve(t, npStart(t, subjEnd), subjEnd + 1);
          if (m != null) return m;
        }
      }
    }
    // "the claims of X that", "assertions made by X", "denials of involvement by Kyiv".
    for (int m = i + 1; m < Math.min(t.size(), i + 6); m++) {
      if (t.get(m).is("that")) break;
      if (t.get(m).is("by") || t.get(m).is("of") && (m == i + 1)) {
        Mention p = speakers.resolve(t, m + 1, npEnd(t, m + 1));
        if (p != null) return p;
      }
    }
    return null;
  }

  private Mention firstParty(List<Token> t, int from, int to, SpeakerResolver speakers) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).capitalized() && !lexicon.isGroup(t.get(k).text())) continue;
      int end = npEnd(t, k);
      Mention m = speakers.resolve(t, k, Math.min(end, to));
      if (m != null && m.type() != ClaimantType.UNKNOWN || m != null && m.key() != null && Character.isUpperCase(m.canonical().charAt(0))) return m;
      k = Math.max(k, end - 1);
    }
    return null;
  }

  private Mention partyOfOtherCue(List<Token> t, int except, SpeakerResolver speakers) {
    for (int i = 0; i < t.size(); i++) {
      if (i == except || cueLemma(t, i) == null) continue;
      int subjEnd = skipLeft(t, i - 1);
      if (subjEnd < 0) continue;
      Mention m = speakers.resolve(t, npStart(t, subjEnd), subjEnd + 1);
      if (m != null) return m;
    }
    return null;
  }

  // ---- phrase boundaries --------------------------------------------------------------------------------------

  /** First index at or after {@code k} that is not an adverb or auxiliary ("and again denied"). */
  private static int skipLeftwardsFrom(List<Token> t, int k) {
    while (k < t.size() && SKIPPABLE.contains(t.get(k).lower())) k++;
    return k;
  }

  private static int skipLeft(List<Token> t, int k) {
    while (k >= 0 && SKIPPABLE.contains(t.get(k).lower())) k--;
    return k;
  }

  /** Words of a time phrase between a subject and its verb: "on Tuesday", "last week", "early on Feb. 20". */
  private static final Set<String> TIME_PHRASE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "week",
      "month", "year", "morning", "afternoon", "evening", "night", "weekend", "last", "this", "earlier", "today",
      "yesterday", "tonight", "ago", "previously", ".");

  /** The index before a time phrase ending at {@code k} (with its preposition), or {@code k} when there is none. */
  private static int skipTimeLeft(List<Token> t, int k) {
    int j = k;
    while (j >= 0 && (TIME_PHRASE_WORDS.contains(t.get(j).lower()) || t.get(j).text().chars().allMatch(Character::isDigit))) j--;
    if (j == k || j == k - 1 && t.get(k).text().equals(".")) return k;
    if (j >= 0 && (t.get(j).is("on") || t.get(j).is("in") || t.get(j).is("at") || t.get(j).is("early") || t.get(j).is("late"))) j--;
    return j;
  }

  /** Start of the noun phrase ending at {@code end} (inclusive), scanning left over names, titles and determiners. */
  private int npStart(List<Token> t, int end) {
    int k = end;
    while (k > 0) {
      Token prev = t.get(k - 1);
      String w = prev.lower();
      boolean part = prev.capitalized() || w.equals("'s") || w.equals("'") || w.equals("the") || w.equals("a") || w.equals("an")
          || w.equals("of") || w.equals("and") || w.equals("other") || QUANTIFIERS.contains(w) || lexicon.isTitle(w) || lexicon.isGroup(w) || lexicon.country(w) != null
          || "ADJ".equals(prev.tag()) || "NOUN".equals(prev.tag()) && !Lexicon.CUE_VERBS.containsKey(w) || w.equals("-") || w.equals("&");
      if (!part || prev.text().equals("\"")) break;
      k--;
    }
    return k;
  }

  /** End (exclusive) of a speaker phrase after an inverted cue: up to punctuation, a preposition or a time word. */
  private static int phraseEnd(List<Token> t, int start) {
    int k = start;
    while (k < t.size()) {
      String w = t.get(k).lower();
      if (isPunct(w) || w.equals("in") || w.equals("on") || w.equals("at") || w.equals("during") || w.equals("after") || w.equals("according")
          || w.equals("as") || w.equals("while") || w.equals("when") || w.equals("who") || Lexicon.TIME_WORDS.contains(w) && !w.equals("the") && !w.equals("a")) break;
      k++;
    }
    return k;
  }

  /** End (exclusive) of the noun phrase starting at {@code start}. */
  private int npEnd(List<Token> t, int start) {
    int k = start;
    while (k < t.size()) {
      Token tok = t.get(k);
      String w = tok.lower();
      boolean nounBeforeName = "NOUN".equals(tok.tag()) && k + 1 < t.size() && t.get(k + 1).capitalized();
      boolean part = tok.capitalized() || nounBeforeName || k == start && POSSESSIVE_PRONOUNS.contains(w) || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("of") || w.equals("'s")
          || lexicon.isTitle(w) || lexicon.isGroup(w) || "ADJ".equals(tok.tag()) || w.equals("-") || w.equals(".") && k + 1 < t.size();
      if (!part || tok.text().equals("\"") || w.equals(".") || Lexicon.TIME_WORDS.contains(w) && !w.equals("the") && !w.equals("a")) break;
      k++;
    }
    return k;
  }

  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "as", "when", "after", "despite", "whereas", "since", "if");

  /**
   * The content of a reported clause ends at "according to", at "quoted as", or at the sentence end; in a sentence
   * opened by a subordinator ("While X claimed P, Y did Q") it ends with the subordinate clause.
   */
  private static int contentEnd(List<Token> t, int from) {
    // The first word, past bullets and quotation marks: "• Despite X claiming P, Y says Q".
    int first = 0;
    while (first < t.size() && !Character.isLetterOrDigit(t.get(first).text().charAt(0))) first++;
    boolean subordinate = first < t.size() && SUBORDINATORS.contains(t.get(first).lower());
    for (int k = from; k < t.size(); k++) {
      if (subordinate && t.get(k).text().equals(",") && k > from) return k;
      // "P, and U.S. intelligence said Q": a coordinated clause with its own cue ends this content.
      if (t.get(k).text().equals(",") && k + 1 < t.size() && CLAUSE_JOINERS.contains(t.get(k + 1).lower())) {
        for (int m = k + 2; m < Math.min(t.size(), k + 9); m++) if (cueLemma(t, m) != null) return k;
      }
      // "P and (again) denied Q": a second cue verb sharing the subject ends this content too.
      if (k > from && (t.get(k).is("and") || t.get(k).is("but"))) {
        int m = skipLeftwardsFrom(t, k + 1);
        if (m < t.size() && cueLemma(t, m) != null && t.get(m).lower().endsWith("ed")) return k;
      }
      // "P, a figure that could not be verified": the outlet's remark on P. ("P, a claim Kyiv denied" is read later,
      // as Kyiv's denial of P.)
      if (k > from && t.get(k).text().equals(",") && k + 2 < t.size() && (t.get(k + 1).is("a") || t.get(k + 1).is("an"))
          && FIGURE_NOUNS.contains(t.get(k + 2).lower())) {
        return k;
      }
      // "P, but did not give their names": a second predicate of the speaker, not part of P.
      if (k > from && t.get(k).text().equals(",") && k + 2 < t.size() && (t.get(k + 1).is("but") || t.get(k + 1).is("and"))
          && ("AUX".equals(t.get(k + 2).tag()) || "VERB".equals(t.get(k + 2).tag())) && !t.get(k + 2).lower().endsWith("ing")) {
        return k;
      }
      // "P, adding that Q", "P, calling the charge absurd": the speaker's next remark or verdict is not part of P.
      if (k > from && t.get(k).text().equals(",") && k + 1 < t.size() && t.get(k + 1).lower().endsWith("ing")
          && (cueLemma(t, k + 1) != null || VERDICT_PARTICIPLES.contains(t.get(k + 1).lower()))) {
        return k;
      }
      if (CONTENT_STOPS.contains(t.get(k).lower()) && k + 1 < t.size() && t.get(k + 1).is("to")) return k;
      if (t.get(k).is("quoted") && k + 1 < t.size() && t.get(k + 1).is("as")) return k;
    }
    return t.size();
  }

  private static int[] clause(List<Token> t, int from, int to) {
    return trim(t, from, contentEnd(t, from) < to ? contentEnd(t, from) : to);
  }

  private static int[] trim(List<Token> t, int from, int to) {
    while (from < to && isPunct(t.get(from).text())) from++;
    while (to > from && isPunct(t.get(to - 1).text())) to--;
    return from < to ? new int[] {from, to} : null;
  }

  private static boolean isPunct(String s) {
    return s.equals(",") || s.equals(".") || s.equals(":") || s.equals(";") || s.equals("\"") || s.equals("-") || s.equals("'");
  }

  private static boolean[] quotedTokens(List<Token> t, List<Quote> quotes) {
    boolean[] q = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      for (Quote quote : quotes) {
        if (quote.words() >= 3 && t.get(i).start() >= quote.start() && t.get(i).end() <= quote.end()) {
          q[i] = true;
          break;
        }
      }
    }
    return q;
  }

  private static int firstTokenFrom(List<Token> t, int offset) {
    for (int i = 0; i < t.size(); i++) if (t.get(i).start() >= offset && !t.get(i).text().equals("\"") && !t.get(i).text().equals(",")) return i;
    return -1;
  }

  private static int lastTokenBefore(List<Token> t, int offset) {
    int last = -1;
    for (int i = 0; i < t.size(); i++) if (t.get(i).end() < offset) last = i;
    return last;
  }

  private static int indexOf(List<Sentence> sentences, int offset, int fallback) {
    for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s.index();
    return fallback;
  }

  private static int indexOfWord(List<Token> t, int from, int to, String word) {
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) if (t.get(k).is(word)) return k;
    return -1;
  }

  private static String slice(String body, List<Token> t, int from, int to) {
    return body.substring(t.get(from).start(), t.get(to - 1).end());
  }

  // ---- polarity and modality ----------------------------------------------------------------------------------

  static boolean negated(String content) {
    String c = " " + TextNormalizer.forModels(content).toLowerCase(Locale.ROOT) + " ";
    return c.contains(" not ") || c.contains("n't ") || c.contains(" never ") || c.contains(" no ") || c.contains(" nothing to do ")
        || c.contains(" none ");
  }

  private static Polarity polarityOf(String content) {
    return negated(content) ? Polarity.DENIED : Polarity.AFFIRMED;
  }

  private static boolean labelled(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) if (Lexicon.FALSE_LABELS.contains(t.get(k).lower())) return true;
    return false;
  }

  /** "baseless claim", "unfounded allegation", ...: a false label before a claim noun. */
  private static final List<String> FALSE_LABEL_PHRASES = Lexicon.FALSE_LABELS.stream()
      .flatMap(label -> java.util.stream.Stream.of(label + " claim", label + " allegation")).toList();
  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z']+");

  static Modality modalityOf(String content, String cue, String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    for (String phrase : FALSE_LABEL_PHRASES) if (s.contains(phrase)) return Modality.LABELLED_FALSE;
    for (String phrase : Lexicon.NO_EVIDENCE) if (s.contains(phrase)) return Modality.LABELLED_FALSE;
    if (content.strip().endsWith("?")) return Modality.QUESTIONED;
    for (String w : NON_WORD.split(content.toLowerCase(Locale.ROOT))) if (Lexicon.HEDGES.contains(w)) return Modality.HEDGED;
    if (Lexicon.ALLEGATION_CUES.contains(cue)) return Modality.ALLEGED;
    return Modality.STATED;
  }
}
