package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.Polarity;
import java.util.List;

/**
 * One position in a contradiction and the claims that hold it.
 *
 * @param position the position in a few words ("destination: Belarus", "killed: 139")
 */
public record Side(String position, List<Claim> claims) {
  public Side {
    claims = List.copyOf(claims);
  }

  public List<String> claimants() {
    return claims.stream().map(Claim::claimant).distinct().toList();
  }

  /** The distinct statements; a denied one reads as such ("denies: it was responsible for the fire"). */
  public List<String> statements() {
    return claims.stream().map(c -> c.polarity() == Polarity.DENIED ? "denies: " + c.content() : c.content()).distinct().toList();
  }

  public List<String> sources() {
    return claims.stream().map(Claim::source).filter(s -> s != null && !s.isBlank()).distinct().toList();
  }

  public List<String> articles() {
    return claims.stream().map(Claim::articleId).distinct().toList();
  }
}
