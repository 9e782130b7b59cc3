package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How {@link EventDetection} drives one detector as an event's claims grow: what it must read again for an article,
 * and which of its earlier candidates stand. Each way gives the candidates the detector gives on the whole event, in
 * the same order; the detector's rules are its own.
 */
abstract class DetectorPart {
  final Detector detector;

  DetectorPart(Detector detector) {
    this.detector = detector;
  }

  /** The detector's candidates for {@code all}, the stances {@code added} (every stance, when null) being new. */
  abstract List<Candidate> candidates(EventStances all, Collection<Stance> added);

  /** A claim about a picture or recording: what the authenticity detector reads. */
  private static final Predicate<Claim> PICTURED = c -> AuthenticityDetector.position(c) != null;
  /** A denial, an accusation or a defence: what the response detector reads. */
  private static final Predicate<Claim> RESPONDS = c -> c.polarity() == Polarity.DENIED || ResponseDetector.ACCUSATION.matcher(c.content()).find()
      || ResponseDetector.DEFENCE.matcher(c.content()).find();

  /** {@code tests}: the event's answers to tests of a claim alone, kept across its rebuilds. */
  static DetectorPart of(Detector d, ClaimTests tests) {
    // (A person who speaks for a government may be one a blame claim named: the blamed office holder's government.)
    if (d instanceof BlameDetector b) return new Subset(d, s -> b.predicate().equals(s.claim().predicate()),
        s -> s.party().isGovernment() && s.claim().claimantType() == io.contraflow.analysis.nlp.ClaimantType.PERSON);
    if (d instanceof CauseDetector) return new Subset(d, s -> !s.causes().isEmpty());
    if (d instanceof AuthenticityDetector) return new Subset(d, tests.of(PICTURED));
    if (d instanceof StagingDetector) return new Subset(d, StagingDetector::relevant);
    if (d instanceof ExistenceDetector) return new Subset(d, ExistenceDetector::relevant);
    if (d instanceof FlagDetector) return new Subset(d, FlagDetector::relevant);
    if (d instanceof SubstanceDetector) return new Subset(d, SubstanceDetector::relevant);
    if (d instanceof JudgementDetector j) return new Subset(d, j::relevant);
    if (d instanceof ResponseDetector) return new Subset(d, tests.of(RESPONDS));
    if (d instanceof FigureDetector f) return new FigurePart(f);
    if (d instanceof PlaceDetector) return new Subset(d, s -> "move".equals(s.claim().predicate()) || "start".equals(s.claim().predicate()));
    if (d instanceof ContrastDetector || d instanceof PartAboveWholeDetector) return new ByArticle(d);
    if (d instanceof RejectionDetector r) return new RejectionPart(r);
    if (d instanceof ReportedDetector) return new Anchored(d, s -> s.claim().reported() != null);
    if (d instanceof ReversalDetector) return new Anchored(d, ReversalDetector::relevant);
    if (d instanceof WeaponDetector) return new Subset(d, WeaponDetector::relevant);
    if (d instanceof DisownedDetector) return new Subset(d, DisownedDetector::relevant);
    if (d instanceof MisstatedTollDetector) return new Anchored(d, MisstatedTollDetector::relevant);
    if (d instanceof DisownedFigureDetector) return new Anchored(d, DisownedFigureDetector::relevant);
    if (d instanceof DeniedCountDetector) return new Anchored(d, DeniedCountDetector::relevant);
    if (d instanceof DenialDetector denials) return new DenialPart(denials);
    return new Whole(d);
  }

  /** Reads the whole event for every article: what it finds depends on every claim (the denial detector's word counts). */
  static final class Whole extends DetectorPart {
    Whole(Detector d) {
      super(d);
    }

    @Override
    List<Candidate> candidates(EventStances all, Collection<Stance> added) {
      return detector.detect(all);
    }
  }

  /**
   * A detector that reads only the stances {@code relevant} accepts (every other stance it skips): it runs on those
   * alone, and only when an article brought one.
   */
  static final class Subset extends DetectorPart {
    private final Predicate<Stance> relevant;
    /** Stances the detector does not read but whose arrival can change what it finds (through the event's parties). */
    private final Predicate<Stance> rereadOn;
    private final TreeMap<String, Stance> held = new TreeMap<>();
    private List<Candidate> last = List.of();

    Subset(Detector d, Predicate<Stance> relevant) {
      this(d, relevant, s -> false);
    }

    Subset(Detector d, Predicate<Stance> relevant, Predicate<Stance> rereadOn) {
      super(d);
      this.relevant = relevant;
      this.rereadOn = rereadOn;
    }

    @Override
    List<Candidate> candidates(EventStances all, Collection<Stance> added) {
      boolean changed = false;
      for (Stance s : added == null ? all.stances : added) {
        if (!relevant.test(s)) {
          changed |= !held.isEmpty() && rereadOn.test(s);
          continue;
        }
        held.put(s.claim().id(), s);
        changed = true;
      }
      if (added == null || changed) last = detector.detect(new EventStances(all.eventId, List.copyOf(held.values()), all.parties, all.words(), all.start));
      return last;
    }
  }

  /**
   * A detector that finds nothing without an anchor stance (a reported disagreement) but reads the whole event for
   * each: it runs on every article once the event holds one.
   */
  static final class Anchored extends DetectorPart {
    private final Predicate<Stance> anchor;
    private boolean anchored;

    Anchored(Detector d, Predicate<Stance> anchor) {
      super(d);
      this.anchor = anchor;
    }

    @Override
    List<Candidate> candidates(EventStances all, Collection<Stance> added) {
      for (Stance s : added == null ? all.stances : added) anchored |= anchor.test(s);
      return anchored ? detector.detect(all) : List.of();
    }
  }

  /** A detector that compares claims of one article only: it runs again on the articles the new claims belong to. */
  static final class ByArticle extends DetectorPart {
    private final Map<String, TreeMap<String, Stance>> articles = new HashMap<>();
    private final Map<String, List<Candidate>> found = new HashMap<>();
    private List<Candidate> last = List.of();

    ByArticle(Detector d) {
      super(d);
    }

    @Override
    List<Candidate> candidates(EventStances all, Collection<Stance> added) {
      java.util.Set<String> touched = new java.util.HashSet<>();
      for (Stance s : added == null ? all.stances : added) {
        articles.computeIfAbsent(s.claim().articleId(), k -> new TreeMap<>()).put(s.claim().id(), s);
        touched.add(s.claim().articleId());
      }
      if (touched.isEmpty()) return last;
      for (String article : touched) {
        List<Stance> of = List.copyOf(articles.get(article).values());
        found.put(article, detector.detect(new EventStances(all.eventId, of, all.parties, all.words(), all.start)));
      }
      // In the whole event's order: by the first claim's id, each claim's pairs in their article's order.
      List<Candidate> out = new ArrayList<>();
      found.values().forEach(out::addAll);
      out.sort(Comparator.comparing(c -> c.claimsA().get(0).id()));
      last = out;
      return last;
    }
  }
}
