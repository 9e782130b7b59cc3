package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.List;

/**
 * What one claim does, as detection reads it: who (the party), which act (asserts, denies, or rejects someone else's
 * claim, report, verdict or offer), what a rejection is aimed at, and how the claim says the incident came about.
 *
 * @param target for a rejection, the thing rejected and whose it is; else null
 * @param causes causes the claim states or rules out (deliberate, accidental, natural)
 */
record Stance(Claim claim, Party party, Act act, TargetReader.Target target, List<CauseReader.Reading> causes) {
  enum Act {
    /** States the content. */
    ASSERT,
    /** Denies the content ("X denied that P"). */
    DENY,
    /** Rejects someone else's claim, report, verdict or offer ("X rejected the accusations", "X called the report biased"). */
    REJECT
  }
}
