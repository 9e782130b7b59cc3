package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Incompatible answers to "where": parties naming different places for the same frame (where someone went, where a
 * fire started), or one explicitly ruling out the other's place ("toward Belarus, not Ukraine"). A phrase that names
 * two countries at once ("the Ukrainian-Russian border") sets no position.
 */
final class PlaceDetector implements Detector {
  private final String predicate;
  private final String role;
  private final String topic;
  private final String phrase;

  PlaceDetector(String predicate, String role, String topic, String phrase) {
    this.predicate = predicate;
    this.role = role;
    this.topic = topic;
    this.phrase = phrase;
  }

  /** Where the people went ("fled toward Belarus"). */
  static PlaceDetector destinations() {
    return new PlaceDetector("move", "destination", "where the %s went: %s or %s", "headed for");
  }

  /** Where the incident started ("the fire started in the packaging hall"). */
  static PlaceDetector origins() {
    return new PlaceDetector("start", "location", "where the %s started: %s or %s", "started in the");
  }

  @Override
  public String name() {
    return "place:" + role;
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Stance> moves = new ArrayList<>();
    for (Stance s : event.stances) if (move(s) != NOT_A_MOVE) moves.add(s);
    Map<String, Set<String>> partiesByPlace = new LinkedHashMap<>();
    Set<String> soleDestinations = new java.util.TreeSet<>();
    for (Stance s : moves) {
      Set<String> places = move(s).places();
      for (String p : places) partiesByPlace.computeIfAbsent(p, k -> new java.util.TreeSet<>()).add(s.party().key());
      if (places.size() == 1) soleDestinations.addAll(places);
    }
    List<Candidate> out = new ArrayList<>();
    List<String> placeList = new ArrayList<>(soleDestinations);
    for (int i = 0; i < placeList.size(); i++) {
      for (int j = i + 1; j < placeList.size(); j++) {
        String p1 = placeList.get(i);
        String p2 = placeList.get(j);
        boolean explicit = moves.stream().anyMatch(s -> rulesOut(s, p1, p2) || rulesOut(s, p2, p1));
        Set<String> only1 = minus(partiesByPlace.get(p1), partiesByPlace.get(p2));
        Set<String> only2 = minus(partiesByPlace.get(p2), partiesByPlace.get(p1));
        if (!explicit && (only1.isEmpty() || only2.isEmpty())) continue;
        // Two towns, or a town and its country, may both be right ("to Spain", "to a town in Spain"): without a place
        // lexicon that knows where each lies, only two countries, or a place explicitly ruled out, disagree.
        if (!explicit && !(isCountry(p1) && isCountry(p2))) continue;
        // The side that names both (first one, then the other) holds the first; the other side is those who never
        // named it.
        String a = p1;
        String b = p2;
        boolean oneRulesOutTwo = moves.stream().anyMatch(s -> rulesOut(s, p1, p2));
        if (!oneRulesOutTwo && (moves.stream().anyMatch(s -> rulesOut(s, p2, p1)) || only1.isEmpty())) {
          a = p2;
          b = p1;
        }
        Set<String> holdersOfA = partiesByPlace.get(a);
        String fa = a;
        String fb = b;
        List<Stance> sideA = moves.stream().filter(s -> move(s).places().contains(fa)).toList();
        List<Stance> sideB = moves.stream().filter(s -> move(s).places().contains(fb)
            && !holdersOfA.contains(s.party().key())).toList();
        if (sideA.isEmpty() || sideB.isEmpty()) continue;
        String subject = sideA.stream().map(s -> s.claim().subject()).filter(s -> s != null).findFirst()
            .orElse(predicate.equals("move") ? "people" : "incident");
        String explanation = sideA.get(0).party().label() + " says the " + subject + " " + phrase + " " + a + "; "
            + sideB.get(0).party().label() + " says " + (predicate.equals("move") ? "they " : "it ") + phrase + " " + b + ".";
        out.add(new Candidate(predicate + ":" + role + ":" + a + ":" + b, false, ContradictionKind.ATTRIBUTED_DISAGREEMENT,
            String.format(topic, subject, a, b), sideA.get(0).party(), role + ": " + a, claims(sideA), sideB.get(0).party(),
            role + ": " + b, claims(sideB), explicit ? 0.9 : 0.7, Severity.HIGH, explanation, name()));
      }
    }
    return out;
  }

  /** A country or territory; a continent or bloc ("Europe") holds countries and so disagrees with none of them. */
  private static boolean isCountry(String place) {
    io.contraflow.analysis.nlp.Lexicon lexicon = io.contraflow.analysis.nlp.Lexicon.english();
    return lexicon.countryByNameOrDemonym(place) != null && !lexicon.isRegion(place);
  }

  private boolean rulesOut(Stance s, String affirmed, String ruledOut) {
    return move(s).places().contains(affirmed) && move(s).ruledOut().contains(ruledOut);
  }

  /** The places a stance names for this frame, and those it rules out. */
  private record Move(Set<String> places, Set<String> ruledOut) {}

  private static final Move NOT_A_MOVE = new Move(Set.of(), Set.of());

  /**
   * What each stance says of this frame, read once while this detector serves one event: kept between its
   * articles, the detector is given all the event's claims of the frame again whenever an article brings one.
   */
  private final Map<Stance, Move> read = new java.util.IdentityHashMap<>();

  private Move move(Stance s) {
    return read.computeIfAbsent(s, k -> {
      Claim c = k.claim();
      boolean move = predicate.equals(c.predicate()) && c.polarity() == Polarity.AFFIRMED && c.arguments().containsKey(role)
          && !"abroad".equals(c.arguments().get(role));
      return move ? new Move(places(c.arguments().get(role)), places(c.negatedArguments().get(role))) : NOT_A_MOVE;
    });
  }

  private static List<Claim> claims(List<Stance> stances) {
    return stances.stream().map(Stance::claim).toList();
  }

  private static Set<String> places(String joined) {
    if (joined == null || joined.isBlank()) return Set.of();
    return new LinkedHashSet<>(Arrays.asList(joined.split("\\|")));
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
