package io.contraflow.analysis.contradictions;

/**
 * A judgement of what a force did to people ({@link Gunfire}, {@link Mistreatment}): how it acted is the event's
 * question whatever else two answers name, and those it was done to are a side without a name ("witnesses said", "the
 * wounded said", "relatives say").
 */
abstract class ForceConduct extends Judgement {
  /**
   * A killing called an execution outright ("summarily executed", "extrajudicial killings", "execution-style"): no
   * self-defence ({@link SelfDefence}) and no fight ({@link Firefight}).
   */
  static final String PUT_TO_DEATH = "(?:summarily|arbitrarily|extra-?judicially)\\s+executed|summary\\s+executions?|"
      + "extra-?judicial\\s+(?:killings?|executions?)|execution-style";

  ForceConduct(String name, String topic, String yes, String no) {
    super(name, topic, yes, no);
  }

  @Override
  final boolean ofConduct() {
    return true;
  }

  @Override
  final boolean heardFromWitnesses() {
    return true;
  }
}
