package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.ContradictionKind;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Evidence;
import io.contraflow.schemas.Severity;
import io.contraflow.schemas.Side;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroJsonTest {
  static Contradiction contradiction() {
    Side a = new Side("origin: warehouse", List.of("Dana Okafor"), List.of("Dr Okafor"), List.of("the fire started in the warehouse"),
        List.of("Wrenfield Courier"), List.of("a1"), List.of(new Evidence("a1:0-10", "a1", "Dana Okafor", "She said so.", 0, 10)));
    Side b = new Side("origin: packaging hall", List.of("Tomas Brandt"), List.of(), List.of("it began in the packaging hall"),
        List.of("Valley Herald"), List.of("a2"), List.of());
    return new Contradiction("ctr-1", "evt-1", ContradictionKind.ATTRIBUTED_DISAGREEMENT, "where the fire started", a, b,
        0.75, Severity.HIGH, "They disagree.", Instant.parse("2031-05-14T11:15:00Z"), Instant.parse("2031-05-15T17:45:00Z"), 2,
        List.of("place:location"));
  }

  @Test
  void instantsAreIsoStringsEnumsAreNamesAndRecordsNest() {
    JsonNode json = AvroJson.toJson(contradiction());
    assertThat(json.get("firstSeen").asText()).isEqualTo("2031-05-14T11:15:00Z");
    assertThat(json.get("kind").asText()).isEqualTo("ATTRIBUTED_DISAGREEMENT");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.75);
    assertThat(json.get("revision").asInt()).isEqualTo(2);
    assertThat(json.get("sideA").get("claimants").get(0).asText()).isEqualTo("Dana Okafor");
    assertThat(json.get("sideA").get("evidence").get(0).get("charEnd").asInt()).isEqualTo(10);
  }

  @Test
  void bytesAreBase64AndMissingOptionalsAreNull() {
    DeadLetter letter = DeadLetter.newBuilder().setStage("deserialize").setReason("bad").setFailedAt(Instant.EPOCH)
        .setPayload(ByteBuffer.wrap(new byte[] {1, 2, 3})).build();
    JsonNode json = AvroJson.toJson(letter);
    assertThat(json.get("payload").asText()).isEqualTo("AQID");
    assertThat(json.get("topic").isNull()).isTrue();
  }

  @Test
  void selectedFieldsKeepTheirOrder() {
    assertThat(AvroJson.toJson(contradiction(), "revision", "id").fieldNames()).toIterable().containsExactly("revision", "id");
  }
}
