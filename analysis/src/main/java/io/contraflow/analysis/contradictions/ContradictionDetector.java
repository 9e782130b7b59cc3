package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.Modality;
import io.contraflow.analysis.claims.Polarity;
import io.contraflow.analysis.claims.Quantity;
import io.contraflow.analysis.nlp.Lexicon;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds contradictions among the claims of one event. Pure and deterministic: the same claims give the same
 * findings with the same ids, whatever order they arrived in, so a caller can re-run it as claims arrive and
 * publish what changed.
 *
 * <p>A finding is identified by its question and the two positions, never by who holds them, so that every
 * outlet's paraphrase of a statement is more evidence for one finding rather than a new one. Questions:
 * <ul>
 *   <li>where someone went (move frame): parties naming different destinations, or one explicitly ruling out the
 *       other's ("toward Belarus, not Ukraine");</li>
 *   <li>whether a country or the West is behind the act (responsible frame): asserted by some, denied by others;</li>
 *   <li>how many were killed, injured, ... : figures whose intervals do not overlap ("139" vs "at least 140");
 *       a later, higher figure from later reports is a revision, not a dispute;</li>
 *   <li>explicit reports of disagreement ("X contradicts Y"), folded into the finding that already sets X against
 *       Y, or reported on their own.</li>
 * </ul>
 */
public final class ContradictionDetector {
  private static final Lexicon LEXICON = Lexicon.english();

  public List<Finding> detect(String eventId, List<Claim> claimsOfEvent) {
    List<Claim> claims = claimsOfEvent.stream().sorted(Comparator.comparing(Claim::id)).toList();
    List<Finding> findings = new ArrayList<>();
    findings.addAll(positions(eventId, claims, "move", "destination", "where the %s went: %s or %s", "headed for"));
    findings.addAll(positions(eventId, claims, "start", "location", "where the %s started: %s or %s", "started in the"));
    findings.addAll(responsibility(eventId, claims));
    findings.addAll(mutualBlame(eventId, claims));
    findings.addAll(figures(eventId, claims));
    findings.addAll(deniedStatements(eventId, claims));
    return reported(eventId, claims, findings);
  }

  // ---- where someone went -------------------------------------------------------------------------------------

  /**
   * Incompatible answers to "where": parties naming different places for the same frame (where someone went, where
   * a fire started), or one explicitly ruling out the other's place.
   */
  private List<Finding> positions(String eventId, List<Claim> claims, String predicate, String role, String topicFormat, String phrase) {
    List<Claim> moves = claims.stream().filter(c -> predicate.equals(c.predicate()) && c.polarity() == Polarity.AFFIRMED
        && c.arguments().containsKey(role) && !"abroad".equals(c.arguments().get(role))).toList();
    Map<String, Set<String>> partiesByPlace = new LinkedHashMap<>();
    Set<String> soleDestinations = new TreeSet<>();
    for (Claim c : moves) {
      Set<String> dest = places(c.arguments().get(role));
      for (String d : dest) partiesByPlace.computeIfAbsent(d, k -> new TreeSet<>()).add(Parties.key(c));
      // "the Ukraine-Russia border" names two countries: it tells who holds which place, but sets no position.
      if (dest.size() == 1) soleDestinations.addAll(dest);
    }
    List<Finding> out = new ArrayList<>();
    List<String> placeList = new ArrayList<>(soleDestinations);
    for (int i = 0; i < placeList.size(); i++) {
      for (int j = i + 1; j < placeList.size(); j++) {
        String p1 = placeList.get(i);
        String p2 = placeList.get(j);
        boolean explicit = moves.stream().anyMatch(c -> rulesOut(c, role, p1, p2) || rulesOut(c, role, p2, p1));
        Set<String> only1 = minus(partiesByPlace.get(p1), partiesByPlace.get(p2));
        Set<String> only2 = minus(partiesByPlace.get(p2), partiesByPlace.get(p1));
        if (!explicit && (only1.isEmpty() || only2.isEmpty())) continue;
        // The side that names both (first one, then the other) holds the first; the other side is those who never
        // named it.
        String a = p1;
        String b = p2;
        boolean oneRulesOutTwo = moves.stream().anyMatch(c -> rulesOut(c, role, p1, p2));
        if (!oneRulesOutTwo && (moves.stream().anyMatch(c -> rulesOut(c, role, p2, p1)) || only1.isEmpty())) {
          a = p2;
          b = p1;
        }
        Set<String> holdersOfA = partiesByPlace.get(a);
        String fa = a;
        String fb = b;
        List<Claim> sideA = moves.stream().filter(c -> places(c.arguments().get(role)).contains(fa)).toList();
        List<Claim> sideB = moves.stream().filter(c -> places(c.arguments().get(role)).contains(fb)
            && !holdersOfA.contains(Parties.key(c))).toList();
        if (sideA.isEmpty() || sideB.isEmpty()) continue;
        String subject = sideA.stream().map(Claim::subject).filter(s -> s != null).findFirst().orElse(predicate.equals("move") ? "people" : "incident");
        String topic = String.format(topicFormat, subject, a, b);
        String explanation = names(sideA) + " " + verb(sideA, "says", "say") + " the " + subject + " " + phrase + " " + a + "; "
            + names(sideB) + " " + verb(sideB, "says", "say") + " " + (predicate.equals("move") ? "they " : "it ") + phrase + " " + b + ".";
        out.add(new Finding(id(eventId, predicate, role, a, b), eventId, ContradictionKind.ATTRIBUTED_DISAGREEMENT, topic,
            new Side(role + ": " + a, sideA), new Side(role + ": " + b, sideB), explicit ? 0.9 : 0.7, Severity.HIGH, explanation));
      }
    }
    return out;
  }

  /** One name per agent: a country however it is named ("Kyiv", "Ukrainian"), otherwise the name without "the". */
  private static String agentKey(String agent) {
    String country = LEXICON.country(agent);
    return country != null ? country : agent.replaceFirst("^(?i)the\\s+", "");
  }

  private static boolean rulesOut(Claim c, String role, String affirmed, String ruledOut) {
    return places(c.arguments().get(role)).contains(affirmed) && places(c.negatedArguments().get(role)).contains(ruledOut);
  }

  // ---- who is behind it ---------------------------------------------------------------------------------------

  private List<Finding> responsibility(String eventId, List<Claim> claims) {
    Map<String, List<Claim>> byAgent = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (!"responsible".equals(c.predicate())) continue;
      String agent = c.arguments().get("agent");
      // "X could not have done it alone" disputes exclusivity, not X's part: it is no denial of X's role.
      if (agent == null || "true".equals(c.arguments().get("exclusive"))) continue;
      byAgent.computeIfAbsent(agentKey(agent), k -> new ArrayList<>()).add(c);
    }
    List<Finding> out = new ArrayList<>();
    for (var e : new java.util.TreeMap<>(byAgent).entrySet()) {
      String agent = e.getKey();
      List<Claim> asserted = e.getValue().stream().filter(c -> c.polarity() == Polarity.AFFIRMED).toList();
      List<Claim> denied = e.getValue().stream().filter(c -> c.polarity() == Polarity.DENIED).toList();
      // A party does not dispute itself: keep each party on the side it takes most often.
      Set<String> deniers = denied.stream().map(Parties::key).collect(Collectors.toSet());
      asserted = asserted.stream().filter(c -> !deniers.contains(Parties.key(c))).toList();
      if (asserted.isEmpty() || denied.isEmpty()) continue;
      List<Claim> finalAsserted = asserted;
      boolean disagree = denied.stream().anyMatch(d -> finalAsserted.stream().noneMatch(a -> Parties.allied(a, d)));
      if (!disagree) continue;
      String topic = "whether " + agent + " was involved";
      String explanation = names(asserted) + " " + verb(asserted, "says", "say") + " " + agent + " was involved; " + names(denied) + " "
          + verb(denied, "denies", "deny") + " it.";
      double confidence = denied.stream().anyMatch(c -> c.claimantType() != io.contraflow.analysis.claims.ClaimantType.OUTLET) ? 0.85 : 0.6;
      out.add(new Finding(id(eventId, "responsible", "agent", agent, "denied"), eventId, ContradictionKind.DENIAL, topic,
          new Side(agent + " involved", asserted), new Side(agent + " not involved", denied), confidence, Severity.HIGH, explanation));
    }
    return out;
  }

  /**
   * Each side blames the other ("Russia says Ukraine shelled the plant; Ukraine says Russia did"): one party's
   * country or name is the agent the other party names, and the other way round.
   */
  private List<Finding> mutualBlame(String eventId, List<Claim> claims) {
    List<Claim> blames = claims.stream().filter(c -> "responsible".equals(c.predicate()) && c.polarity() == Polarity.AFFIRMED
        && c.arguments().get("agent") != null && !"true".equals(c.arguments().get("exclusive"))).toList();
    List<Finding> out = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (Claim x : blames) {
      String xSide = sideOf(x);
      String xBlames = agentKey(x.arguments().get("agent"));
      if (xSide == null || xSide.equalsIgnoreCase(xBlames)) continue;
      for (Claim y : blames) {
        String ySide = sideOf(y);
        if (ySide == null || !ySide.equalsIgnoreCase(xBlames) || !agentKey(y.arguments().get("agent")).equalsIgnoreCase(xSide)) continue;
        String pair = String.join("|", new TreeSet<>(List.of(xSide.toLowerCase(), ySide.toLowerCase())));
        if (!done.add(pair)) continue;
        String a = xSide;
        String b = ySide;
        List<Claim> sideA = blames.stream().filter(c -> a.equalsIgnoreCase(sideOf(c)) && b.equalsIgnoreCase(agentKey(c.arguments().get("agent")))).toList();
        List<Claim> sideB = blames.stream().filter(c -> b.equalsIgnoreCase(sideOf(c)) && a.equalsIgnoreCase(agentKey(c.arguments().get("agent")))).toList();
        String topic = "who is responsible: " + a + " or " + b;
        String explanation = names(sideA) + " " + verb(sideA, "blames", "blame") + " " + b + "; " + names(sideB) + " "
            + verb(sideB, "blames", "blame") + " " + a + ".";
        out.add(new Finding(id(eventId, "blame", pair), eventId, ContradictionKind.ATTRIBUTED_DISAGREEMENT, topic,
            new Side(b + " responsible", sideA), new Side(a + " responsible", sideB), 0.8, Severity.HIGH, explanation));
      }
    }
    return out;
  }

  /** The party a claimant speaks for: its country when it has one, else its own name. */
  private static String sideOf(Claim c) {
    if (c.affiliation() != null) return c.affiliation();
    if (c.claimantType() == io.contraflow.analysis.claims.ClaimantType.OUTLET) return null;
    return agentKey(c.claimant());
  }

  /**
   * "X denied that P" against someone else's "P" when P has no frame of its own: the two contents must share most
   * of their content words. Denials that say the same thing are one finding, anchored on the earliest.
   */
  private List<Finding> deniedStatements(String eventId, List<Claim> claims) {
    List<Claim> plain = claims.stream().filter(c -> c.predicate() == null && c.reported() == null).toList();
    List<Claim> denials = plain.stream().filter(c -> c.polarity() == Polarity.DENIED)
        .sorted(Comparator.comparing(Claim::publishedAt).thenComparing(Claim::id)).toList();
    List<Finding> out = new ArrayList<>();
    List<Set<String>> anchors = new ArrayList<>();
    List<List<Claim>> deniedGroups = new ArrayList<>();
    for (Claim d : denials) {
      Set<String> words = contentWords(d.content());
      if (words.size() < 3) continue;
      int k = 0;
      while (k < anchors.size() && !sameProposition(anchors.get(k), words)) k++;
      if (k == anchors.size()) {
        anchors.add(words);
        deniedGroups.add(new ArrayList<>());
      }
      deniedGroups.get(k).add(d);
    }
    for (int k = 0; k < anchors.size(); k++) {
      Set<String> anchor = anchors.get(k);
      List<Claim> deniedBy = deniedGroups.get(k);
      List<Claim> asserted = plain.stream().filter(c -> c.polarity() == Polarity.AFFIRMED && sameProposition(anchor, contentWords(c.content()))
          && deniedBy.stream().noneMatch(d -> Parties.allied(c, d))).toList();
      if (asserted.isEmpty()) continue;
      String statement = deniedBy.get(0).content();
      String topic = "whether " + (statement.length() > 80 ? statement.substring(0, 80) + "…" : statement);
      String explanation = names(asserted) + " " + verb(asserted, "says", "say") + " so; " + names(deniedBy) + " "
          + verb(deniedBy, "denies", "deny") + " it.";
      out.add(new Finding(id(eventId, "statement", String.join(" ", new TreeSet<>(anchor))), eventId, ContradictionKind.DENIAL, topic,
          new Side("asserted", asserted), new Side("denied", deniedBy), 0.65, Severity.MEDIUM, explanation));
    }
    return out;
  }

  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "by", "with",
      "from", "that", "this", "was", "were", "is", "are", "be", "been", "has", "have", "had", "it", "its", "as", "not", "no", "any", "never",
      "their", "they", "them", "he", "she", "his", "her", "we", "our", "i", "would", "could", "should", "will", "did", "do", "does", "there");

  private static Set<String> contentWords(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.length() < 3 || FUNCTION_WORDS.contains(w)) continue;
      out.add(w.replaceAll("(ing|ed|es|s)$", ""));
    }
    return out;
  }

  /** Most of the shorter statement's content words, and at least three, appear in the other. */
  private static boolean sameProposition(Set<String> a, Set<String> b) {
    Set<String> shared = new TreeSet<>(a);
    shared.retainAll(b);
    return shared.size() >= 3 && shared.size() >= 0.6 * Math.min(a.size(), b.size());
  }

  // ---- figures ------------------------------------------------------------------------------------------------

  private record Figure(Claim claim, Quantity quantity) {}

  private List<Finding> figures(String eventId, List<Claim> claims) {
    Map<String, List<Figure>> byMeasure = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.modality() == Modality.QUESTIONED) continue;
      for (Quantity q : c.quantities()) if (q.counted() != null && !"vague".equals(q.qualifier())) byMeasure.computeIfAbsent(q.counted(), k -> new ArrayList<>()).add(new Figure(c, q));
    }
    List<Finding> out = new ArrayList<>();
    for (var e : new java.util.TreeMap<>(byMeasure).entrySet()) {
      List<Figure> figs = e.getValue();
      double low = Double.MAX_VALUE;
      double high = -Double.MAX_VALUE;
      for (Figure f1 : figs) {
        for (Figure f2 : figs) {
          if (f1.quantity().value() < f2.quantity().value() && !f1.quantity().overlaps(f2.quantity())
              && !f1.claim().articleId().equals(f2.claim().articleId())) {
            low = Math.min(low, f1.quantity().value());
            high = Math.max(high, f2.quantity().value());
          }
        }
      }
      if (low == Double.MAX_VALUE) continue;
      double lo = low;
      double hi = high;
      List<Claim> sideA = distinct(figs.stream().filter(f -> f.quantity().value() == lo).map(Figure::claim).toList());
      List<Claim> sideB = distinct(figs.stream().filter(f -> f.quantity().value() == hi).map(Figure::claim).toList());
      // A revision: the higher figure comes only in later reports, from the same authority or a day or more later
      // (a death toll that rises as the injured die); figures given side by side are a discrepancy.
      boolean after = sideB.stream().allMatch(b -> sideA.stream().allMatch(a -> b.publishedAt().isAfter(a.publishedAt())));
      boolean sameAuthority = sideB.stream().anyMatch(b -> sideA.stream().anyMatch(a -> Parties.key(a).equals(Parties.key(b))));
      boolean dayLater = sideB.stream().allMatch(b -> sideA.stream().allMatch(a -> b.publishedAt().isAfter(a.publishedAt().plusSeconds(86_400))));
      boolean later = after && (sameAuthority || dayLater);
      ContradictionKind kind = later ? ContradictionKind.REVISION : ContradictionKind.NUMERIC_DISCREPANCY;
      Severity severity = later || (hi - lo) / hi < 0.05 ? Severity.LOW : Severity.MEDIUM;
      String measure = e.getKey();
      String a = fmt(lo);
      String b = fmt(hi);
      String topic = "number " + measure + ": " + a + " or " + b;
      String explanation = later
          ? "The figure for " + measure + " was revised from " + a + " to " + b + " in later reports."
          : names(sideA) + " " + verb(sideA, "gives", "give") + " " + a + " " + measure + "; " + names(sideB) + " " + verb(sideB, "gives", "give") + " " + b + ".";
      // One record per measure and event: a new figure updates it rather than opening another.
      out.add(new Finding(id(eventId, "figure", measure), eventId, kind, topic, new Side(measure + ": " + a, sideA),
          new Side(measure + ": " + b, sideB), later ? 0.5 : 0.6, severity, explanation));
    }
    return out;
  }

  // ---- explicit reports ---------------------------------------------------------------------------------------

  private List<Finding> reported(String eventId, List<Claim> claims, List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    Map<String, List<Claim>> unattached = new LinkedHashMap<>();
    for (Claim r : claims) {
      if (r.reported() == null) continue;
      boolean attached = false;
      for (int i = 0; i < out.size(); i++) {
        Finding f = out.get(i);
        if (f.kind() == ContradictionKind.NUMERIC_DISCREPANCY || f.kind() == ContradictionKind.REVISION) continue;
        Predicate<Claim> challengedParty = c -> matchesName(c, r.reported().challenged(), r);
        boolean aHasChallenger = f.sideA().claims().stream().anyMatch(c -> Parties.allied(c, r));
        boolean bHasChallenger = f.sideB().claims().stream().anyMatch(c -> Parties.allied(c, r));
        boolean aHasChallenged = f.sideA().claims().stream().anyMatch(challengedParty);
        boolean bHasChallenged = f.sideB().claims().stream().anyMatch(challengedParty);
        if (aHasChallenger && bHasChallenged) {
          out.set(i, withEvidence(f, r, true));
          attached = true;
        } else if (bHasChallenger && aHasChallenged) {
          out.set(i, withEvidence(f, r, false));
          attached = true;
        }
        if (attached) break;
      }
      if (!attached) {
        String pair = String.join("|", new TreeSet<>(List.of(Parties.key(r), r.reported().challenged().toLowerCase())));
        unattached.computeIfAbsent(pair, k -> new ArrayList<>()).add(r);
      }
    }
    for (var e : unattached.entrySet()) {
      List<Claim> reports = e.getValue();
      Claim first = reports.get(0);
      String challenged = first.reported().challenged();
      List<Claim> challengedClaims = claims.stream().filter(c -> c.reported() == null && matchesName(c, challenged, first)).toList();
      if (challengedClaims.isEmpty()) continue;
      String topic = first.claimant() + " " + first.reported().relation() + " " + challenged;
      String explanation = "Reports say " + first.claimant() + "'s account " + verbFor(first.reported().relation()) + " " + challenged + "'s.";
      out.add(new Finding(id(eventId, "reported", e.getKey(), "", ""), eventId, ContradictionKind.REPORTED_CONTRADICTION, topic,
          new Side(first.claimant(), reports), new Side(challenged, challengedClaims), 0.75, Severity.MEDIUM, explanation));
    }
    return out;
  }

  private static boolean matchesName(Claim c, String name, Claim report) {
    String n = name.toLowerCase();
    String[] parts = n.split("\\s+");
    if (Parties.key(c).equals(parts[parts.length - 1]) || c.claimant().equalsIgnoreCase(name)) return true;
    // "the Kremlin" / "Moscow" stand for the Russian government, and Putin speaks for it too.
    return n.endsWith(" government") && c.affiliation() != null && n.startsWith(LEXICON.demonym(c.affiliation()).toLowerCase());
  }

  private static Finding withEvidence(Finding f, Claim report, boolean onA) {
    Side a = onA ? new Side(f.sideA().position(), append(f.sideA().claims(), report)) : f.sideA();
    Side b = onA ? f.sideB() : new Side(f.sideB().position(), append(f.sideB().claims(), report));
    return new Finding(f.id(), f.eventId(), f.kind(), f.topic(), a, b, Math.min(0.95, f.confidence() + 0.05), f.severity(), f.explanation());
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private static List<Claim> append(List<Claim> claims, Claim c) {
    List<Claim> out = new ArrayList<>(claims);
    if (!out.contains(c)) out.add(c);
    return out;
  }

  private static List<Claim> distinct(List<Claim> claims) {
    return new ArrayList<>(new LinkedHashSet<>(claims));
  }

  private static Set<String> places(String joined) {
    if (joined == null || joined.isBlank()) return Set.of();
    return new LinkedHashSet<>(Arrays.asList(joined.split("\\|")));
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static String names(List<Claim> claims) {
    List<String> seen = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Claim c : claims) if (keys.add(Parties.key(c))) seen.add(c.claimant());
    if (seen.size() > 3) return String.join(", ", seen.subList(0, 3)) + " and others";
    return String.join(", ", seen);
  }

  private static String verb(List<Claim> claims, String singular, String plural) {
    return claims.stream().map(Parties::key).distinct().count() == 1 ? singular : plural;
  }

  private static String verbFor(String relation) {
    return switch (relation) {
      case "go against" -> "goes against";
      case "undermine" -> "undermines";
      default -> relation + "s";
    };
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
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
