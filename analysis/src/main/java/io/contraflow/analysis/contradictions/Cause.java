package io.contraflow.analysis.contradictions;

/**
 * The answers to "how did it come about", as {@link CauseReader} reads them from {@code lexicon/causes.txt}:
 * deliberate, incompatible with accidental and natural; and, for a blast, an external strike (a missile, shelling)
 * against an internal explosion (blown up from inside), incompatible with each other and compatible with any of the
 * first three.
 */
enum Cause {
  DELIBERATE, ACCIDENTAL, NATURAL,
  /** Those in charge failed at their task ("overcrowding", "poor crowd control"): against a plot, how it happened. */
  NEGLIGENCE,
  /** Those harmed brought it on themselves ("an undisciplined crowd", "did not follow instructions"): whose failing. */
  OWN_FAULT,
  /** Done to oneself ("slipped and struck his head", "took his own life"): against a beating, how a detainee died. */
  SELF_INFLICTED,
  EXTERNAL_STRIKE, INTERNAL_EXPLOSION,
  /** A hazard that is no weapon (birds, an engine failure, a pilot's error): against a strike or a bomb, how it happened. */
  MISHAP,
  CIVILIAN_TARGET, MILITARY_TARGET,
  REMOTE_DETONATION, SUICIDE_ATTACK,
  /** Whose fault an accident was: a person's error, or a machine's failure ("the signalman's error", "a faulty signal"). */
  HUMAN_ERROR, TECHNICAL_FAULT,
  /**
   * What set a fire alight: an electrical fault, a cylinder of gas or oxygen that burst, fireworks, an open flame, a
   * cloud of coal dust that ignited, a shot that hit the tank. Two parties naming two of them give two accounts of how
   * it started (either may still be an accident).
   */
  ELECTRICAL, CYLINDER, PYROTECHNICS, OPEN_FLAME, DUST_EXPLOSION, GUNFIRE,
  /** Where a disaster came from (nature, people); how a crowd's dead died (crushed or fallen, or by the force used on them). */
  NATURAL_HAZARD, MAN_MADE, CROWD_CRUSH, SECURITY_FORCE,
  /**
   * An attempt on someone's life: a question of its own ("was it an attempt to kill the president?"), answered
   * yes or no; read like an intent (a speaker who doubts it rules it out), and compatible with any other cause.
   */
  ATTEMPT_ON_LIFE;

  /**
   * Causes named by what happened rather than by intent: how a blast came about (struck from outside or blown up
   * within), what a strike hit (homes and civilians, or military sites), and how a bomb was set off (from afar, or by
   * a bomber who died with it). Each answers its own question.
   */
  boolean mechanism() {
    return axis() != null;
  }

  /** An electrical fault, a cloud of dust alight, a machine's failure or a person's slip: never done on purpose. */
  boolean accidentByNature() {
    return this == ELECTRICAL || this == DUST_EXPLOSION || this == TECHNICAL_FAULT || this == HUMAN_ERROR;
  }

  /** The question a mechanism answers, or null for intent (deliberate, accidental, natural). */
  String axis() {
    return switch (this) {
      case EXTERNAL_STRIKE, INTERNAL_EXPLOSION, MISHAP -> "how";
      case CIVILIAN_TARGET, MILITARY_TARGET -> "target";
      case REMOTE_DETONATION, SUICIDE_ATTACK -> "detonation";
      case HUMAN_ERROR, TECHNICAL_FAULT -> "fault";
      case ELECTRICAL, CYLINDER, PYROTECHNICS, OPEN_FLAME, DUST_EXPLOSION, GUNFIRE -> "ignition";
      case NATURAL_HAZARD, MAN_MADE -> "origin";
      case CROWD_CRUSH, SECURITY_FORCE -> "crowd deaths";
      default -> null;
    };
  }
}
