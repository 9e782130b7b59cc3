package io.contraflow.streams.stages;

import io.contraflow.schemas.AnalyzedArticle;
import java.util.List;
import java.util.Map;

/**
 * What of an assigned article goes on to contradiction detection ({@code by-event}): its claims and where they
 * belong (article, event, parts, merge), without the grouping features (entities, terms, names, incidents, gist,
 * fingerprint) that only event grouping reads. Those are about a tenth of the record, and detection, and the
 * {@code event-merges} records it sends on, never look at them. The claims list is shared, not copied: the record is
 * serialized onto the repartition topic as it is forwarded, and nothing changes it before.
 */
public final class DetectionInput {
  private DetectionInput() {}

  public static AnalyzedArticle of(AnalyzedArticle a) {
    AnalyzedArticle d = new AnalyzedArticle();
    d.setArticleId(a.getArticleId());
    d.setTitle(a.getTitle());
    d.setSource(a.getSource());
    d.setUrl(a.getUrl());
    d.setLanguage(a.getLanguage());
    d.setEventTime(a.getEventTime());
    d.setEventTimeSource(a.getEventTimeSource());
    d.setEntities(Map.of());
    d.setTerms(Map.of());
    d.setFingerprint(0L);
    d.setFocal(List.of());
    d.setPlaces(List.of());
    d.setSpeakers(List.of());
    d.setHeadlineIncident(null);
    d.setIncident(null);
    d.setIncidents(List.of());
    d.setGist(null);
    d.setDays(List.of());
    d.setClaims(a.getClaims());
    d.setEventId(a.getEventId());
    d.setSyndicatedCopyOf(a.getSyndicatedCopyOf());
    d.setPart(a.getPart());
    d.setParts(a.getParts());
    d.setMergedInto(a.getMergedInto());
    return d;
  }
}
