package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The father of Ana Berg said", "a relative of those killed told", "the cousin of one of the dead said": a relative
 * speaks, named by whose relative they are. The one named after "of" is not the speaker; when no one is named, the
 * relative is an unnamed source.
 */
final class RelativesOf {
  /** Whose kin speak: "of those killed", "of one of the dead", "of the hostages". */
  private static final Set<String> HARMED = Set.of("killed", "dead", "deceased", "victim", "victims", "slain", "missing", "injured",
      "wounded", "hostages", "detainees", "prisoners", "passengers", "miners", "crew");

  private RelativesOf() {}

  /** The relative {@code t[from, to)} names, or null when the phrase is no "relative of ..." phrase. */
  static Mention of(List<Token> t, int from, int to, List<Mention> mentions, Lexicon lexicon) {
    int p = from;
    boolean indefinite = t.get(p).is("a") || t.get(p).is("an");
    if (indefinite || t.get(p).is("the")) p++;
    while (p + 2 < to && "ADJ".equals(t.get(p).tag()) && !lexicon.isRelation(t.get(p).lower())) p++; // "a grieving relative of"
    if (p + 2 >= to || !lexicon.isRelation(t.get(p).lower()) || !t.get(p + 1).is("of")) return null;
    String relation = t.get(p).lower();
    int start = t.get(from).start();
    int end = t.get(to - 1).end();
    String phrase = SpeakerResolver.text(t, from, to);
    List<Mention> inside = mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    for (Mention m : inside) {
      if (m.type() != ClaimantType.PERSON || m.start() < t.get(p + 1).end()) continue;
      String name = m.canonical().substring(m.canonical().lastIndexOf(' ') + 1) + "'s " + relation;
      return new Mention(start, end, phrase, name, name.toLowerCase(Locale.ROOT), ClaimantType.PERSON, relation, m.affiliation(), false);
    }
    // ("a team of investigators", "supporters of reform": only kin of those the story is about are unnamed relatives.)
    if (!inside.isEmpty() || !HARMED.contains(t.get(to - 1).lower())) return null;
    String name = "unnamed " + relation;
    return new Mention(start, end, phrase, name, name.toLowerCase(Locale.ROOT), ClaimantType.UNNAMED_SOURCE, relation, null, false);
  }

  /**
   * Whether the kin phrase ending before {@code to} is the speaker itself: not when a name follows ("the boy's father,
   * Tomas Berg", who is the speaker) nor a passive ("the family were denied access", no speech at all).
   */
  static boolean speaksAfter(List<Token> t, int to) {
    return to < t.size() && !NotACueRule.PASSIVE_AUX.contains(t.get(to).lower())
        && !(t.get(to).text().equals(",") && to + 1 < t.size() && t.get(to + 1).capitalized());
  }

  /**
   * Where "a relative of those killed" begins when the phrase read back from the verb is only "killed" at {@code start}
   * ("those killed", "the dead", "one of the dead" name no speaker); else {@code start}.
   */
  static int relativeBefore(List<Token> t, int start, Lexicon lexicon) {
    int described = kinOfOneDescribed(t, start, lexicon);
    if (described >= 0) return described;
    int k = start;
    if (k >= 1 && (t.get(k - 1).is("those") || t.get(k - 1).is("the"))) k--;
    if (k == start) return start;
    if (k >= 3 && t.get(k - 1).is("of") && t.get(k - 2).is("one") && t.get(k - 3).is("of")) k -= 2;
    if (k < 2 || !t.get(k - 1).is("of") || !lexicon.isRelation(t.get(k - 2).lower())) return start;
    return Phrases.npStart(t, k - 2);
  }

  /**
   * "The mother of a man who was shot dead in a raid in Vell said", "Mother of a man, who was shot in Vell, said": the
   * relative clause describes the one whose kin speaks, and the kin phrase before it is the subject, not the last name
   * in the clause. Its start, or -1.
   */
  private static int kinOfOneDescribed(List<Token> t, int start, Lexicon lexicon) {
    for (int r = start - 1; r >= Math.max(3, start - 16); r--) {
      if (t.get(r).text().equals(".") || t.get(r).text().equals(";")) return -1;
      if (!t.get(r).is("who")) continue;
      boolean verbBetween = false;
      for (int k = r + 1; k < start; k++) verbBetween |= "VERB".equals(t.get(k).tag()) || "AUX".equals(t.get(k).tag());
      int head = t.get(r - 1).text().equals(",") ? r - 2 : r - 1;
      int of = head - 1;
      if (of >= 1 && "DET".equals(t.get(of).tag())) of--;
      if (!verbBetween || of < 1 || !t.get(of).is("of") || !lexicon.isRelation(t.get(of - 1).lower())) return -1;
      return Phrases.npStart(t, of - 1);
    }
    return -1;
  }
}
