package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds contradictions among the claims of one event. Pure and deterministic: the same claims give the same
 * findings with the same ids, whatever order they arrived in, so a caller can re-run it as claims arrive and publish
 * what changed.
 *
 * <p>Each claim is read once into a {@link Stance} (its {@link Party}, whether it asserts, denies or rejects, what
 * it rejects, what cause it gives); then each registered {@link Detector} proposes disputes:
 * <ul>
 *   <li>{@link RejectionDetector}: a party rejects another's claim, report, verdict or offer;</li>
 *   <li>{@link DenialDetector}: a party denies what another asserts;</li>
 *   <li>{@link BlameDetector}: parties name different agents, or one denies the agent another names;</li>
 *   <li>{@link CauseDetector}: deliberate against accidental or natural;</li>
 *   <li>{@link AuthenticityDetector}: a picture or recording called fake against one verified or called genuine;</li>
 *   <li>{@link StagingDetector}: the incident itself called staged against a party naming who did it;</li>
 *   <li>{@link JudgementDetector}: a judgement answered both ways: what failed kept to the rules or broke them
 *       ({@link Compliance}), what was released harmless or harmful ({@link Harm}), those in charge negligent or not
 *       ({@link Negligence}), what was hit cleared with the side that fired or not ({@link Coordination}), people fired
 *       on or not ({@link Gunfire}), evidence held or none shown ({@link Evidence});</li>
 *   <li>{@link WeaponDetector}: which make of weapon struck ("an Iskander" or "a Tochka-U");</li>
 *   <li>{@link ExistenceDetector}: "there was a fire at the dump" against "there was no fire at the dump";</li>
 *   <li>{@link FlagDetector}: "a Norland cargo ship" against "this is not a Norland ship";</li>
 *   <li>{@link SubstanceDetector}: a substance found in the water, or carried, against none;</li>
 *   <li>{@link ResponseDetector}: an accused party's defence against the accusation, in one article;</li>
 *   <li>{@link FigureDetector}: figures for one measure that cannot both be right;</li>
 *   <li>{@link PlaceDetector}: incompatible places (where someone went, where something started);</li>
 *   <li>{@link ContrastDetector} and {@link ReportedDetector}: disagreements the articles themselves point out,
 *       which add their evidence to a finding between the same parties, or stand alone;</li>
 *   <li>{@link ReversalDetector}: a party that the articles say reversed its account, against its earlier denials;</li>
 *   <li>{@link DisownedDetector}: a party that claimed a deed as its own and also denied any part in it.</li>
 *   <li>{@link DisownedFigureDetector}: a figure of the dead attributed to a party that the party denies giving.</li>
 *   <li>{@link DeniedCountDetector}: "300 people did not die" against another party's toll near it.</li>
 *   <li>{@link PartAboveWholeDetector}: one nation's count of the dead above another party's total, in one report.</li>
 * </ul>
 * Candidates of one question between the same two parties (or, for figures, the same two positions) are one
 * finding: every outlet's report of one dispute is more evidence for one record, with the trail of detectors that
 * found it.
 */
public final class ContradictionDetector implements java.util.function.BiFunction<String, List<Claim>, List<Finding>> {
  /** Share of the shorter denial's words two denials of one assertion share when one restates the other. */
  static final double RESTATED = 0.33;

  /** Every detector, in the order their candidates are merged (the first candidate of a finding sets its wording). */
  static List<Detector> detectors() {
    return List.of(new RejectionDetector(), new DenialDetector(), new BlameDetector(), BlameDetector.agreementsBroken(), new CauseDetector(), new AuthenticityDetector(), new WeaponDetector(),
        new StagingDetector(), new JudgementDetector(new Compliance()), new JudgementDetector(new Harm()),
        new JudgementDetector(new Negligence()), new JudgementDetector(new Foreknowledge()), new JudgementDetector(new Coordination()),
        new JudgementDetector(new Gunfire()), new JudgementDetector(new LockedExits()), new JudgementDetector(new TrackerOff()), new JudgementDetector(new RoughWater()),
        new JudgementDetector(new Mistreatment()), new JudgementDetector(new Proportionality()), new JudgementDetector(new Combatants()), new JudgementDetector(new ArmedCrowd()), new JudgementDetector(new Firefight()), new JudgementDetector(new SelfDefence()),
        new JudgementDetector(new Outcome()), new JudgementDetector(new Rescue()), new JudgementDetector(new Escape()), new JudgementDetector(new Ransom()),
        new JudgementDetector(new Intent()),
        new JudgementDetector(new Warning()), new JudgementDetector(new ArmedPresence()), new JudgementDetector(new Evidence()),
        new ExistenceDetector(), new FlagDetector(), new SubstanceDetector(), new WatersDetector(), new ResponseDetector(), new FigureDetector(), PlaceDetector.destinations(), PlaceDetector.origins(), new ContrastDetector(),
        new ReportedDetector(), new ReversalDetector(), new DisownedDetector(), new MisstatedTollDetector(),
        new DisownedFigureDetector(), new DeniedCountDetector(), new PartAboveWholeDetector());
  }

  /**
   * Supporting candidates join a finding others make rather than make one of their own question. Whether a killing
   * was meant is most often one side of a dispute already found (who fired, and the denial): it joins that finding,
   * and stands alone only where no other finding holds its claims.
   */
  static boolean supports(Candidate c) {
    return supportsQuestion(c.question());
  }

  static boolean supportsQuestion(String question) {
    return question.equals(ContrastDetector.QUESTION) || question.equals(ReportedDetector.QUESTION) || question.equals(Intent.QUESTION)
        || question.startsWith(WatersDetector.QUESTION);
  }

  /**
   * Detection of one event kept between articles: built from the event's claims, then given each article's new
   * claims, it gives what {@link #detect} gives for all of them, comparing only what the new claims can change.
   */
  public EventDetection start(String eventId, List<Claim> claimsOfEvent) {
    return new EventDetection(eventId, claimsOfEvent);
  }

  /** {@link #detect}, as the function a pipeline is given. */
  @Override
  public List<Finding> apply(String eventId, List<Claim> claimsOfEvent) {
    return detect(eventId, claimsOfEvent);
  }

  public List<Finding> detect(String eventId, List<Claim> claimsOfEvent) {
    EventStances event = new EventStances(eventId, claimsOfEvent);
    List<Candidate> primary = new ArrayList<>();
    List<Candidate> supporting = new ArrayList<>();
    // Detectors fresh for each event: some keep what they read of each stance while they serve one.
    for (Detector d : detectors()) {
      for (Candidate c : isolated(d.name(), () -> d.detect(event))) {
        (supports(c) ? supporting : primary).add(c);
      }
    }
    return CandidateMerger.findings(eventId, primary, supporting, event.parties, null);
  }

  /** Set (as the build's tests set it) to let a detector's fault fail the detection instead of being reported. */
  static final String FAIL_FAST = "contraflow.detectors.failFast";
  private static final System.Logger LOG = System.getLogger(ContradictionDetector.class.getName());

  /**
   * One detector's candidates, or none when it fails: a fault in one way of finding disputes (a rule that throws on
   * some sentence) must not take the event's other findings with it, nor stop the event's articles. The fault is
   * logged with the detector's name; tests set {@link #FAIL_FAST} so that no such fault passes unseen.
   */
  static List<Candidate> isolated(String detector, java.util.function.Supplier<List<Candidate>> run) {
    try {
      return run.get();
    } catch (RuntimeException e) {
      if (Boolean.getBoolean(FAIL_FAST)) throw e;
      LOG.log(System.Logger.Level.WARNING, "Contradiction detector '" + detector + "' failed; its findings are left out for this event", e);
      return List.of();
    }
  }

  static String id(String eventId, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(eventId.getBytes(StandardCharsets.UTF_8));
      for (String p : parts) {
        sha.update((byte) 0);
        sha.update(p.getBytes(StandardCharsets.UTF_8));
      }
      return "ctr-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
