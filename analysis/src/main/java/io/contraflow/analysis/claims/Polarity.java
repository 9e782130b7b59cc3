package io.contraflow.analysis.claims;

/** Whether a claim asserts or denies its proposition. */
public enum Polarity { AFFIRMED, DENIED }
