package io.contraflow.analysis.nlp;

/** How firmly a proposition is asserted, or whether the outlet labels it false. */
public enum Modality { STATED, ALLEGED, HEDGED, QUESTIONED, LABELLED_FALSE }
