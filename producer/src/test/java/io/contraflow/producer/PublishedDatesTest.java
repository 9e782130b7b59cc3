package io.contraflow.producer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2031-05-04T08:30:00Z              | 2031-05-04T08:30:00Z",
            "2031-05-04T11:30:00+03:00         | 2031-05-04T08:30:00Z",
            "2031-05-04T10:30:00+02:00[Europe/Paris] | 2031-05-04T08:30:00Z",
            "2031-05-04                        | 2031-05-04T00:00:00Z",
            "Sun, 4 May 2031 08:30:00 GMT      | 2031-05-04T08:30:00Z",
            "Sun, 04 May 2031 10:30:00 +0200   | 2031-05-04T08:30:00Z",
    })
    void acceptsTheDocumentedFormats(String text, String expected) {
        assertThat(PublishedDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "04/05/2031", "2031-13-40", " "})
    void rejectsOthers(String text) {
        assertThat(PublishedDates.parse(text)).isEmpty();
    }
}
