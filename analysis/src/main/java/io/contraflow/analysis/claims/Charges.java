package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an accusation charges, when it is not the deed the story is about: what was said ("of lying", "of spreading
 * disinformation"), an agreement broken ("accused each other of violating the truce") or a cover-up ("of hiding the
 * true toll"). Such a charge blames no one
 * for the event.
 */
public final class Charges {
  /** Charges of speech rather than deed: "of lying", "of 'maximum deceit'", "of spreading disinformation". */
  private static final Pattern SPEECH_CHARGE = Pattern.compile("(?i)\\W*(?:\\w+\\s+){0,2}?(?:deceit|deception|lying|lies|hypocrisy|"
      + "propaganda|disinformation|misinformation|falsehoods?|slander|smears?|double standards|hysteria|spreading|"
      // ("of making exaggerated claims", "of inflating the figures", "of fabricating the story")
      + "exaggerat\\w*|fabricat\\w*|inflating|falsifying|claims|allegations)\\b");
  /** "of violating the truce", "of breaching a grain deal": a charge of breaking an agreement. */
  private static final Pattern AGREEMENT_CHARGE = Pattern.compile("(?i)\\W*(?:\\w+\\s+){0,2}?(?:violat|breach|break|broke|undermin|"
      + "flout)\\w*\\s+(?:[\\w.'’-]+\\s+){0,5}?(?:deal|ceasefire|cease-fire|truce|agreement|accord|treaty|moratorium|arrangement)\\b");
  /** "of covering up the true toll", "of hiding evidence": a charge of concealing what happened, not of doing it. */
  private static final Pattern COVER_UP_CHARGE = Pattern.compile("(?i)\\W*(?:\\w+\\s+){0,2}?(?:covering\\s+up|cover(?:ed)?[- ]up|"
      + "concealing|hiding|suppressing|withholding|downplaying|understating|under-?reporting|under-?counting)\\b");
  /** "had violated the ceasefire", "broke the truce": an agreement broken, told as a deed of the clause's subject. */
  static final Pattern BREACH = Pattern.compile("(?i)\\b(?:violated|breached|broke|broken)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?"
      + "(?:[\\w-]+\\s+){0,2}?(?:ceasefire|cease-fire|truce|deal|agreement|accord|armistice)\\b");
  private static final Pattern CHARGED_WITH = Pattern.compile("\\s(?:of|for|over|with|on charges)\\b");

  private Charges() {}

  /** The words of a charge (what follows "of" or "for") name speech or a broken agreement, not a deed. */
  static boolean another(String charge) {
    return SPEECH_CHARGE.matcher(charge).lookingAt() || AGREEMENT_CHARGE.matcher(charge).lookingAt()
        || COVER_UP_CHARGE.matcher(charge).lookingAt();
  }

  /** The words of a charge name an agreement broken: "of violating the truce", "of breaching a grain deal". */
  static boolean agreement(String charge) {
    return AGREEMENT_CHARGE.matcher(charge).lookingAt();
  }

  /** An accusation's content charges breaking an agreement: "each other of violating the ceasefire". */
  public static boolean agreementMatter(String content) {
    String spaced = " " + content;
    Matcher of = CHARGED_WITH.matcher(spaced);
    return of.find() && agreement(spaced.substring(of.end()));
  }

  /**
   * An accusation's content charges something other than the deed: "each other of violating the truce", "the envoy
   * of lying". Reciprocal accusations are read apart from {@link PropositionReader#blame}, and ask this of their charge.
   */
  public static boolean anotherMatter(String content) {
    String spaced = " " + content;
    Matcher of = CHARGED_WITH.matcher(spaced);
    return of.find() && another(spaced.substring(of.end()));
  }
}
