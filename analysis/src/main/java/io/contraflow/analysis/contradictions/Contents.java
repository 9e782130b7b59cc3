package io.contraflow.analysis.contradictions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Content words of claim texts, and whether two texts state the same proposition. */
final class Contents {
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "by",
      "with", "from", "that", "this", "was", "were", "is", "are", "be", "been", "has", "have", "had", "it", "its", "as", "not", "no",
      "any", "never", "their", "they", "them", "he", "she", "his", "her", "we", "our", "i", "would", "could", "should", "will", "did",
      "do", "does", "there", "said", "says", "say", "also", "who", "which", "what", "when", "about", "after", "but", "than", "then",
      "into", "over", "out", "up", "more", "most", "such", "these", "those", "all", "some", "other", "only", "very", "can", "may",
      "might", "must", "being", "if", "so", "because", "while", "where", "how", "why", "accusation", "accusations", "allegation",
      "allegations", "claim", "claims", "report", "reports", "according", "told", "added", "statement");

  // Compiled once: words() runs for every claim of an event on every article that joins it.
  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern INFLECTION = java.util.regex.Pattern.compile("(ing|ed|es|s)$");

  private Contents() {}

  /** Narrower word (as written) to the broad word it implies ({@code lexicon/hypernyms.txt}). */
  private static final java.util.Map<String, List<String>> BROADER = loadHypernyms();
  /** Irregular past form to its verb ({@code lexicon/irregular-verbs.txt}). */
  private static final java.util.Map<String, String> BASE_OF_PAST = loadIrregularVerbs();

  private static java.util.Map<String, String> loadIrregularVerbs() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (java.util.Map.Entry<String, List<String>> e : loadGroups("/lexicon/irregular-verbs.txt").entrySet()) {
      for (String past : e.getValue()) out.put(past, e.getKey());
    }
    return java.util.Map.copyOf(out);
  }

  /**
   * Lower-case content words with common inflections trimmed, so "downed"/"downing" and "missile"/"missiles" meet;
   * a narrower word brings its broad word too ("killed" also counts as "harm").
   */
  static Set<String> words(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() < 3 || FUNCTION_WORDS.contains(w)) continue;
      // An irregular past stands for its verb, once: "ran" meets "run", "shot" meets "shooting".
      String base = BASE_OF_PAST.get(w);
      if (base == null) base = SAME_AS.get(w);
      out.add(stem(base != null ? base : w));
      for (String broad : BROADER.getOrDefault(w, List.of())) out.add(stem(broad));
    }
    return out;
  }

  /**
   * Words news uses for one another where a denial and an accusation meet: "troops did not" answers "forces had";
   * "the protestors' entry" is the protesters', however spelt, and the demonstrators are they.
   */
  private static final java.util.Map<String, String> SAME_AS = java.util.Map.of("troops", "forces", "troop", "forces", "soldiers", "forces",
      "protestors", "protesters", "protestor", "protester", "demonstrators", "protesters", "demonstrator", "protester");

  /** Inflections trimmed, and a doubled final consonant halved, so "controlled" and "control" meet. */
  private static String stem(String w) {
    String s = INFLECTION.matcher(w).replaceAll("");
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiou".indexOf(s.charAt(n - 1)) < 0) s = s.substring(0, n - 1);
    return s;
  }

  private static java.util.Map<String, List<String>> loadHypernyms() {
    java.util.Map<String, List<String>> out = new java.util.HashMap<>();
    for (java.util.Map.Entry<String, List<String>> e : loadGroups("/lexicon/hypernyms.txt").entrySet()) {
      // Only single words: a content is split into words before the look-up.
      for (String narrow : e.getValue()) if (!narrow.contains(" ")) out.computeIfAbsent(narrow, k -> new java.util.ArrayList<>()).add(e.getKey());
    }
    return java.util.Map.copyOf(out);
  }

  /** A lexicon of "head | member, member" lines: each head with its members, lower case as written. */
  private static java.util.Map<String, List<String>> loadGroups(String path) {
    java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    try (var in = Contents.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException(path.substring(1) + " is missing from the classpath");
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] parts = line.split("\\|", 2);
        List<String> members = out.computeIfAbsent(parts[0].strip(), k -> new java.util.ArrayList<>());
        for (String member : parts[1].split(",")) members.add(member.strip());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** At least two of {@code own}'s words are in {@code said}, and at least half of them. */
  static boolean mostOf(Set<String> own, Set<String> said) {
    int shared = 0;
    for (String w : own) if (said.contains(w)) shared++;
    return shared >= 2 && shared * 2 >= own.size();
  }

  /** {@code words} without {@code removed}. */
  static Set<String> without(Set<String> words, Set<String> removed) {
    Set<String> out = new TreeSet<>(words);
    out.removeAll(removed);
    return out;
  }

  /** At least three shared content words, and at least {@code share} of the shorter text's. */
  static boolean overlap(Set<String> a, Set<String> b, double share) {
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return shared >= 3 && shared >= share * Math.min(a.size(), b.size());
  }

  private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:;|,?\\s+and that\\b|,?\\s+but\\b|,\\s+while\\b|,\\s+whereas\\b"
      // ("It is not the crew who lied, it is the owner": the cleft's second half names who is, and denies nothing.)
      + "|,\\s+(?=it\\s+(?:is|was)\\s))\\s*");
  private static final java.util.regex.Pattern NEGATOR = java.util.regex.Pattern.compile("(?i)\\b(?:not|no|never|nothing|none|n't)\\b|n't\\b");

  /**
   * The clauses of a content that say something is not so ("the bullet was not damaged" of "the bullet was not
   * damaged and that its inquiry showed ..."), or the whole content when none does (a denying verb denies all of it).
   */
  static List<String> deniedClauses(String content) {
    return DENIED_CLAUSES.get(content);
  }

  /** Read once per content: every denial of an event is compared again on each of its articles. */
  private static final PureMemo<String, List<String>> DENIED_CLAUSES = new PureMemo<>(20_000, Contents::readDeniedClauses);

  private static List<String> readDeniedClauses(String content) {
    List<String> negated = new java.util.ArrayList<>();
    for (String clause : CLAUSE_BREAK.split(content)) {
      if (!NEGATOR.matcher(clause).find()) continue;
      // "the deaths were not due to the use of pepper spray" denies that pepper spray caused them, whatever was said to
      // be due to it: the cause, with the word that makes it one, is what is denied.
      java.util.regex.Matcher cause = NOT_THE_CAUSE.matcher(clause);
      negated.add(cause.find() ? "cause " + cause.group(1) : clause);
    }
    return negated.isEmpty() ? java.util.List.of(content) : java.util.List.copyOf(negated);
  }

  private static final java.util.regex.Pattern NOT_THE_CAUSE = java.util.regex.Pattern.compile("(?i)\\b(?:not|n't|never)\\s+(?:\\w+ly\\s+)?(?:due\\s+to|caused\\s+by|"
      + "because\\s+of|the\\s+result\\s+of|a\\s+result\\s+of)\\s+(.{3,80})$");

  /** A content clipped to {@code max} characters at a word boundary. */
  static String clip(String s, int max) {
    String one = s.replace('\n', ' ').strip();
    if (one.length() <= max) return one;
    int cut = one.lastIndexOf(' ', max);
    return one.substring(0, cut > max / 2 ? cut : max) + "…";
  }
}
