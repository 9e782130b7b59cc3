package io.contraflow.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds where a statement is written inside its evidence sentence, so the page can mark it.
 *
 * <p>Evidence offsets in the records point into the article body, whose text the dashboard never receives, so the
 * span is found in the sentence itself: first the whole statement (ignoring case), then the longest run of at least
 * {@value #MIN_WORDS} of its consecutive words, because extracted statements are often lightly rephrased clauses.
 */
final class StatementLocator {

    static final int MIN_WORDS = 3;

    /** A span [start, end) of the sentence. */
    record Span(int start, int end) {
    }

    private StatementLocator() {
    }

    static Optional<Span> locate(String sentence, String statement) {
        if (sentence == null || statement == null || sentence.isBlank() || statement.isBlank()) {
            return Optional.empty();
        }
        String haystack = sentence.toLowerCase(Locale.ROOT);
        String needle = trimPunctuation(statement.strip()).toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        // toLowerCase can change the length of some characters; offsets are only trusted when it did not.
        boolean sameLength = haystack.length() == sentence.length();
        int at = haystack.indexOf(needle);
        if (at >= 0 && sameLength) {
            return Optional.of(new Span(at, at + needle.length()));
        }
        return sameLength ? longestWordRun(sentence, haystack, needle) : Optional.empty();
    }

    /** The first match of {@code statement} in {@code sentence} among several candidate statements. */
    static Optional<Span> locateAny(String sentence, List<String> statements) {
        Optional<Span> best = Optional.empty();
        for (String statement : statements) {
            Optional<Span> span = locate(sentence, statement);
            if (span.isPresent() && (best.isEmpty() || length(span.get()) > length(best.get()))) {
                best = span;
            }
        }
        return best;
    }

    private static int length(Span span) {
        return span.end() - span.start();
    }

    private static Optional<Span> longestWordRun(String sentence, String haystack, String needle) {
        List<String> words = words(needle);
        Span best = null;
        for (int from = 0; from < words.size(); from++) {
            // Grow the run while it still occurs in the sentence; words are joined the way the sentence joins them.
            Span found = null;
            for (int to = from + MIN_WORDS; to <= words.size(); to++) {
                Span span = findWords(sentence, haystack, words.subList(from, to));
                if (span == null) {
                    break;
                }
                found = span;
            }
            if (found != null && (best == null || length(found) > length(best))) {
                best = found;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Finds the words in order separated only by whitespace or punctuation in the lower-cased sentence. */
    private static Span findWords(String sentence, String haystack, List<String> words) {
        int searchFrom = 0;
        while (true) {
            int start = haystack.indexOf(words.get(0), searchFrom);
            if (start < 0) {
                return null;
            }
            int pos = start + words.get(0).length();
            boolean all = true;
            for (int i = 1; i < words.size() && all; i++) {
                int gap = pos;
                while (gap < haystack.length() && !Character.isLetterOrDigit(haystack.charAt(gap))) {
                    gap++;
                }
                if (gap == pos || !haystack.startsWith(words.get(i), gap)) {
                    all = false;
                } else {
                    pos = gap + words.get(i).length();
                }
            }
            if (all && isWordBoundary(haystack, start - 1) && isWordBoundary(haystack, pos)) {
                return new Span(start, pos);
            }
            searchFrom = start + 1;
        }
    }

    private static boolean isWordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmable(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || c == '.' || c == ',' || c == '"' || c == '\u201c' || c == '\u201d'
                || c == '\'' || c == ';' || c == ':';
    }
}
