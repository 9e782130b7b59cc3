package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A participle of saying right after a cue's object, with no comma: "denied the presence of troops at the scene
 * saying the videos were doctored", "denied having a hand in it saying he had no such power". It opens the subject's
 * next remark: the cue's content ends before it, and the participle speaks for the cue's speaker, not for the noun
 * before it. After a statement or a document the participle is that statement's ("issued a statement saying P",
 * "denied a report saying P"), and stays inside.
 */
final class TrailingParticiples {
  private TrailingParticiples() {}

  private static final Set<String> SAYING = Set.of("saying", "claiming", "insisting", "arguing", "adding", "alleging", "noting",
      "stressing", "explaining", "maintaining");
  /** Nouns a participle of saying may describe: what was written, posted, filed or shown. */
  private static final Set<String> CARRIERS = Set.of("statement", "statements", "report", "reports", "letter", "letters", "post",
      "posts", "tweet", "tweets", "message", "messages", "note", "notes", "document", "documents", "video", "videos", "footage",
      "release", "communique", "email", "emails", "memo", "leaflet", "leaflets", "banner", "banners", "sign", "signs", "placard",
      "placards", "notice", "order", "ruling", "judgment", "judgement", "verdict", "petition", "complaint", "lawsuit", "suit",
      "motion", "filing", "affidavit", "study", "paper", "article", "story", "stories", "headline", "headlines", "update",
      "image", "images", "photo", "photos", "clip", "clips", "recording", "recordings", "audio", "broadcast", "interview",
      "speech", "address", "briefing", "conference", "page", "website", "account", "accounts", "channel", "text", "texts");

  /** The word at {@code k} is such a participle. */
  static boolean opensAt(List<Token> t, int k) {
    if (k == 0 || k + 1 >= t.size() || !SAYING.contains(t.get(k).lower())) return false;
    Token before = t.get(k - 1);
    if (!"NOUN".equals(before.tag()) && !"PROPN".equals(before.tag())) return false;
    if (CARRIERS.contains(before.lower()) || Lexicon.CLAIM_NOUNS.contains(before.lower())) return false;
    // (A cue's object before it, in the same clause: "Despite Kessa Front claiming responsibility" has none.)
    for (int c = k - 2; c >= Math.max(0, k - 15) && !t.get(c).text().equals(","); c--) if (Phrases.cueLemma(t, c) != null) return true;
    // "sent a letter to the Security Council saying P": the letter says it, not the body it went to.
    for (int c = k - 2; c >= Math.max(1, k - 8) && !t.get(c).text().equals(","); c--) {
      if (t.get(c).is("to") && CARRIERS.contains(t.get(c - 1).lower())) return true;
    }
    return false;
  }
}
