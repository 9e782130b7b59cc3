package io.contraflow.analysis.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name glued by a hyphen to a participle modifies the noun after it: in "the Ostria-held health ministry", "a
 * Vell-based monitor" or "Ostria-backed militias" the speaker or doer is the ministry, the monitor, the militias, and
 * the name only says who holds, hosts or backs them. Such a name is no mention of its own. An official a power
 * installed ("the Kremlin-installed governor") is the exception: he speaks for it, and the speaker phrase keeps the
 * installer ({@link #installedBy}). Both are read here, where the hyphenated modifiers are.
 */
public final class ModifierNames {
  /**
   * The participles that make the name a sponsor, owner or seat. Not "led" ("Saudi-led forces": the leader acts), nor
   * "installed" or "appointed" (an official put in place speaks for who put him there).
   */
  private static final Set<String> SPONSOR_WORDS = Set.of("run", "controlled", "backed", "funded", "owned", "based", "held",
      "affiliated", "aligned", "allied", "linked", "sponsored", "supported", "financed", "operated", "administered", "dominated",
      "headquartered");

  private ModifierNames() {}

  /** One token such as "Kessa-controlled": a capitalised name, a hyphen, a participle in lower case. */
  public static boolean compound(String token) {
    int hyphen = token.lastIndexOf('-');
    return hyphen > 0 && hyphen < token.length() - 2 && Character.isUpperCase(token.charAt(0)) && participle(token.substring(hyphen + 1));
  }

  /**
   * The name that ends before {@code j} is followed by a glued hyphen and a participle, which the tokenizer gives as
   * one token or two ("Vell" "-run", "Vell" "-" "based").
   */
  public static boolean modifies(List<Token> t, int j) {
    if (j <= 0 || j >= t.size() || t.get(j).start() != t.get(j - 1).end() || !t.get(j).text().startsWith("-")) return false;
    String tail = t.get(j).text().substring(1);
    if (!tail.isEmpty()) return participle(tail);
    return j + 1 < t.size() && t.get(j + 1).start() == t.get(j).end() && participle(t.get(j + 1).text());
  }

  private static boolean participle(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && SPONSOR_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Officials an outside power put in place speak for it: "the Kremlin-installed governor", "a Russian-appointed mayor". */
  private static final Set<String> INSTALLED = Set.of("installed", "appointed", "imposed");

  /** The lower-case end of "Qatar-based", "state-run" at {@code k}, glued by a hyphen to the word before it. */
  public static boolean gluedModifier(List<Token> t, int k) {
    return k >= 2 && !t.get(k).capitalized() && hyphenBefore(t, k);
  }

  /** The participle of "Kremlin-installed" at {@code k}, glued by a hyphen to the installer before it. */
  public static boolean installedBy(List<Token> t, int k) {
    return k >= 2 && INSTALLED.contains(t.get(k).lower()) && hyphenBefore(t, k);
  }

  /** A hyphen token at {@code k - 1}, glued to the words on both sides of it. */
  private static boolean hyphenBefore(List<Token> t, int k) {
    Token hyphen = t.get(k - 1);
    return hyphen.text().equals("-") && hyphen.end() == t.get(k).start() && t.get(k - 2).end() == hyphen.start();
  }
}
