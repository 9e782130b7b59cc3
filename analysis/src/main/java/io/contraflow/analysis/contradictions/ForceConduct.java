package io.contraflow.analysis.contradictions;

/**
 * A judgement of what a force did to people ({@link Gunfire}, {@link Mistreatment}): how it acted is the event's
 * question whatever else two answers name, and those it was done to are a side without a name ("witnesses said", "the
 * wounded said", "relatives say").
 */
abstract class ForceConduct extends Judgement {
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
