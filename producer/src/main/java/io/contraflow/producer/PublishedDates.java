package io.contraflow.producer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the publication dates articles come with: ISO-8601 instants and offset date-times, plain dates, RFC 1123. */
public final class PublishedDates {

    private static final List<Function<String, Instant>> FORMATS = List.of(
            Instant::parse,                                                          // 2024-03-26T10:15:00Z
            text -> OffsetDateTime.parse(text).toInstant(),                          // 2024-03-26T13:15:00+03:00
            text -> ZonedDateTime.parse(text).toInstant(),                           // ...+01:00[Europe/Paris]
            text -> LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(),  // 2024-03-26, taken as UTC
            text -> ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()); // Tue, 26 Mar 2024 10:15:00 GMT

    private PublishedDates() {
    }

    /** The instant the text names, or empty when it is in none of the accepted formats. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (Function<String, Instant> format : FORMATS) {
            try {
                return Optional.of(format.apply(trimmed));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    static String acceptedFormats() {
        return "ISO-8601 instant or offset date-time, yyyy-MM-dd, or RFC 1123";
    }
}
