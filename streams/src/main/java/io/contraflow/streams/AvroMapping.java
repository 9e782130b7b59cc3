package io.contraflow.streams;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.EventFeatures;
import io.contraflow.analysis.semantic.Vectors;
import io.contraflow.analysis.time.PublicationTimes;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.EventAssignment;
import io.contraflow.schemas.EventProfile;
import io.contraflow.schemas.Evidence;
import io.contraflow.schemas.Quantity;
import io.contraflow.schemas.ReportedDisagreement;
import io.contraflow.schemas.Side;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts between the analysis module's domain records and the Avro records on the wire, in one place.
 * Avro types are imported; analysis types are fully qualified where both exist (Claim, Quantity, Side, ...).
 */
public final class AvroMapping {
  private static final int EVENT_KEY_TERMS = 10;
  static final int MAX_FEATURE_CHARS = 200;

  private AvroMapping() {}

  // ---- articles ------------------------------------------------------------------------------------------------

  /**
   * The analysis view of an ingested article. Its publication time is the input's own when given, else read from its
   * URL or dateline, else its ingestion time, marked as such ({@link PublicationTimes}).
   */
  public static ArticleText toArticleText(Article a) {
    PublicationTimes.Resolved time = PublicationTimes.resolve(a.getPublishedAt(), a.getUrl(), a.getBody(), a.getIngestedAt());
    return new ArticleText(a.getId(), a.getTitle(), a.getBody(), a.getSource(), a.getUrl(), time.at(), a.getLanguage(),
        time.source());
  }

  public static AnalyzedArticle toAvro(ArticleAnalysis analysis) {
    ArticleText t = analysis.article();
    EventFeatures f = analysis.features() != null ? analysis.features() : EventFeatures.of(t);
    return AnalyzedArticle.newBuilder()
        .setArticleId(t.id())
        .setTitle(t.title())
        .setSource(t.source())
        .setUrl(t.url())
        .setLanguage(t.language())
        .setEventTime(t.publishedAt())
        .setEventTimeSource(io.contraflow.schemas.TimeSource.valueOf(t.timeSource().name()))
        .setEntities(canonical(f.entities()))
        .setTerms(canonical(f.terms()))
        .setFingerprint(f.fingerprint())
        .setFocal(sorted(f.focal()))
        .setPlaces(sorted(f.places()))
        .setSpeakers(sorted(f.speakers()))
        .setHeadlineIncident(f.headlineIncident())
        .setIncident(f.incident())
        .setIncidents(new ArrayList<>(f.incidents()))
        .setGist(f.gist() == null ? null : ByteBuffer.wrap(Vectors.toBytes(f.gist())))
        .setDays(new ArrayList<>(f.days().stream().map(d -> (int) d.toEpochDay()).toList()))
        .setClaims(new ArrayList<>(analysis.claims().stream().map(AvroMapping::toAvro).toList()))
        .build();
  }

  /**
   * Grouping features in one order whatever the order they came in (sorted by key), so that every run, restarted or
   * not, folds them into event profiles in the same order: the analysis hands them over in maps whose iteration order
   * changes from one JVM to the next (Map.copyOf), and profile weights are sums of doubles, whose last bits depend on
   * the order of addition. A key longer than {@value #MAX_FEATURE_CHARS} characters is no name or term but a run of
   * text without spaces (a URL, base64): it is dropped, so that profiles and statistics stay small.
   */
  public static LinkedHashMap<String, Double> canonical(Map<String, Double> features) {
    LinkedHashMap<String, Double> sorted = new LinkedHashMap<>();
    features.entrySet().stream()
        .filter(e -> e.getKey().length() <= MAX_FEATURE_CHARS)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /**
   * The analysis view of an analyzed article, for event grouping. The body is not carried on the wire after
   * extraction (grouping compares entities, terms and fingerprints), so it is empty here.
   */
  public static ArticleAnalysis toDomain(AnalyzedArticle a) {
    ArticleAnalysis features = groupable(a);
    return new ArticleAnalysis(features.article(), a.getClaims().stream().map(AvroMapping::toDomain).toList(), features.features());
  }

  /**
   * What event grouping reads of an analysed article: its text fields and features, without its claims (grouping
   * compares no claims, so their conversion would only cost the grouping stage, the one stage every article of a
   * language passes through).
   */
  public static ArticleAnalysis groupable(AnalyzedArticle a) {
    ArticleText text = new ArticleText(a.getArticleId(), a.getTitle(), "", a.getSource(), a.getUrl(), a.getEventTime(),
        a.getLanguage(), io.contraflow.analysis.time.TimeSource.valueOf(a.getEventTimeSource().name()));
    EventFeatures features = new EventFeatures(a.getEntities(), a.getTerms(), a.getFingerprint(), EventFeatures.UNKNOWN_LENGTH,
        new LinkedHashSet<>(a.getFocal()), new LinkedHashSet<>(a.getPlaces()), new LinkedHashSet<>(a.getSpeakers()),
        a.getHeadlineIncident(), a.getIncident(), new LinkedHashSet<>(a.getIncidents()),
        a.getGist() == null ? null : Vectors.fromBytes(bytes(a.getGist())),
        a.getDays().stream().map(d -> java.time.LocalDate.ofEpochDay(d)).toList());
    return new ArticleAnalysis(text, List.of(), features);
  }

  // ---- claims --------------------------------------------------------------------------------------------------

  public static Claim toAvro(io.contraflow.analysis.claims.Claim c) {
    return Claim.newBuilder()
        .setId(c.id())
        .setArticleId(c.articleId())
        .setSource(c.source())
        .setPublishedAt(c.publishedAt())
        .setClaimant(nonNull(c.claimant()))
        .setClaimantType(c.claimantType() == null ? io.contraflow.schemas.ClaimantType.UNKNOWN
            : io.contraflow.schemas.ClaimantType.valueOf(c.claimantType().name()))
        .setClaimantMention(nonNull(c.claimantMention()))
        .setClaimantRole(c.claimantRole())
        .setAffiliation(c.affiliation())
        .setCue(nonNull(c.cue()))
        .setContent(nonNull(c.content()))
        .setSubject(c.subject())
        .setPredicate(c.predicate())
        // Sorted: the analysis hands them over in maps whose order changes from one JVM to the next (Map.copyOf),
        // and the claims topic must say the same thing, byte for byte, in every run.
        .setArguments(new TreeMap<>(c.arguments()))
        .setNegatedArguments(new TreeMap<>(c.negatedArguments()))
        .setPolarity(c.polarity() == null ? io.contraflow.schemas.Polarity.AFFIRMED
            : io.contraflow.schemas.Polarity.valueOf(c.polarity().name()))
        .setModality(c.modality() == null ? io.contraflow.schemas.Modality.STATED
            : io.contraflow.schemas.Modality.valueOf(c.modality().name()))
        .setQuantities(new ArrayList<>(c.quantities().stream().map(AvroMapping::toAvro).toList()))
        .setReported(c.reported() == null ? null : toAvro(c.reported()))
        .setDirect(c.direct())
        .setSentence(nonNull(c.sentence()))
        .setSentenceIndex(c.sentenceIndex())
        .setCharStart(c.charStart())
        .setCharEnd(c.charEnd())
        .setRelayedBy(c.relayedBy())
        .setPublishedAtKnown(c.dated())
        .build();
  }

  public static io.contraflow.analysis.claims.Claim toDomain(Claim c) {
    return new io.contraflow.analysis.claims.Claim(c.getId(), c.getArticleId(), c.getSource(), c.getPublishedAt(),
        c.getClaimant(), io.contraflow.analysis.nlp.ClaimantType.valueOf(c.getClaimantType().name()),
        c.getClaimantMention(), c.getClaimantRole(), c.getAffiliation(), c.getCue(), c.getContent(),
        c.getSubject(), c.getPredicate(), c.getArguments(), c.getNegatedArguments(),
        io.contraflow.analysis.nlp.Polarity.valueOf(c.getPolarity().name()),
        io.contraflow.analysis.nlp.Modality.valueOf(c.getModality().name()),
        c.getQuantities().stream().map(AvroMapping::toDomain).toList(),
        c.getReported() == null ? null : toDomain(c.getReported()),
        c.getDirect(), c.getSentence(), c.getSentenceIndex(), c.getCharStart(), c.getCharEnd(), c.getRelayedBy(),
        c.getPublishedAtKnown());
  }

  public static Quantity toAvro(io.contraflow.analysis.claims.Quantity q) {
    return Quantity.newBuilder()
        .setText(nonNull(q.text()))
        .setValue(q.value())
        .setLow(q.low())
        .setHigh(q.high())
        .setLowInclusive(q.lowInclusive())
        .setHighInclusive(q.highInclusive())
        .setQualifier(q.qualifier() == null ? "exact" : q.qualifier())
        .setUnit(q.unit())
        .setCounted(q.counted())
        .build();
  }

  public static io.contraflow.analysis.claims.Quantity toDomain(Quantity q) {
    return new io.contraflow.analysis.claims.Quantity(q.getText(), q.getValue(), q.getLow(), q.getHigh(),
        q.getLowInclusive(), q.getHighInclusive(), q.getQualifier(), q.getUnit(), q.getCounted());
  }

  public static ReportedDisagreement toAvro(io.contraflow.analysis.claims.ReportedDisagreement r) {
    return new ReportedDisagreement(nonNull(r.challenger()), nonNull(r.challenged()), nonNull(r.relation()), r.about());
  }

  public static io.contraflow.analysis.claims.ReportedDisagreement toDomain(ReportedDisagreement r) {
    return new io.contraflow.analysis.claims.ReportedDisagreement(r.getChallenger(), r.getChallenged(), r.getRelation(), r.getAbout());
  }

  // ---- events --------------------------------------------------------------------------------------------------

  public static EventProfile toAvro(io.contraflow.analysis.events.EventProfile p) {
    return EventProfile.newBuilder()
        .setEventId(p.eventId)
        .setTitle(nonNull(p.title))
        .setFirstSeen(p.firstSeen)
        .setLastSeen(p.lastSeen)
        .setArticleCount(p.articleCount)
        .setArticles(new ArrayList<>(p.articles))
        .setSources(new ArrayList<>(p.sources))
        .setEntities(new LinkedHashMap<>(p.entities))
        .setTerms(new LinkedHashMap<>(p.terms))
        .setFingerprints(new LinkedHashMap<>(p.fingerprints))
        .setGists(packed(p.gists))
        .setFocalCounts(new LinkedHashMap<>(p.focalCounts))
        .setPlaceCounts(new LinkedHashMap<>(p.placeCounts))
        .setSpeakerCounts(new LinkedHashMap<>(p.speakerCounts))
        .setIncidents(new LinkedHashMap<>(p.incidents))
        .setDatedFirst(p.datedFirst)
        .setDatedLast(p.datedLast)
        .build();
  }

  public static io.contraflow.analysis.events.EventProfile toDomain(EventProfile a) {
    io.contraflow.analysis.events.EventProfile p = new io.contraflow.analysis.events.EventProfile();
    p.eventId = a.getEventId();
    p.title = a.getTitle();
    p.firstSeen = a.getFirstSeen();
    p.lastSeen = a.getLastSeen();
    p.articleCount = a.getArticleCount();
    p.articles = new ArrayList<>(a.getArticles());
    p.sources = new LinkedHashSet<>(a.getSources());
    p.entities = new LinkedHashMap<>(a.getEntities());
    p.terms = new LinkedHashMap<>(a.getTerms());
    p.fingerprints = new LinkedHashMap<>(a.getFingerprints());
    a.getGists().forEach((id, g) -> p.gists.put(id, Vectors.fromBytes(bytes(g))));
    p.focalCounts = new LinkedHashMap<>(a.getFocalCounts());
    p.placeCounts = new LinkedHashMap<>(a.getPlaceCounts());
    p.speakerCounts = new LinkedHashMap<>(a.getSpeakerCounts());
    p.incidents = new LinkedHashMap<>(a.getIncidents());
    p.datedFirst = a.getDatedFirst();
    p.datedLast = a.getDatedLast();
    return p;
  }

  private static Map<String, ByteBuffer> packed(Map<String, float[]> gists) {
    Map<String, ByteBuffer> out = new LinkedHashMap<>();
    gists.forEach((id, g) -> out.put(id, ByteBuffer.wrap(Vectors.toBytes(g))));
    return out;
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  /** Sorted, so that the same set gives the same record bytes on every run. */
  private static List<String> sorted(java.util.Set<String> names) {
    return new ArrayList<>(new java.util.TreeSet<>(names));
  }

  /** The public summary of an event after {@code decision} assigned {@code article} to it. */
  public static Event toEvent(io.contraflow.analysis.events.EventProfile p, EventDecision decision, AnalyzedArticle article) {
    List<String> keyTerms = new ArrayList<>();
    // Equal weights are common (every name seen once): ties go by name, not by the maps' order.
    Comparator<Map.Entry<String, Double>> heaviest = Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey());
    p.entities.entrySet().stream().sorted(heaviest)
        .limit(EVENT_KEY_TERMS).forEach(e -> keyTerms.add(e.getKey()));
    p.terms.entrySet().stream().sorted(heaviest)
        .map(Map.Entry::getKey).filter(t -> !keyTerms.contains(t))
        .limit(Math.max(0, EVENT_KEY_TERMS - keyTerms.size())).forEach(keyTerms::add);
    EventAssignment assignment = EventAssignment.newBuilder()
        .setArticleId(article.getArticleId())
        .setEventId(decision.eventId())
        .setNewEvent(decision.newEvent())
        .setSimilarity(decision.similarity())
        .setSyndicatedCopyOf(decision.syndicatedCopyOf())
        .setAssignedAt(article.getEventTime())
        .setTimeSource(article.getEventTimeSource())
        .setReason(decision.reason())
        .build();
    return Event.newBuilder()
        .setEventId(p.eventId)
        .setTitle(nonNull(p.title))
        .setFirstSeen(p.firstSeen)
        .setLastSeen(p.lastSeen)
        .setArticleCount(p.articleCount)
        .setArticles(new ArrayList<>(p.articles))
        .setSources(new ArrayList<>(p.sources))
        .setKeyTerms(keyTerms)
        .setLastAssignment(assignment)
        .build();
  }

  // ---- contradictions ------------------------------------------------------------------------------------------

  /** A finding as a contradiction record; the caller sets firstSeen, lastUpdated and revision. */
  public static Contradiction toAvro(Finding f, Instant firstSeen, Instant lastUpdated, int revision) {
    return Contradiction.newBuilder()
        .setId(f.id())
        .setEventId(f.eventId())
        .setKind(io.contraflow.schemas.ContradictionKind.valueOf(f.kind().name()))
        .setTopic(nonNull(f.topic()))
        .setSideA(toAvro(f.sideA()))
        .setSideB(toAvro(f.sideB()))
        .setConfidence(f.confidence())
        .setSeverity(io.contraflow.schemas.Severity.valueOf(f.severity().name()))
        .setExplanation(nonNull(f.explanation()))
        .setFirstSeen(firstSeen)
        .setLastUpdated(lastUpdated)
        .setRevision(revision)
        .setTrail(new ArrayList<>(f.trail()))
        .build();
  }

  public static Side toAvro(io.contraflow.analysis.contradictions.Side s) {
    return Side.newBuilder()
        .setPosition(nonNull(s.position()))
        .setClaimants(new ArrayList<>(s.claimants()))
        .setNames(new ArrayList<>(s.names()))
        .setStatements(new ArrayList<>(s.statements()))
        .setSources(new ArrayList<>(s.sources()))
        .setArticles(new ArrayList<>(s.articles()))
        .setEvidence(new ArrayList<>(s.claims().stream()
            .map(c -> new Evidence(c.id(), c.articleId(), nonNull(c.claimant()), nonNull(c.sentence()), c.charStart(), c.charEnd()))
            .toList()))
        .build();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
