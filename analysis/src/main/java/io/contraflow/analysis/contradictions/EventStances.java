package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The stances of one event's claims, read once and shared by every detector. */
final class EventStances {
  final String eventId;
  final List<Stance> stances;
  final PartyResolver parties;

  EventStances(String eventId, List<Claim> claims) {
    this.eventId = eventId;
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(Claim::id));
    this.parties = new PartyResolver(sorted);
    StanceReader reader = new StanceReader(parties);
    List<Stance> read = new ArrayList<>();
    for (Claim c : sorted) read.add(reader.read(c));
    this.stances = List.copyOf(read);
    this.words = new java.util.HashMap<>();
    this.start = EventStart.of(sorted).instant();
  }

  /** Some of an event's stances, read as the whole event reads them: with its words and its start. */
  EventStances(String eventId, List<Stance> stances, PartyResolver parties, java.util.Map<String, java.util.Set<String>> words,
      java.time.Instant start) {
    this.eventId = eventId;
    this.stances = stances;
    this.parties = parties;
    this.words = words;
    this.start = start;
  }

  /** When the event began ({@link EventStart}), or null when no claim has a publication time. */
  final java.time.Instant start;

  private final java.util.Map<String, java.util.Set<String>> words;

  /** The words read so far, for a view of some of this event's stances that reads them the same. */
  java.util.Map<String, java.util.Set<String>> words() {
    return words;
  }

  /**
   * {@link Contents#words} of a text, computed once per text for this event: detectors compare every claim with every
   * denial or rejection, and re-reading the same content for each pair was most of detection's time.
   */
  java.util.Set<String> words(String text) {
    return words.computeIfAbsent(text, t -> java.util.Collections.unmodifiableSet(Contents.words(t)));
  }

  /**
   * True when two parties are one side: the same party, or a person and the party one of whose names is theirs (a
   * president quoted by surname alone, and as "President Jane Doe" for the government, is one speaker).
   */
  static boolean sameSide(Party a, Party b) {
    return a.key().equals(b.key()) || namedIn(a, b) || namedIn(b, a) || oneMinistry(a, b);
  }

  private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile("(?i)\\b(?:ministry|minister|department)\\b");
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[^\\p{L}]+");

  /**
   * "the transport ministry" and "the Ministry of Land, Infrastructure and Transport": two names of one ministry, which
   * share a portfolio. (Which country's, the article often leaves to the reader.)
   */
  private static boolean oneMinistry(Party a, Party b) {
    if (!MINISTRY.matcher(a.label()).find() || !MINISTRY.matcher(b.label()).find()) return false;
    java.util.Set<String> portfolios = portfolios(a.label());
    for (String w : portfolios(b.label())) if (portfolios.contains(w)) return true;
    return false;
  }

  private static java.util.Set<String> portfolios(String label) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : WORDS.split(label.toLowerCase(java.util.Locale.ROOT))) {
      if (io.contraflow.analysis.nlp.Lexicon.english().isPortfolio(w)) out.add(w);
    }
    return out;
  }

  private static boolean namedIn(Party person, Party other) {
    if (!person.key().startsWith(Party.PERSON)) return false;
    String surname = person.key().substring(Party.PERSON.length());
    if (surname.isEmpty()) return false;
    for (String name : other.names()) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals(surname) || lower.endsWith(" " + surname)) return true;
    }
    return false;
  }
}
