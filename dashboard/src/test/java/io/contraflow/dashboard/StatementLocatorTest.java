package io.contraflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementLocatorTest {

    private static String marked(String sentence, String statement) {
        return StatementLocator.locate(sentence, statement)
                .map(s -> sentence.substring(s.start(), s.end())).orElse(null);
    }

    @Test
    void findsTheStatementIgnoringCaseAndTrailingPunctuation() {
        assertThat(marked("Officials said The Ferry Sank near the pier.", "the ferry sank near the pier."))
                .isEqualTo("The Ferry Sank near the pier");
    }

    @Test
    void marksTheLongestRunOfWordsWhenTheStatementIsRephrased() {
        String sentence = "According to the mayor, at least twelve people were rescued from the river on Sunday.";
        assertThat(marked(sentence, "twelve people were rescued from the river"))
                .isEqualTo("twelve people were rescued from the river");
        assertThat(marked(sentence, "some 12 people were rescued from the river by divers"))
                .isEqualTo("people were rescued from the river");
    }

    @Test
    void doesNotMatchInsideLongerWordsOrFewerThanThreeWords() {
        assertThat(marked("The strikers kill time at the gate.", "striker kill time")).isNull();
        assertThat(marked("The bridge is closed.", "bridge closed")).isNull();
        assertThat(marked("", "anything")).isNull();
        assertThat(marked("Something.", null)).isNull();
    }

    @Test
    void prefersTheLongestMatchAmongStatements() {
        String sentence = "He said the port reopened on Monday after the storm passed.";
        assertThat(StatementLocator.locateAny(sentence, List.of("the port reopened", "the port reopened on Monday")))
                .hasValueSatisfying(s -> assertThat(sentence.substring(s.start(), s.end()))
                        .isEqualTo("the port reopened on Monday"));
    }
}
