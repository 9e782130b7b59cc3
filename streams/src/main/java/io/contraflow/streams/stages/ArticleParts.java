package io.contraflow.streams.stages;

import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.ArticleLimits;
import io.contraflow.schemas.Claim;
import io.contraflow.streams.bounds.RecordFit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Splits an analysed article into records that each fit the record budget, so that an article of any size the
 * broker accepted can travel through the repartition topics (its analysis is about twice the size of its text: a
 * 500 KB article became a 1.1 MB record, over Kafka's limit, and stopped the pipeline). Part 0 carries the grouping
 * features and as many claims as fit; the others carry the remaining claims, in order. An ordinary article is one
 * part. A single claim too large for a record on its own (a "sentence" of 100,000 characters) is shortened by
 * {@link RecordFit}.
 */
final class ArticleParts {
  /** Room kept for what later stages add to each part: the event id and the syndicated original's article id. */
  static final int ASSIGNMENT_ROOM = 2 * ArticleLimits.MAX_ID_BYTES + 32;
  /** Avro's array framing: a count before the items (at most 5 bytes) and a terminating 0. */
  private static final int ARRAY_FRAMING = 6;

  private ArticleParts() {}

  /** The article as records of at most {@code maxValueBytes} each (wire size), with part and parts set. */
  static List<AnalyzedArticle> split(AnalyzedArticle whole, int maxValueBytes) {
    int max = maxValueBytes - ASSIGNMENT_ROOM;
    if (RecordFit.wireSize(whole) <= max) return List.of(whole);

    AnalyzedArticle head = RecordFit.fit(withClaims(whole, List.of()), max);
    AnalyzedArticle tail = RecordFit.fit(withClaims(whole, List.of()), max);
    tail.setEntities(new LinkedHashMap<>());
    tail.setTerms(new LinkedHashMap<>());
    tail.setFingerprint(0L);
    int tailSize = RecordFit.wireSize(tail);
    int claimMax = max - tailSize - ARRAY_FRAMING;

    List<AnalyzedArticle> parts = new ArrayList<>();
    AnalyzedArticle current = head;
    int size = RecordFit.wireSize(head);
    List<Claim> claims = new ArrayList<>();
    for (Claim claim : whole.getClaims()) {
      Claim fitted = RecordFit.fit(claim, claimMax);
      int claimSize = RecordFit.wireSize(fitted) - RecordFit.FRAMING_BYTES;
      if (size + claimSize + ARRAY_FRAMING > max) {
        parts.add(withClaims(current, claims));
        current = tail;
        size = tailSize;
        claims = new ArrayList<>();
      }
      claims.add(fitted);
      size += claimSize;
    }
    parts.add(withClaims(current, claims));
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).setPart(i);
      parts.get(i).setParts(parts.size());
    }
    return parts;
  }

  /** A shallow copy with other claims (not Avro's builder copy, which turns the ordered maps into HashMaps). */
  private static AnalyzedArticle withClaims(AnalyzedArticle article, List<Claim> claims) {
    AnalyzedArticle copy = new AnalyzedArticle();
    for (Schema.Field f : AnalyzedArticle.getClassSchema().getFields()) copy.put(f.pos(), article.get(f.pos()));
    copy.setClaims(new ArrayList<>(claims));
    return copy;
  }
}
