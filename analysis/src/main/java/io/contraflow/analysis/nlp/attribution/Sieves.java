package io.contraflow.analysis.nlp.attribution;

import java.util.List;

/**
 * The attribution sieves in the order they are applied to each sentence. Order matters: later sieves see what earlier
 * ones attributed (a cue inside attributed content is part of it; "according to X" names a speaker only when nothing
 * else did), so more specific constructions come first.
 */
public final class Sieves {
  private Sieves() {}

  /** The English sieves, in order. */
  public static List<Sieve> english() {
    return List.of(
        new IssuedTextSieve(),
        new DirectQuoteSieve(),
        new QuotedDisagreementSieve(),
        new DisagreementSieve(),
        new ClaimNounSieve(),
        new CirculatingClaimSieve(),
        new StatedPositionSieve(),
        new CueVerbSieve(List.of(
            new NotACueRule(),
            new RequestedSpeechRule(),
            new AsClaimedByRule(),
            new QuotedAsSayingRule(),
            new AdjectivalParticipleRule(),
            new PassiveByRule(),
            new ObjectRelativeRule(),
            new ReportedSpeechRule())),
        new EarlierFigureSieve(),
        new RelayedSpeechSieve(),
        new NestedReportSieve(),
        new EmbeddedQuoteSieve(),
        new TrailingDenialSieve(),
        new ProvedFalseSieve(),
        new DisputedThatSieve(),
        new ContraryToSieve(),
        new RejectingOpenerSieve(),
        new DespiteDenialsSieve(),
        new PairedFiguresSieve(),
        new AccordingToSieve(),
        new FigureSourceSieve(),
        new HeadlineSieve(),
        new ColonSourceSieve(),
        new CitedSourceSieve(),
        new NamedAfterSieve(),
        new DelayedIdentificationSieve(),
        new HeadlineTitleSieve(),
        new AscribedFigureSieve());
  }
}
