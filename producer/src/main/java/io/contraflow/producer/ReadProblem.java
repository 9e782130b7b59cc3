package io.contraflow.producer;

import java.util.Arrays;

/**
 * Why an input could not become an article. Each {@link ReadResult.Failed} reason starts with one of these labels,
 * so failures can be counted by kind while the reason itself still carries the detail a person needs.
 */
public enum ReadProblem {
    UNREADABLE_FILE("unreadable file"),
    EMPTY_BODY("empty body"),
    INVALID_UTF8("invalid UTF-8"),
    TOO_LARGE("article too large"),
    JSON_SYNTAX("JSON syntax error"),
    NOT_A_JSON_OBJECT("not a JSON object"),
    MISSING_BODY("missing body"),
    NOT_ARTICLE_TEXT("not article text");

    private final String label;

    ReadProblem(String label) {
        this.label = label;
    }

    /** The short phrase reports count by, e.g. "empty body". */
    public String label() {
        return label;
    }

    /** A full reason: the label, then the detail when there is one. */
    String reason(String detail) {
        return detail == null || detail.isBlank() ? label : label + ": " + detail;
    }

    /** The label a reason was built from, or the whole reason when it was written some other way. */
    static String labelOf(String reason) {
        return Arrays.stream(values())
                .map(ReadProblem::label)
                .filter(label -> reason.equals(label) || reason.startsWith(label + ": "))
                .findFirst()
                .orElse(reason);
    }
}
