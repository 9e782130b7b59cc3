package io.contraflow.analysis.contradictions;

/** How much a contradiction matters to a reader. */
public enum Severity { LOW, MEDIUM, HIGH }
