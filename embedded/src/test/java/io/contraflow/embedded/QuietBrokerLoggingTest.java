package io.contraflow.embedded;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietBrokerLoggingTest {

    private static final String CORE = QuietBrokerLogging.SIMPLE_LOGGER_PREFIX + "kafka";
    private static final String RAFT = QuietBrokerLogging.SIMPLE_LOGGER_PREFIX + "org.apache.kafka.raft";

    @Test
    void aLevelTheUserChoseIsKeptAndTheOthersBecomeQuiet() {
        String core = System.getProperty(CORE);
        String raft = System.getProperty(RAFT);
        try {
            System.setProperty(CORE, "debug");
            System.clearProperty(RAFT);

            QuietBrokerLogging.applyUnlessConfigured();

            assertThat(System.getProperty(CORE)).isEqualTo("debug");
            assertThat(System.getProperty(RAFT)).isEqualTo("warn");
        } finally {
            restore(CORE, core);
            restore(RAFT, raft);
        }
    }

    @Test
    void theApplicationsOwnClientsAreNotSilenced() {
        assertThat(QuietBrokerLogging.LEVELS).doesNotContainKeys(
                "org.apache.kafka", "org.apache.kafka.clients", "org.apache.kafka.streams");
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
