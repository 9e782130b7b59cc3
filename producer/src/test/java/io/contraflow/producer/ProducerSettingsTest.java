package io.contraflow.producer;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProducerSettingsTest {

    @Test
    void defaults() {
        ProducerSettings settings = new ProducerSettings(Map.of());

        assertThat(settings.maxArticleBytes()).isEqualTo(1_048_576 - 1_024);
        assertThat(settings.articlesTopic()).isEqualTo("articles");
        assertThat(settings.deadLetterTopic()).isEqualTo("articles-dlq");
        assertThat(settings.progressBar()).isEqualTo(ProducerSettings.ProgressBar.AUTO);
    }

    @Test
    void kafkaConfigHasTheTunedDefaultsTheCallersSettingsAndNoneOfOurs() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", "127.0.0.1:9092");
        properties.put("linger.ms", "25");
        properties.put("articles.topic", "news");
        properties.put("progress.bar", "OFF");

        ProducerSettings settings = new ProducerSettings(properties);
        Map<String, Object> kafka = settings.kafkaProducerConfig();

        assertThat(settings.articlesTopic()).isEqualTo("news");
        assertThat(settings.progressBar()).isEqualTo(ProducerSettings.ProgressBar.OFF);
        assertThat(kafka).containsEntry("bootstrap.servers", "127.0.0.1:9092")
                .containsEntry("linger.ms", "25")
                .containsEntry("enable.idempotence", true)
                .containsEntry("acks", "all")
                .containsEntry("batch.size", 262_144)
                .doesNotContainKeys("articles.topic", "progress.bar", "max.article.bytes", "dead.letter.topic");
    }

    @Test
    void rejectsBadValuesWithTheSettingsName() {
        assertThatThrownBy(() -> new ProducerSettings(Map.of("progress.bar", "sometimes")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("progress.bar");
        assertThatThrownBy(() -> new ProducerSettings(Map.of("max.article.bytes", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("max.article.bytes");
    }

    @Test
    void everySettingIsDocumented() {
        assertThat(ProducerSettings.CONFIG_DEF.configKeys().values())
                .allSatisfy(key -> assertThat(key.documentation).isNotBlank());
    }
}
