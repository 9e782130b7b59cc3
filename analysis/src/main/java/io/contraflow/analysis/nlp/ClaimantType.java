package io.contraflow.analysis.nlp;

/** What kind of party asserts a claim. */
public enum ClaimantType { PERSON, ORGANIZATION, GOVERNMENT, REPORT, UNNAMED_SOURCE, OUTLET, UNKNOWN }
