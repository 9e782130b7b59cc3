package io.contraflow.dashboard;

import io.contraflow.schemas.Claim;
import io.contraflow.schemas.ClaimantType;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.ContradictionKind;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.EventAssignment;
import io.contraflow.schemas.Evidence;
import io.contraflow.schemas.Modality;
import io.contraflow.schemas.Polarity;
import io.contraflow.schemas.Severity;
import io.contraflow.schemas.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records written for these tests (invented text, about an invented bridge closure). */
final class SampleRecords {

    static final Instant T0 = Instant.parse("2025-03-10T08:15:00Z");

    private SampleRecords() {
    }

    static Event event(String id, String title, Instant lastSeen, List<String> articles, List<String> sources) {
        String last = articles.get(articles.size() - 1);
        return Event.newBuilder()
                .setEventId(id).setTitle(title).setFirstSeen(T0).setLastSeen(lastSeen)
                .setArticleCount(articles.size()).setArticles(articles).setSources(sources)
                .setKeyTerms(List.of("bridge", "closure"))
                .setLastAssignment(EventAssignment.newBuilder().setArticleId(last).setEventId(id)
                        .setNewEvent(articles.size() == 1).setSimilarity(0.7).setAssignedAt(lastSeen).build())
                .build();
    }

    static Claim claim(String id, String articleId, String claimant, String content, String sentence,
                       Instant publishedAt) {
        return Claim.newBuilder()
                .setId(id).setArticleId(articleId).setSource("Harbour Gazette").setPublishedAt(publishedAt)
                .setClaimant(claimant).setClaimantType(ClaimantType.PERSON).setClaimantMention(claimant)
                .setClaimantRole("spokesperson").setAffiliation("City Council").setCue("say")
                .setContent(content).setSubject("bridge").setPredicate("close").setArguments(Map.of())
                .setNegatedArguments(Map.of()).setPolarity(Polarity.AFFIRMED).setModality(Modality.STATED)
                .setQuantities(List.of()).setReported(null).setDirect(false).setSentence(sentence)
                .setSentenceIndex(2).setCharStart(100).setCharEnd(100 + sentence.length())
                .build();
    }

    static Side side(String position, String claimant, String statement, String articleId, String sentence,
                     String claimId) {
        return Side.newBuilder()
                .setPosition(position).setClaimants(List.of(claimant)).setStatements(List.of(statement))
                .setSources(List.of("Harbour Gazette")).setArticles(List.of(articleId))
                .setEvidence(List.of(Evidence.newBuilder().setClaimId(claimId).setArticleId(articleId)
                        .setClaimant(claimant).setSentence(sentence).setCharStart(40)
                        .setCharEnd(40 + sentence.length()).build()))
                .build();
    }

    static Contradiction contradiction(String id, String eventId, ContradictionKind kind, Instant lastUpdated,
                                       int revision, Side a, Side b) {
        return Contradiction.newBuilder()
                .setId(id).setEventId(eventId).setKind(kind).setTopic("cause of the closure")
                .setSideA(a).setSideB(b).setConfidence(0.8).setSeverity(Severity.HIGH)
                .setExplanation("The council and the engineers give different causes for the closure.")
                .setFirstSeen(T0.plusSeconds(600)).setLastUpdated(lastUpdated).setRevision(revision)
                .build();
    }

    static Contradiction simpleContradiction(String id, String eventId, Instant lastUpdated, int revision) {
        return contradiction(id, eventId, ContradictionKind.ATTRIBUTED_DISAGREEMENT, lastUpdated, revision,
                side("cause: cracks", "Mara Ostrova", "the bridge closed because of cracks",
                        "https://gazette.example/bridge-1", "Mara Ostrova said the bridge closed because of cracks.",
                        "c-1"),
                side("cause: routine inspection", "Port Engineers Union", "the closure was a routine inspection",
                        "https://ledger.example/bridge-2",
                        "The union insisted the closure was a routine inspection, nothing more.", "c-2"));
    }
}
