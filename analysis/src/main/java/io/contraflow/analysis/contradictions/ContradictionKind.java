package io.contraflow.analysis.contradictions;

/** How two positions conflict. */
public enum ContradictionKind {
  /** Same question, incompatible answers (fled to Belarus / fled to Ukraine). */
  ATTRIBUTED_DISAGREEMENT,
  /** One side asserts a proposition, the other denies it. */
  DENIAL,
  /** The same measure given as non-overlapping figures by different parties. */
  NUMERIC_DISCREPANCY,
  /** An article explicitly reports that one party contradicts another. */
  REPORTED_CONTRADICTION,
  /** A figure that a later report raises or lowers (a rising death toll). */
  REVISION
}
