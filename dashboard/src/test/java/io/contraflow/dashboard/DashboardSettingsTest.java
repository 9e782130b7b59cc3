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

    /** Issue 12, defect 10: listening on every interface, the dashboard says an address others can use, not 127.0.0.1. */
    @Test
    void onEveryInterfaceTheUrlNamesThisMachine() throws Exception {
        try (DashboardServer server = DashboardServer.start(new DashboardSettings(Map.of(
                DashboardSettings.HOST, "0.0.0.0", DashboardSettings.PORT, "0",
                DashboardSettings.BOOTSTRAP_SERVERS, "127.0.0.1:1", DashboardSettings.SCHEMA_REGISTRY_URL, "mock://url-test")))) {
            String machine = java.net.InetAddress.getLocalHost().getHostName().toLowerCase(java.util.Locale.ROOT);
            org.assertj.core.api.Assertions.assertThat(server.url()).isEqualTo("http://" + machine + ":" + server.port() + "/");
            org.assertj.core.api.Assertions.assertThat(server.listensEverywhere()).isTrue();
        }
    }
}
