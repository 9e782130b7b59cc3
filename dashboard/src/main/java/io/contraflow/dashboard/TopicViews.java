package io.contraflow.dashboard;

import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.ContradictionKind;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.EventAssignment;
import io.contraflow.schemas.Evidence;
import io.contraflow.schemas.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The latest state of the {@code events}, {@code contradictions} and {@code claims} topics, held in memory and
 * answered as the API's views. It is fed record by record (by {@link TopicFollower} from Kafka, or directly in tests),
 * so a restart rebuilds it by reading the topics from the beginning.
 *
 * <p>Thread-safe: one lock guards the maps; listeners are called after the lock is released.
 */
public final class TopicViews {

    /** Claims per page of an event's detail unless the caller asks otherwise. */
    public static final int DEFAULT_PAGE = 100;
    /** The most a caller may ask for in one page. */
    public static final int MAX_PAGE = 500;

    private static final Comparator<Event> NEWEST_EVENT_FIRST = Comparator.comparing(Event::getLastSeen)
            .reversed().thenComparing(Event::getEventId);
    private static final Comparator<Contradiction> NEWEST_CONTRADICTION_FIRST =
            Comparator.comparing(Contradiction::getLastUpdated).reversed().thenComparing(Contradiction::getId);

    private final Object lock = new Object();
    private final Map<String, Event> events = new HashMap<>();
    private final Map<String, Contradiction> contradictions = new HashMap<>();
    private final Map<String, Claim> claimsById = new LinkedHashMap<>();
    private final Map<String, Set<String>> claimIdsByArticle = new HashMap<>();
    private final Map<String, String> eventOfArticle = new HashMap<>();
    /**
     * Every article assigned to each event, in arrival order: an Event record lists only the last 100, but each one
     * names the article it was assigned, so the union of them is the whole story and its counts are exact.
     */
    private final Map<String, Set<String>> articlesOfEvent = new HashMap<>();
    private final Map<String, Instant> articleTimes = new HashMap<>();
    private final Map<String, String> articleSources = new HashMap<>();
    private final List<ViewListener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(ViewListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(ViewListener listener) {
        listeners.remove(listener);
    }

    /**
     * Applies one record of the events topic; a null value (tombstone) removes the event {@code key}, and so does an
     * event's last record after a late merge ({@code continuedBy}): the event that continues it lists its articles.
     */
    public void applyEvent(String key, Event event) {
        if (event != null && event.getContinuedBy() != null) {
            String survivor = event.getContinuedBy();
            synchronized (lock) {
                events.remove(key);
                articlesOfEvent.remove(key);
            }
            listeners.forEach(l -> l.eventMerged(key, survivor));
            return;
        }
        if (event == null) {
            boolean removed;
            synchronized (lock) {
                removed = events.remove(key) != null;
                eventOfArticle.values().removeIf(key::equals);
                articlesOfEvent.remove(key);
            }
            if (removed) {
                listeners.forEach(l -> l.eventRemoved(key));
            }
            return;
        }
        EventSummary summary;
        synchronized (lock) {
            events.put(event.getEventId(), event);
            Set<String> ofEvent = articlesOfEvent.computeIfAbsent(event.getEventId(), e -> new LinkedHashSet<>());
            for (String articleId : event.getArticles()) {
                eventOfArticle.put(articleId, event.getEventId());
                ofEvent.add(articleId);
            }
            EventAssignment assignment = event.getLastAssignment();
            if (assignment != null) {
                articleTimes.putIfAbsent(assignment.getArticleId(), assignment.getAssignedAt());
                eventOfArticle.put(assignment.getArticleId(), event.getEventId());
                ofEvent.add(assignment.getArticleId());
            }
            summary = summarise(event, countContradictionsOf(event.getEventId()));
        }
        listeners.forEach(l -> l.eventChanged(summary));
    }

    /** Applies one record of the compacted contradictions topic: a newer record replaces the one with its id. */
    public void applyContradiction(String key, Contradiction contradiction) {
        if (contradiction == null) {
            Contradiction removed;
            EventSummary event;
            synchronized (lock) {
                removed = contradictions.remove(key);
                event = removed == null ? null : currentSummary(removed.getEventId());
            }
            if (removed != null) {
                listeners.forEach(l -> l.contradictionRemoved(key, removed.getEventId()));
                notifyEvent(event);
            }
            return;
        }
        ContradictionView view;
        EventSummary event;
        synchronized (lock) {
            contradictions.put(contradiction.getId(), contradiction);
            view = toView(contradiction);
            event = currentSummary(contradiction.getEventId());
        }
        listeners.forEach(l -> l.contradictionChanged(view));
        notifyEvent(event);
    }

    /** Applies one record of the claims topic (keyed by article id). */
    public void applyClaim(String key, Claim claim) {
        if (claim == null) {
            return; // claims are never retracted; a tombstone carries nothing to show
        }
        String eventId;
        synchronized (lock) {
            claimsById.put(claim.getId(), claim);
            claimIdsByArticle.computeIfAbsent(claim.getArticleId(), a -> new LinkedHashSet<>()).add(claim.getId());
            articleTimes.putIfAbsent(claim.getArticleId(), claim.getPublishedAt());
            if (claim.getSource() != null) {
                articleSources.putIfAbsent(claim.getArticleId(), claim.getSource());
            }
            eventId = eventOfArticle.get(claim.getArticleId());
        }
        listeners.forEach(l -> l.claimAdded(eventId, claim.getArticleId()));
    }

    /** All events, the most recently updated first. */
    public List<EventSummary> events() {
        synchronized (lock) {
            Map<String, Long> counts = contradictions.values().stream()
                    .collect(Collectors.groupingBy(Contradiction::getEventId, Collectors.counting()));
            return events.values().stream().sorted(NEWEST_EVENT_FIRST)
                    .map(e -> summarise(e, counts.getOrDefault(e.getEventId(), 0L).intValue()))
                    .toList();
        }
    }

    /** The first page of an event's detail, with up to {@value #DEFAULT_PAGE} claims. */
    public Optional<EventDetail> event(String eventId) {
        return event(eventId, 0, DEFAULT_PAGE);
    }

    /**
     * One page of an event's detail: its claims in a stable order (claimants with most claims first, each one's
     * claims oldest first) from {@code offset}, at most {@code limit}; its newest {@code limit} articles and
     * contradictions; the timeline of all its articles; and the totals.
     */
    public Optional<EventDetail> event(String eventId, int offset, int limit) {
        synchronized (lock) {
            Event event = events.get(eventId);
            if (event == null) {
                return Optional.empty();
            }
            List<Contradiction> ofEvent = contradictions.values().stream()
                    .filter(c -> c.getEventId().equals(eventId)).sorted(NEWEST_CONTRADICTION_FIRST).toList();
            List<String> articleIds = List.copyOf(articlesOf(eventId));
            List<ArticleRef> articles = articleIds.subList(Math.max(0, articleIds.size() - limit), articleIds.size()).stream()
                    .map(this::articleRef).toList();
            List<Instant> articleTimesOfEvent = articleIds.stream().map(articleTimes::get).filter(Objects::nonNull).toList();
            List<Instant> contradictionTimes = ofEvent.stream().map(Contradiction::getFirstSeen).toList();
            List<Claim> claims = claimsInPageOrder(articleIds);
            int end = (int) Math.min(claims.size(), (long) offset + limit);
            String next = end < claims.size()
                    ? "/api/events/" + java.net.URLEncoder.encode(eventId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                            + "?offset=" + end + "&limit=" + limit
                    : null;
            return Optional.of(new EventDetail(
                    summarise(event, ofEvent.size()),
                    articles,
                    ofEvent.stream().limit(limit).map(this::toView).toList(),
                    claimantGroups(claims, Math.min(offset, claims.size()), end),
                    TimelineBuilder.build(articleTimesOfEvent, contradictionTimes),
                    new EventPage(offset, limit, claims.size(), articleIds.size(), ofEvent.size(), next)));
        }
    }

    /** Contradictions, the most recently updated first, optionally only one event's and only one kind. */
    public List<ContradictionView> contradictions(Optional<String> eventId, Optional<ContradictionKind> kind) {
        synchronized (lock) {
            return contradictions.values().stream()
                    .filter(c -> eventId.map(c.getEventId()::equals).orElse(true))
                    .filter(c -> kind.map(c.getKind()::equals).orElse(true))
                    .sorted(NEWEST_CONTRADICTION_FIRST)
                    .map(this::toView)
                    .toList();
        }
    }

    private void notifyEvent(EventSummary event) {
        if (event != null) {
            listeners.forEach(l -> l.eventChanged(event));
        }
    }

    private EventSummary currentSummary(String eventId) {
        Event event = events.get(eventId);
        return event == null ? null : summarise(event, countContradictionsOf(eventId));
    }

    private int countContradictionsOf(String eventId) {
        return (int) contradictions.values().stream().filter(c -> c.getEventId().equals(eventId)).count();
    }

    private Set<String> articlesOf(String eventId) {
        return articlesOfEvent.getOrDefault(eventId, Set.of());
    }

    private EventSummary summarise(Event event, int contradictionCount) {
        int claimCount = articlesOf(event.getEventId()).stream()
                .mapToInt(a -> claimIdsByArticle.getOrDefault(a, Set.of()).size()).sum();
        return new EventSummary(event.getEventId(), event.getTitle(), event.getArticleCount(),
                List.copyOf(event.getSources()), List.copyOf(event.getKeyTerms()), event.getFirstSeen(),
                event.getLastSeen(), contradictionCount, claimCount,
                event.getLastAssignment() == null ? null : event.getLastAssignment().getReason(), List.copyOf(event.getContinues()));
    }

    private ArticleRef articleRef(String articleId) {
        return new ArticleRef(articleId, ArticleRef.linkFor(articleId), articleSources.get(articleId),
                articleTimes.get(articleId));
    }

    private ContradictionView toView(Contradiction c) {
        return new ContradictionView(c.getId(), c.getEventId(), c.getKind().name(), c.getTopic(),
                c.getSeverity().name(), c.getConfidence(), c.getExplanation(), c.getFirstSeen(),
                c.getLastUpdated(), c.getRevision(), toView(c.getSideA()), toView(c.getSideB()), List.copyOf(c.getTrail()));
    }

    private SideView toView(Side side) {
        List<String> statements = List.copyOf(side.getStatements());
        List<EvidenceView> evidence = new ArrayList<>();
        for (Evidence e : side.getEvidence()) {
            // The claim's own content is the best thing to mark; the side's statements are the fallback.
            Claim claim = claimsById.get(e.getClaimId());
            Optional<StatementLocator.Span> span = claim == null
                    ? Optional.empty() : StatementLocator.locate(e.getSentence(), claim.getContent());
            if (span.isEmpty()) {
                span = StatementLocator.locateAny(e.getSentence(), statements);
            }
            evidence.add(new EvidenceView(e.getClaimId(), e.getArticleId(), ArticleRef.linkFor(e.getArticleId()),
                    e.getClaimant(), e.getSentence(), span.map(StatementLocator.Span::start).orElse(null),
                    span.map(StatementLocator.Span::end).orElse(null)));
        }
        return new SideView(side.getPosition(), List.copyOf(side.getClaimants()), statements,
                List.copyOf(side.getSources()), side.getArticles().stream().map(this::articleRef).toList(), evidence,
                List.copyOf(side.getNames()));
    }

    /** The event's claims grouped by claimant (most claims first, then by name), each group oldest first, flattened. */
    private List<Claim> claimsInPageOrder(List<String> articleIds) {
        Map<String, List<Claim>> byClaimant = new LinkedHashMap<>();
        for (String articleId : articleIds) {
            for (String claimId : claimIdsByArticle.getOrDefault(articleId, Set.of())) {
                Claim claim = claimsById.get(claimId);
                byClaimant.computeIfAbsent(claim.getClaimant(), c -> new ArrayList<>()).add(claim);
            }
        }
        List<Claim> ordered = new ArrayList<>();
        byClaimant.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Claim>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> e.getValue().stream()
                        .sorted(Comparator.comparing(Claim::getPublishedAt).thenComparing(Claim::getId))
                        .forEach(ordered::add));
        return ordered;
    }

    /** The claims {@code from} (inclusive) to {@code to} (exclusive) of the ordered list, grouped by claimant. */
    private static List<ClaimantGroup> claimantGroups(List<Claim> ordered, int from, int to) {
        Map<String, Integer> totals = new HashMap<>();
        ordered.forEach(c -> totals.merge(c.getClaimant(), 1, Integer::sum));
        Map<String, List<Claim>> page = new LinkedHashMap<>();
        for (Claim c : ordered.subList(from, to)) {
            page.computeIfAbsent(c.getClaimant(), k -> new ArrayList<>()).add(c);
        }
        return page.entrySet().stream().map(e -> {
            List<Claim> claims = e.getValue();
            return new ClaimantGroup(e.getKey(), claims.get(0).getClaimantType().name(), firstAffiliation(claims),
                    totals.get(e.getKey()), claims.stream().map(TopicViews::toView).toList());
        }).toList();
    }

    private static String firstAffiliation(List<Claim> claims) {
        return claims.stream().map(Claim::getAffiliation).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static ClaimView toView(Claim c) {
        Optional<StatementLocator.Span> span = StatementLocator.locate(c.getSentence(), c.getContent());
        return new ClaimView(c.getId(), c.getArticleId(), ArticleRef.linkFor(c.getArticleId()), c.getSource(),
                c.getPublishedAt(), c.getClaimantMention(), c.getClaimantRole(), c.getCue(), c.getContent(),
                c.getPolarity().name(), c.getModality().name(), c.getDirect(), c.getSentence(),
                span.map(StatementLocator.Span::start).orElse(null), span.map(StatementLocator.Span::end).orElse(null));
    }
}
