package io.contraflow.cli;

import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.ContradictionKind;
import io.contraflow.schemas.Evidence;
import io.contraflow.schemas.Severity;
import io.contraflow.schemas.Side;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Contradictions about one invented event (a fire at a ferry terminal), written for the interoperability tests: each
 * of a different kind, with several claimants, evidence offsets and real timestamps, so that a client that decodes any
 * field wrongly is caught.
 */
final class InteropContradictions {
    static final String EVENT_ID = "evt-harbour-terminal-fire";
    private static final Instant FIRST_REPORT = Instant.parse("2026-03-14T06:41:09.250Z");

    private InteropContradictions() {
    }

    /** Three contradictions, as the streams application would emit them. */
    static List<Contradiction> emittedByContraflow() {
        return List.of(injuredFigures(), cause(), evacuationOrder());
    }

    /** A fourth one, for the other client to write. */
    static Contradiction writtenByOtherClient() {
        return Contradiction.newBuilder()
                .setId("ctr-terminal-fire-reopening-revision")
                .setEventId(EVENT_ID)
                .setKind(ContradictionKind.REVISION)
                .setTopic("reopening date")
                .setSideA(side("reopening: 20 March", List.of("Port Authority"),
                        "The terminal will reopen on 20 March, the Port Authority said.", "Harbour Gazette", "art-gazette-2"))
                .setSideB(side("reopening: early April", List.of("Port Authority", "Transport Minister Ilse Varga"),
                        "Repairs will keep the terminal closed until early April, the Port Authority now says.",
                        "Coastline Radio", "art-coastline-3"))
                .setConfidence(0.64)
                .setSeverity(Severity.LOW)
                .setExplanation("The Port Authority first gave 20 March for the reopening and later early April.")
                .setFirstSeen(FIRST_REPORT.plusSeconds(86_400))
                .setLastUpdated(FIRST_REPORT.plusSeconds(90_061).plusMillis(5))
                .setRevision(2)
                .build();
    }

    /** The record in Avro's JSON encoding (plain JSON here, as Contradiction has no unions). */
    static String toAvroJson(Contradiction contradiction) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SpecificData model = SpecificData.getForClass(Contradiction.class);
            Encoder encoder = EncoderFactory.get().jsonEncoder(Contradiction.getClassSchema(), out);
            new SpecificDatumWriter<Contradiction>(Contradiction.getClassSchema(), model).write(contradiction, encoder);
            encoder.flush();
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Contradiction injuredFigures() {
        return Contradiction.newBuilder()
                .setId("ctr-terminal-fire-injured-figures")
                .setEventId(EVENT_ID)
                .setKind(ContradictionKind.NUMERIC_DISCREPANCY)
                .setTopic("people injured")
                .setSideA(side("injured: 12", List.of("Harbour Fire Service"),
                        "Twelve people were taken to hospital, the Harbour Fire Service said.", "Harbour Gazette",
                        "art-gazette-1"))
                .setSideB(side("injured: 31", List.of("Mayor Tomas Greer", "St. Brigid's Hospital"),
                        "Thirty-one people were treated for smoke inhalation, Mayor Tomas Greer told reporters.",
                        "Coastline Radio", "art-coastline-1"))
                .setConfidence(0.91)
                .setSeverity(Severity.HIGH)
                .setExplanation("The fire service counts 12 injured while the mayor and the hospital report 31.")
                .setFirstSeen(FIRST_REPORT)
                .setLastUpdated(FIRST_REPORT.plusSeconds(5_400))
                .setRevision(3)
                .build();
    }

    private static Contradiction cause() {
        return Contradiction.newBuilder()
                .setId("ctr-terminal-fire-cause-denial")
                .setEventId(EVENT_ID)
                .setKind(ContradictionKind.DENIAL)
                .setTopic("cause of the fire")
                .setSideA(side("cause: faulty wiring in the ticket hall", List.of("Harbour Fire Service"),
                        "Investigators believe faulty wiring in the ticket hall started the fire.", "Harbour Gazette",
                        "art-gazette-1"))
                .setSideB(side("not faulty wiring", List.of("Northline Ferries"),
                        "Northline Ferries denied that the wiring was at fault, saying it was inspected in January.",
                        "The Northern Wire", "art-wire-1"))
                .setConfidence(0.78)
                .setSeverity(Severity.MEDIUM)
                .setExplanation("The fire service blames the wiring; the ferry operator denies it.")
                .setFirstSeen(FIRST_REPORT.plusSeconds(3_600))
                .setLastUpdated(FIRST_REPORT.plusSeconds(3_600))
                .setRevision(1)
                .build();
    }

    private static Contradiction evacuationOrder() {
        return Contradiction.newBuilder()
                .setId("ctr-terminal-fire-evacuation-dispute")
                .setEventId(EVENT_ID)
                .setKind(ContradictionKind.ATTRIBUTED_DISAGREEMENT)
                .setTopic("when the evacuation was ordered")
                .setSideA(side("evacuation ordered within minutes", List.of("Northline Ferries"),
                        "Staff ordered the evacuation within four minutes of the alarm, the company said.",
                        "The Northern Wire", "art-wire-1"))
                .setSideB(side("evacuation ordered late", List.of("Dock Workers' Union", "Councillor Ada Fenn"),
                        "Passengers waited nearly twenty minutes before anyone told them to leave, the union said.",
                        "Coastline Radio", "art-coastline-2"))
                .setConfidence(0.83)
                .setSeverity(Severity.HIGH)
                .setExplanation("The operator says it evacuated at once; the union and a councillor say it waited.")
                .setFirstSeen(FIRST_REPORT.plusSeconds(7_200))
                .setLastUpdated(FIRST_REPORT.plusSeconds(9_000).plusMillis(999))
                .setRevision(1)
                .build();
    }

    private static Side side(String position, List<String> claimants, String sentence, String source, String articleId) {
        int start = 112;
        List<Evidence> evidence = claimants.stream()
                .map(claimant -> Evidence.newBuilder()
                        .setClaimId(articleId + "#" + claimant.toLowerCase().replaceAll("[^a-z]+", "-"))
                        .setArticleId(articleId)
                        .setClaimant(claimant)
                        .setSentence(sentence)
                        .setCharStart(start)
                        .setCharEnd(start + sentence.length())
                        .build())
                .toList();
        return Side.newBuilder()
                .setPosition(position)
                .setClaimants(claimants)
                .setStatements(List.of(sentence))
                .setSources(List.of(source))
                .setArticles(List.of(articleId))
                .setEvidence(evidence)
                .build();
    }
}
