package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds Universal Dependencies part-of-speech tags with OpenNLP's maxent tagger model, decoded greedily ({@link GreedyPosTagger}). */
public final class PosTagger implements Annotator {
  private final ThreadLocal<GreedyPosTagger> tagger = ThreadLocal.withInitial(() -> new GreedyPosTagger(OpenNlpModels.POS));

  /** Words a disagreement verb may open with ("went against", "disagreed with"), as well as the one-word verbs. */
  private static final Set<String> DISAGREEMENT_WORDS = Lexicon.DISAGREEMENT_VERBS.keySet().stream()
      .map(k -> k.indexOf(' ') > 0 ? k.substring(0, k.indexOf(' ')) : k).collect(java.util.stream.Collectors.toUnmodifiableSet());

  static boolean mayCarryAttribution(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      if (w.equals("\"") || w.equals("according") || Lexicon.CUE_VERBS.containsKey(w) || Lexicon.CLAIM_NOUNS.contains(w)
          || DISAGREEMENT_WORDS.contains(w)) {
        return true;
      }
      // ("took issue with the findings": a cue of two or three words, none of them a cue alone.)
      if (PhrasalVerbs.at(tokens, i) != null) return true;
    }
    return false;
  }

  /** Tags of words that never report: a reporting verb given one of them is a slip of the model. */
  private static final Set<String> CLOSED_CLASS = Set.of("CCONJ", "SCONJ", "ADP", "DET", "PRON", "PART", "NUM");
  /** What may stand before an adjective that heads its phrase: "the military", "the Portuguese military". */
  private static final Set<String> PERFECT = Set.of("has", "have", "had");
  private static final Set<String> BEFORE_A_HEAD = Set.of("DET", "ADJ", "PROPN");
  /** Adjectives English uses as nouns for a body of people: "the military", "the wounded", "the accused". */
  private static final Set<String> NOMINAL_ADJECTIVES = Set.of("military", "wounded", "injured", "accused", "deceased",
      "bereaved", "elderly", "missing", "displaced");

  /**
   * Repairs two slips of the greedy model that lose a speaker: a past-tense reporting verb tagged as a closed-class
   * word ("the Portuguese military denied/CCONJ any role"), and an adjective used as a noun heading the subject before
   * its reporting verb ("the Israeli military/ADJ denied/ADJ responsibility", "P, the Finnish military/ADJ said/NOUN").
   */
  static String[] repaired(String[] words, String[] tags) {
    // Each word lower-cased once: the passes below ask for it up to ten times a word.
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) lower[i] = words[i].toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < words.length; i++) {
      String w = lower[i];
      if (CLOSED_CLASS.contains(tags[i]) && w.endsWith("ed") && Lexicon.CUE_VERBS.containsKey(w)) tags[i] = "VERB";
      // ("Hellenic Trail has denied/ADJ knowledge": after "has", "had" or "have", a past participle.)
      if ("ADJ".equals(tags[i]) && i > 0 && w.endsWith("ed") && PERFECT.contains(lower[i - 1]) && Lexicon.CUE_VERBS.containsKey(w)) tags[i] = "VERB";
      // ("The Vell report states/PROPN, inter alia, that": a reporting verb in lower case is no name; the passes below
      // read it as a noun or a verb.)
      if ("PROPN".equals(tags[i]) && i > 0 && words[i].equals(w) && Lexicon.CUE_VERBS.containsKey(w)) tags[i] = "NOUN";
      // ("the report says Javed/VERB died of a head wound": a capitalised word ending in -ed after a word in lower case
      // is a name, Ahmed or Rasheed, not a verb; prose does not capitalise its verbs.)
      if ("VERB".equals(tags[i]) && i > 0 && w.endsWith("ed") && Character.isUpperCase(words[i].charAt(0))
          && words[i].substring(1).equals(w.substring(1)) && Character.isLowerCase(words[i - 1].charAt(0)) && !Lexicon.CUE_VERBS.containsKey(w)) {
        tags[i] = "PROPN";
      }
    }
    for (int i = 1; i + 1 < words.length; i++) {
      String next = lower[i + 1];
      if ("ADJ".equals(tags[i]) && BEFORE_A_HEAD.contains(tags[i - 1]) && NOMINAL_ADJECTIVES.contains(lower[i])
          && Lexicon.CUE_VERBS.containsKey(next) && (!"NOUN".equals(tags[i + 1]) || next.equals("said") || next.endsWith("ed"))) {
        tags[i] = "NOUN";
        tags[i + 1] = "VERB";
      }
    }
    // "Media reports said", "Local reports claimed": a word that is a noun and a reporting verb ("reports", "claims"),
    // followed at once by a past-tense reporting verb, is that verb's subject.
    for (int i = 0; i + 1 < words.length; i++) {
      String w = lower[i];
      String next = lower[i + 1];
      boolean pastCue = (next.endsWith("ed") || next.equals("said")) && Lexicon.CUE_VERBS.containsKey(next);
      if ("VERB".equals(tags[i]) && w.endsWith("s") && Lexicon.CUE_VERBS.containsKey(w) && pastCue) tags[i] = "NOUN";
    }
    // "the navy disputes those numbers", "the ministry denies any role": a reporting verb in the present, tagged as a
    // plural noun after its subject's head, with its object's determiner right after it; so a past one tagged as an
    // adjective ("Kessa Air expressed its deep regret").
    for (int i = 1; i + 1 < words.length; i++) {
      String w = lower[i];
      boolean afterHead = "NOUN".equals(tags[i - 1]) || "PROPN".equals(tags[i - 1]);
      boolean misread = "NOUN".equals(tags[i]) && w.endsWith("s") || "ADJ".equals(tags[i]) && w.endsWith("ed");
      if (misread && Lexicon.CUE_VERBS.containsKey(w) && afterHead
          && OBJECT_OPENERS.contains(lower[i + 1])) {
        tags[i] = "VERB";
      }
    }
    // "Neighbourhood organisations claim 41 tenants were hurt": a reporting verb in the plural present, tagged as a noun after
    // a plural head the model does not know (a British spelling), with its clause or object opening right after it.
    for (int i = 1; i + 1 < words.length; i++) {
      String w = lower[i];
      if (!"NOUN".equals(tags[i]) || w.endsWith("s") || !Lexicon.CUE_VERBS.containsKey(w)) continue;
      if (!"NOUN".equals(tags[i - 1]) || !lower[i - 1].endsWith("s") || lower[i - 1].endsWith("ss")) continue;
      String next = lower[i + 1];
      // ("Officials blame Ana Berg for the siege": a name as its object.)
      if (OBJECT_OPENERS.contains(next) || CLAUSE_SUBJECTS.contains(next) || Character.isDigit(next.charAt(0))
          || "PROPN".equals(tags[i + 1]) && Character.isUpperCase(words[i + 1].charAt(0))) tags[i] = "VERB";
    }
    // "The dispatcher, who was responsible for routing, denies negligence": a reporting verb in the present, tagged as
    // a plural noun right after the comma that closes its subject's relative clause.
    for (int i = 3; i + 1 < words.length; i++) {
      if (!"NOUN".equals(tags[i]) || !",".equals(words[i - 1]) || !lower[i].endsWith("s") || !Lexicon.CUE_VERBS.containsKey(lower[i])) continue;
      for (int j = i - 2; j > 0 && !",".equals(words[j]); j--) if ((lower[j].equals("who") || lower[j].equals("which")) && ",".equals(words[j - 1])) tags[i] = "VERB";
    }
    // "the coroner's office, in turn, reports that P", "the ministry, for its part, denies any role": a reporting verb
    // in the present, tagged as a plural noun after a short aside set off by commas, with its object opening after it.
    for (int i = 4; i + 1 < words.length; i++) {
      if (!"NOUN".equals(tags[i]) || !",".equals(words[i - 1]) || !lower[i].endsWith("s") || !Lexicon.CUE_VERBS.containsKey(lower[i])
          || !OBJECT_OPENERS.contains(lower[i + 1])) continue;
      int open = i - 2;
      while (open > 0 && i - open <= 5 && !",".equals(words[open])) open--;
      boolean aside = open > 0 && ",".equals(words[open]) && ("ADP".equals(tags[open + 1]) || "ADV".equals(tags[open + 1]));
      if (aside && ("NOUN".equals(tags[open - 1]) || "PROPN".equals(tags[open - 1]))) tags[i] = "VERB";
    }
    // "The report states, among other things, that P": a reporting verb in the present, tagged as a plural noun after
    // its subject's head, with a short aside set off by commas and then "that".
    for (int i = 1; i + 3 < words.length; i++) {
      if (!"NOUN".equals(tags[i]) || !",".equals(words[i + 1]) || !lower[i].endsWith("s") || !Lexicon.CUE_VERBS.containsKey(lower[i])
          || !"NOUN".equals(tags[i - 1]) && !"PROPN".equals(tags[i - 1])) continue;
      int close = i + 2;
      while (close < words.length && close - i <= 6 && !",".equals(words[close])) close++;
      if (close + 1 < words.length && ",".equals(words[close]) && lower[close + 1].equals("that")) tags[i] = "VERB";
    }
    // "P, the Kessa news agency reports, quoting sources": a reporting verb in the present, tagged as a plural noun at
    // the end of a speaker set off after what was said.
    for (int i = 1; i < words.length; i++) {
      String w = lower[i];
      boolean clauseEnds = i + 1 == words.length || ",".equals(words[i + 1]) || ".".equals(words[i + 1]);
      if (!"NOUN".equals(tags[i]) || !w.endsWith("s") || !Lexicon.CUE_VERBS.containsKey(w) || !clauseEnds) continue;
      if (!"NOUN".equals(tags[i - 1]) && !"PROPN".equals(tags[i - 1])) continue;
      int j = i - 1;
      while (j >= 0 && (SPEAKER_TAGS.contains(tags[j]) || "'s".equals(words[j]))) j--;
      if (j >= 0 && ",".equals(words[j])) tags[i] = "VERB";
    }
    // "the Green Star aid group", "the Vell rescue team": a word the model reads as a verb between a name and the
    // body it names describes the body ("aid" is what it gives); it is no verb of the name's.
    for (int i = 1; i + 1 < words.length; i++) {
      if ("VERB".equals(tags[i]) && "PROPN".equals(tags[i - 1]) && "NOUN".equals(tags[i + 1]) && !lower[i].endsWith("s")
          && !lower[i].endsWith("ed") && !Lexicon.CUE_VERBS.containsKey(lower[i])
          && (Lexicon.english().isOrganisationNoun(lower[i + 1]) || Lexicon.english().isGroup(lower[i + 1]))) {
        tags[i] = "NOUN";
      }
    }
    return tags;
  }

  /** Pronouns that open the clause a reporting verb introduces: "claim they were beaten". */
  private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "it", "they", "we", "there");

  /** Tags of the words a postposed speaker is made of: "the state news agency", "Ostravia's Kessa agency". */
  private static final Set<String> SPEAKER_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "PART");

  /** Words that open a reporting verb's object or clause: "disputes those numbers", "claims that". */
  private static final Set<String> OBJECT_OPENERS = Set.of("the", "these", "this", "those", "that", "any", "all", "its", "their",
      "his", "her", "otherwise");

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.POS);
  }

  @Override
  public void annotate(Document document) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : document.get(Annotations.SENTENCES)) {
      if (!mayCarryAttribution(s)) {
        // Narrative sentences with no cue, quote or claim noun are read without tags: only attribution needs them.
        // (Tagging every sentence changed no claim of the seed, demo or test articles, and costs a quarter more.)
        out.add(s);
        continue;
      }
      String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
      String[] tags = repaired(words, tagger.get().tag(words));
      List<Token> tagged = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) tagged.add(s.tokens().get(i).withTag(tags[i]));
      out.add(s.withTokens(tagged));
    }
    document.set(Annotations.SENTENCES, out);
    document.set(Annotations.POS, true);
  }
}
