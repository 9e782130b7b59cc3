package io.contraflow.benchmarks.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class LatencyBenchConfigTest {
  @Test
  void flagsUseDashesForTheDotsOfTheSettingNames() {
    LatencyBenchConfig c = LatencyBenchConfig.fromArgs(List.of("--articles", "240", "--commit-interval-ms", "50"));
    assertThat(c.articles()).isEqualTo(240);
    assertThat(c.commitIntervalMs()).isEqualTo(50);
    assertThat(c.processingGuarantee()).isEqualTo("exactly_once_v2");
  }

  @Test
  void anUnknownFlagIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> LatencyBenchConfig.fromArgs(List.of("--artcles", "240")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("--artcles").hasMessageContaining("--articles");
  }

  @Test
  void aFlagWithoutValueOrABadValueIsRejected() {
    assertThatThrownBy(() -> LatencyBenchConfig.fromArgs(List.of("--rate"))).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> LatencyBenchConfig.fromArgs(List.of("--articles", "1"))).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> LatencyBenchConfig.fromArgs(List.of("--processing-guarantee", "exactly_once")))
        .isInstanceOf(ConfigException.class);
  }
}
