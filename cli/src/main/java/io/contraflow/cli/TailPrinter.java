package io.contraflow.cli;

import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import java.io.PrintWriter;

/**
 * What {@code contraflow tail} prints for each record it reads: a contradiction that passes the filter, a retraction
 * ("withdrawn: ID", or {@code {"withdrawn": ID}}), and, when one event is followed, the notice that a late merge
 * continues it as another, which is followed from then on.
 */
final class TailPrinter {
  private final PrintWriter out;
  private final boolean json;
  private final ContradictionFormat format;
  private ContradictionFilter filter;

  TailPrinter(PrintWriter out, ContradictionFilter filter, boolean json, ContradictionFormat format) {
    this.out = out;
    this.filter = filter;
    this.json = json;
    this.format = format;
  }

  /** A record of the contradictions topic; a null value is a retraction of {@code key}. */
  void contradiction(String key, Contradiction c) {
    if (c == null) {
      // Later evidence withdrew it (a late merge, a claim read again): the compacted topic keeps no such record.
      out.println(json ? AvroJson.line(AvroJson.MAPPER.createObjectNode().put("withdrawn", key)) : "withdrawn: " + key);
    } else if (filter.test(c)) {
      out.println(json ? AvroJson.line(AvroJson.toJson(c)) : format.format(c));
    } else {
      return;
    }
    out.flush();
  }

  /** A record of the events topic: only a merge of the followed event matters here. */
  void event(Event e) {
    String followed = filter.eventId();
    if (followed == null || !followed.equals(e.getEventId()) || e.getContinuedBy() == null) return;
    String survivor = e.getContinuedBy();
    filter = new ContradictionFilter(survivor, filter.kind(), filter.claimant());
    out.println(json ? AvroJson.line(AvroJson.MAPPER.createObjectNode().put("event", followed).put("continuedBy", survivor))
        : "event " + followed + " is continued by " + survivor + " (a later article showed they are one story); following it");
    out.flush();
  }
}
