package io.contraflow.analysis.nlp;

/** A paragraph of the body that survived boilerplate removal, with its offsets in the body. */
public record Paragraph(int index, int start, int end, String text) {}
