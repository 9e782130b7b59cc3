package io.contraflow.streams.stages;

import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Event;

/** An article with its event set, and the event's updated summary: the two things {@link AssignEvent} emits at once. */
public record Assigned(AnalyzedArticle article, Event event) {}
