package io.contraflow.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps an in-process broker from flooding the console.
 *
 * <p>Kafka 4.3's server logs through the SLF4J API (compiled against 1.7, binary compatible with the 2.0 API the
 * application uses), so the application's binding decides. With slf4j-simple, a logger's level is read from the
 * system property {@code org.slf4j.simpleLogger.log.<name prefix>} when the logger is first created; setting these
 * before the broker's classes load makes its INFO chatter disappear while real warnings still show. A level the
 * user already set (for example {@code -Dorg.slf4j.simpleLogger.log.kafka=info}) is left alone. Other bindings
 * (logback, log4j2) ignore these properties and follow their own configuration.
 *
 * <p>The server's packages are listed one by one rather than all of {@code org.apache.kafka}, so the application's
 * own producers, consumers and Kafka Streams keep the level the application chose.
 */
final class QuietBrokerLogging {

    static final String SIMPLE_LOGGER_PREFIX = "org.slf4j.simpleLogger.log.";

    /** Logger name prefix -> level, for the loggers the broker and its controller write to. */
    static final Map<String, String> LEVELS = levels();

    private QuietBrokerLogging() {
    }

    private static Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        for (String logger : new String[] {
                "kafka",                                  // the Scala core: kafka.server, kafka.log, kafka.network, ...
                "state.change.logger",
                "org.apache.kafka.server",
                "org.apache.kafka.controller",
                "org.apache.kafka.raft",
                "org.apache.kafka.metadata",
                "org.apache.kafka.image",
                "org.apache.kafka.storage",
                "org.apache.kafka.snapshots",
                "org.apache.kafka.queue",
                "org.apache.kafka.coordinator",
                "org.apache.kafka.network",
                "org.apache.kafka.security",
                "org.apache.kafka.common.network",
                "org.apache.kafka.common.security",
                "org.apache.kafka.common.utils.AppInfoParser",
                // The broker prints its whole configuration through this logger (so do clients, which is noise too).
                "org.apache.kafka.common.config.AbstractConfig"}) {
            levels.put(logger, "warn");
        }
        // Warns "the metadata log appears to be empty" on every first start, which here is every start.
        levels.put("org.apache.kafka.controller.QuorumController", "error");
        return Map.copyOf(levels);
    }

    static void applyUnlessConfigured() {
        LEVELS.forEach((logger, level) -> {
            String property = SIMPLE_LOGGER_PREFIX + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, level);
            }
        });
    }
}
