package io.contraflow.analysis.nlp;

/** Whether a claim asserts or denies its proposition. */
public enum Polarity { AFFIRMED, DENIED }
