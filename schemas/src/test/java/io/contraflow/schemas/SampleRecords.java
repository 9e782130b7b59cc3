package io.contraflow.schemas;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** One fully populated instance of every top-level record type, with invented content, for serde tests. */
public final class SampleRecords {

    /** Millisecond precision: timestamp-millis keeps no more. */
    public static final Instant PUBLISHED = Instant.parse("2025-04-02T09:30:00.123Z");

    private SampleRecords() {
    }

    public static Article article() {
        return Article.newBuilder()
                .setId("https://example.org/news/bridge-closure")
                .setTitle("Harbour bridge closed after cracks found")
                .setBody("The city closed the harbour bridge on Tuesday.\n\nEngineers said repairs would take \"weeks\"; é ü ✓.")
                .setSource("Example Gazette")
                .setUrl("https://example.org/news/bridge-closure")
                .setPublishedAt(PUBLISHED)
                .setIngestedAt(PUBLISHED.plusSeconds(42))
                .setOrigin("file:bridge.txt")
                .build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setStage("deserialize")
                .setReason("Record starts with byte 0x7b, not the magic byte")
                .setTopic("articles").setPartition(0).setOffset(17L).setKey("k-1")
                .setPayload(java.nio.ByteBuffer.wrap(new byte[] {0x7b, 0x22, 0x00, (byte) 0xff}))
                .setFailedAt(PUBLISHED)
                .build();
    }

    public static Claim claim() {
        return Claim.newBuilder()
                .setId("claim-1").setArticleId("article-1").setSource("Example Gazette")
                .setPublishedAt(PUBLISHED)
                .setClaimant("Harbour Authority").setClaimantType(ClaimantType.ORGANIZATION)
                .setClaimantMention("the authority").setClaimantRole("operator")
                .setCue("said").setContent("repairs would take three weeks")
                .setSubject("repairs").setPredicate("take")
                .setArguments(Map.of("duration", "three weeks"))
                .setPolarity(Polarity.DENIED).setModality(Modality.HEDGED)
                .setQuantities(List.of(Quantity.newBuilder().setText("three weeks").setValue(3.0).setLow(2.0)
                        .setHigh(4.0).setUnit("week").build()))
                .setReported(ReportedDisagreement.newBuilder().setChallenger("Union").setChallenged("Harbour Authority")
                        .setRelation("disputes").setAbout("duration").build())
                .setSentence("The authority said repairs would take three weeks.")
                .setSentenceIndex(2).setCharStart(10).setCharEnd(60)
                .build();
    }

    public static Event event() {
        return Event.newBuilder()
                .setEventId("event-1").setTitle("Harbour bridge closure")
                .setFirstSeen(PUBLISHED).setLastSeen(PUBLISHED.plusSeconds(3600))
                .setArticleCount(2).setArticles(List.of("article-1", "article-2"))
                .setSources(List.of("Example Gazette", "Sample Times"))
                .setKeyTerms(List.of("bridge", "harbour"))
                .setLastAssignment(EventAssignment.newBuilder().setArticleId("article-2").setEventId("event-1")
                        .setNewEvent(false).setSimilarity(0.82).setAssignedAt(PUBLISHED.plusSeconds(3600)).build())
                .build();
    }

    public static Contradiction contradiction() {
        Side sideA = Side.newBuilder().setPosition("duration: 3 weeks").setClaimants(List.of("Harbour Authority"))
                .setStatements(List.of("repairs would take three weeks")).setSources(List.of("Example Gazette"))
                .setArticles(List.of("article-1"))
                .setEvidence(List.of(Evidence.newBuilder().setClaimId("claim-1").setArticleId("article-1")
                        .setClaimant("Harbour Authority").setSentence("Repairs would take three weeks.")
                        .setCharStart(10).setCharEnd(60).build()))
                .build();
        Side sideB = Side.newBuilder().setPosition("duration: 6 months").setClaimants(List.of("Union"))
                .setStatements(List.of("repairs could last six months")).setSources(List.of("Sample Times"))
                .setArticles(List.of("article-2"))
                .build();
        return Contradiction.newBuilder()
                .setId("contradiction-1").setEventId("event-1").setKind(ContradictionKind.NUMERIC_DISCREPANCY)
                .setTopic("repair duration").setSideA(sideA).setSideB(sideB)
                .setConfidence(0.9).setSeverity(Severity.HIGH).setExplanation("3 weeks vs 6 months")
                .setFirstSeen(PUBLISHED).setLastUpdated(PUBLISHED.plusSeconds(60)).setRevision(2)
                .build();
    }

    public static AnalyzedArticle analyzedArticle() {
        return AnalyzedArticle.newBuilder()
                .setArticleId("article-1").setTitle("Harbour bridge closed").setEventTime(PUBLISHED)
                .setEntities(Map.of("Harbour Authority", 1.5)).setTerms(Map.of("bridge", 2.0))
                .setFingerprint(0x1234_5678_9abc_def0L).setClaims(List.of(claim())).setEventId("event-1")
                .build();
    }

    public static EventProfile eventProfile() {
        return EventProfile.newBuilder()
                .setEventId("event-1").setTitle("Harbour bridge closure")
                .setFirstSeen(PUBLISHED).setLastSeen(PUBLISHED.plusSeconds(5))
                .setArticleCount(1).setArticles(List.of("article-1")).setSources(List.of("Example Gazette"))
                .setEntities(Map.of("Harbour Authority", 1.0)).setTerms(Map.of("bridge", 0.5))
                .setFingerprints(Map.of("article-1", -7L))
                .build();
    }

    public static EventClaims eventClaims() {
        return EventClaims.newBuilder().setEventId("event-1").setClaims(List.of(claim(), claim())).build();
    }

    /** Every top-level record type, one instance each. */
    public static List<SpecificRecord> all() {
        return List.of(article(), deadLetter(), claim(), event(), contradiction(), analyzedArticle(), eventProfile(),
                eventClaims());
    }
}
