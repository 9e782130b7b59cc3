package io.contraflow.producer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLineReaderTest {

    @Test
    void splitsOnNewlinesDroppingCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        assertThat(lines("one\r\ntwo\n\nthree", 100)).containsExactly("one", "two", "", "three");
    }

    @Test
    void keepsAtMostTheLimitButReportsTheFullLength() throws IOException {
        String longLine = "x".repeat(200_000);  // longer than the 64 KB read buffer
        try (BoundedLineReader reader = reader(longLine + "\nshort\n", 1000)) {
            BoundedLineReader.Line first = reader.next();
            assertThat(first.fullLength()).isEqualTo(200_000);
            assertThat(first.tooLong(1000)).isTrue();
            assertThat(first.length()).isEqualTo(1000);
            BoundedLineReader.Line second = reader.next();
            assertThat(second.number()).isEqualTo(2);
            assertThat(new String(second.bytes(), 0, second.length(), StandardCharsets.UTF_8)).isEqualTo("short");
            assertThat(second.tooLong(1000)).isFalse();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aLineExactlyAtTheLimitFitsEvenWithACarriageReturn() throws IOException {
        try (BoundedLineReader reader = reader("abcde\r\n", 5)) {
            BoundedLineReader.Line line = reader.next();
            assertThat(line.tooLong(5)).isFalse();
            assertThat(line.length()).isEqualTo(5);
        }
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertThat(lines("", 10)).isEmpty();
    }

    private static List<String> lines(String text, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BoundedLineReader reader = reader(text, max)) {
            BoundedLineReader.Line line;
            while ((line = reader.next()) != null) {
                lines.add(new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static BoundedLineReader reader(String text, int max) {
        return new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }
}
