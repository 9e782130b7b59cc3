package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One position in a contradiction, the parties that hold it and the claims that show it.
 *
 * @param position the position in a few words ("destination: Belarus", "killed: 139", "deliberate (in cold blood)")
 * @param parties the parties holding it, as a reader names them ("Russian government", "Human Rights Watch")
 * @param names the names as the articles wrote them ("Dmitry Peskov", "the Kremlin", "Kremlin spokesman")
 */
public record Side(String position, List<Claim> claims, List<String> parties, List<String> names) {
  public Side {
    claims = List.copyOf(claims);
    parties = List.copyOf(parties);
    names = List.copyOf(names);
  }

  /** A side whose parties are its claims' claimants (for callers without a party resolver). */
  public Side(String position, List<Claim> claims) {
    this(position, claims, claims.stream().map(Claim::claimant).distinct().toList(), List.of());
  }

  /** The parties, then every claimant as the claims name it. */
  public List<String> claimants() {
    Set<String> out = new LinkedHashSet<>(parties);
    for (Claim c : claims) out.add(c.claimant());
    return new ArrayList<>(out);
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
