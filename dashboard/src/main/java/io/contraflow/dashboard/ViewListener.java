package io.contraflow.dashboard;

/** Told about every change of the materialised views, after it is applied, on the thread that applied it. */
public interface ViewListener {

    default void eventChanged(EventSummary event) {
    }

    default void eventRemoved(String eventId) {
    }

    /** A late merge closed {@code eventId}; {@code survivor} continues it. */
    default void eventMerged(String eventId, String survivor) {
    }

    default void contradictionChanged(ContradictionView contradiction) {
    }

    default void contradictionRemoved(String contradictionId, String eventId) {
    }

    /** A claim arrived for an article; {@code eventId} is null while the article is not yet assigned. */
    default void claimAdded(String eventId, String articleId) {
    }
}
