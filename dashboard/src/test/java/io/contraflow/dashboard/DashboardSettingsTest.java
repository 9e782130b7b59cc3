package io.contraflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DashboardSettingsTest {

    @Test
    void defaultsToLocalhost8080AndThePipelineTopics() {
        DashboardSettings settings = new DashboardSettings(Map.of());

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.topics()).isEqualTo(new DashboardTopics("events", "contradictions", "claims"));
    }

    @Test
    void rejectsAPortOutOfRangeNamingTheSetting() {
        assertThatThrownBy(() -> new DashboardSettings(Map.of(DashboardSettings.PORT, "70000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("dashboard.port");
    }

    @Test
    void explainsWhenThePortIsTaken() {
        try (DashboardServer first = DashboardServer.start("127.0.0.1", 0, new TopicViews())) {
            assertThatThrownBy(() -> DashboardServer.start("127.0.0.1", first.port(), new TopicViews()))
                    .hasMessageContaining("could not listen on 127.0.0.1:" + first.port())
                    .hasMessageContaining("dashboard.port");
        }
    }
}
