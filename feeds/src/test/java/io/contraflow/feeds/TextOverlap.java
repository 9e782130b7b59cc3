package io.contraflow.feeds;

import java.util.Arrays;

/**
 * Character-level overlap of an extracted text with the true text: the two are aligned word by word (longest common
 * subsequence), and each aligned word counts its characters plus one for the space after it. Precision is the share
 * of extracted characters that are aligned, recall the share of true characters that are.
 */
public record TextOverlap(long matchedChars, long extractedChars, long expectedChars) {

    public static TextOverlap of(String extracted, String expected) {
        String[] a = words(extracted);
        String[] b = words(expected);
        int[][] lcs = new int[a.length + 1][b.length + 1];  // weighted by characters
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + a[i].length() + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return new TextOverlap(lcs[0][0], chars(a), chars(b));
    }

    public TextOverlap plus(TextOverlap other) {
        return new TextOverlap(matchedChars + other.matchedChars, extractedChars + other.extractedChars,
                expectedChars + other.expectedChars);
    }

    public double precision() {
        return extractedChars == 0 ? 0 : (double) matchedChars / extractedChars;
    }

    public double recall() {
        return expectedChars == 0 ? 0 : (double) matchedChars / expectedChars;
    }

    private static String[] words(String text) {
        String trimmed = HtmlText.collapse(text);
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    private static long chars(String[] words) {
        return Arrays.stream(words).mapToLong(w -> w.length() + 1).sum();
    }
}
