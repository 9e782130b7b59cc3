package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "The Kremlin rejected the widow's accusations", "Russia says the Dutch report is biased", "Iran denounces the
 * Canadian ruling", "Goodale rejects Iran's offer": a party rejects another party's claim, report, verdict or offer.
 * The other side is the owner the rejection names, with its own claims in the event's coverage when they can be
 * found (by name, or for a verdict or report without an owner, the court or investigators the coverage quotes);
 * when it never speaks for itself, the rejected claim as the rejecting article reports it stands for it.
 */
final class RejectionDetector implements Detector {
  private static final Pattern COURT = Pattern.compile("(?i)\\b(court|courts|judges?|tribunal|justice)\\b");
  static final Pattern INVESTIGATORS = Pattern.compile("(?i)\\b(report|board|investigat\\w*|inquiry|commission|probe|"
      + "team|experts|mission|panel|study|findings|office)\\b");
  private static final Pattern FINDING_CUES = Pattern.compile("find|conclude|report|say|state|estimate|determine|rule|show");

  @Override
  public String name() {
    return "rejection";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Candidate> out = new ArrayList<>();
    Assertions assertions = new Assertions(event);
    for (Stance r : event.stances) {
      if (!anchors(r)) continue;
      out.addAll(candidates(event, r, ownerClaims(event, assertions, r)));
    }
    return out;
  }

  /**
   * The candidates for rejection {@code r}: one per government that made the rejected claim when the rejection names no
   * owner ("denied reports that its missiles hit the village" answers a foreign intelligence official and the
   * neighbour's government that each said so: two states, two disputes), else one. Speakers of no state (a monitoring
   * body, a rights group) join the first dispute.
   */
  List<Candidate> candidates(EventStances event, Stance r, List<Claim> ownClaims) {
    if (r.target().owner() != null || ReferredClaims.anaphoric(r) || ownClaims.size() < 2) {
      Candidate c = candidate(event, r, ownClaims);
      return c == null ? List.of() : List.of(c);
    }
    Map<String, List<Claim>> byParty = new java.util.LinkedHashMap<>();
    List<Claim> stateless = new ArrayList<>();
    for (Claim c : ownClaims) {
      Party p = event.parties.of(c);
      if (p.isGovernment()) byParty.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(c);
      else stateless.add(c);
    }
    if (byParty.isEmpty()) byParty.put("", stateless);
    else byParty.values().iterator().next().addAll(stateless);
    List<Candidate> out = new ArrayList<>();
    for (List<Claim> ofParty : byParty.values()) {
      Candidate c = candidate(event, r, ofParty);
      if (c != null) out.add(c);
    }
    return out;
  }

  /** "Chile's", "the officials'", "the Palestinians'": a word ending in a single s takes the apostrophe alone. */
  static String possessive(String owner) {
    String last = owner.substring(owner.lastIndexOf(' ') + 1);
    boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss");
    return owner + (plural ? "'" : "'s");
  }

  /** A named party's rejection of something: what a candidate is found for. */
  static boolean anchors(Stance r) {
    return r.act() == Stance.Act.REJECT && r.target() != null && r.party().isNamed();
  }

  /** An affirmed, unquestioned assertion: what can be the rejected owner's own claim. */
  static boolean asserts(Stance s) {
    return s.act() == Stance.Act.ASSERT && s.claim().polarity() == Polarity.AFFIRMED && s.claim().modality() != Modality.QUESTIONED;
  }

  private static final Pattern REPORTS_THAT = Pattern.compile("^(\\S+)\\s.*\\bthat$");

  /**
   * The candidate for rejection {@code r} given the owner's own claims found in the event, in event order; null when
   * it sets no two parties against each other.
   */
  Candidate candidate(EventStances event, Stance r, List<Claim> ownClaims) {
    List<Claim> owners = new ArrayList<>(ownClaims);
    // A report the article told of just before belongs to whoever it told of it as theirs.
    String ownerName = r.target().owner();
    if (ownerName == null && ReferredClaims.reportReferred(event, r) == null) {
      String earlier = earlierOwner(event, r);
      ownerName = earlier != null ? earlier : ReferredClaims.bodyOwning(r.claim().content());
      if (ownerName == null) ownerName = issuer(r.target().kind());
      // "rejected initial reports that the blast was a bomb": reports no one is named giving, and no one in the
      // coverage gives, stand for themselves against the rejection.
      if (ownerName == null && owners.isEmpty()) ownerName = unattributedReports(r.target().noun(), r.claim().content());
    }
    if (owners.isEmpty() && ownerName == null) return null;
    // The rejected thing as the rejecting article reports it stands beside the owner's own claims: it names the
    // owner as the article does and says what was rejected.
    // It goes first, so that the owner's party is the one the rejection names whichever of its claims were found:
    // "the court's verdict" and "the court's sentences" are one dispute with the court.
    if (ownerName != null) owners.add(0, reportedClaim(r, ownerName));
    Party ownerParty = event.parties.of(owners.get(0));
    if (EventStances.sameSide(ownerParty, r.party())) return null;
    // "reports that missiles had hit the town" is named "reports": what they say is in the statements.
    String noun = REPORTS_THAT.matcher(r.target().noun().toLowerCase(Locale.ROOT)).replaceFirst("$1");
    String owner = ownerName != null ? ownerName : ownerParty.label();
    // ("whether the reports stand", not "the reports' reports"; "whether the analysis stands", not "the report's authors' analysis")
    String whose = owner.endsWith(noun) || owner.startsWith("the " + noun) || owner.equals(issuer(TargetReader.Kind.REPORT)) ? "the" : possessive(owner);
    // ("the analysis", "the thesis": a singular in -sis.)
    boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("sis") && !noun.endsWith("us");
    String topic = "whether " + whose + " " + noun + (plural ? " stand: " : " stands: ") + r.party().label() + " rejects " + (plural ? "them" : "it");
    String explanation = r.party().label() + " (" + r.claim().claimant() + ") rejects " + whose + " " + noun + ": "
        + Contents.clip(r.claim().content(), 160);
    // Rejected accusations are part of the dispute over who did it; a rejected report, verdict or offer is a
    // question of its own ("does the report stand?"), even between the same two parties.
    String question = r.target().kind() == TargetReader.Kind.STATEMENT ? "denial" : "rejected " + r.target().kind().name().toLowerCase(Locale.ROOT);
    return new Candidate(question, true, ContradictionKind.DENIAL, topic, ownerParty, whose + " " + noun, owners,
        r.party(), "rejects the " + noun, List.of(r.claim()), owners.get(0).id().endsWith(":rejected") ? 0.7 : 0.85,
        Severity.HIGH, explanation, name());
  }

  /**
   * What the owner look-ups need, read once per event: the affirmed, unquestioned assertions in event order, an index
   * from each word to the assertions holding it, and which parties a name names.
   */
  private static final class Assertions {
    final List<Stance> stances = new ArrayList<>();
    final Map<String, List<Integer>> byWord = new java.util.HashMap<>();
    final Map<String, Boolean> named = new java.util.HashMap<>();

    Assertions(EventStances event) {
      for (Stance s : event.stances) {
        if (!asserts(s)) continue;
        for (String w : event.words(s.claim().content())) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(stances.size());
        stances.add(s);
      }
    }

    /** Positions of the assertions sharing a word with {@code words}, in event order. */
    java.util.SortedSet<Integer> sharingAWord(Set<String> words) {
      java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
      for (String w : words) out.addAll(byWord.getOrDefault(w, List.of()));
      return out;
    }
  }

  /** The owner's own claims in the event: by the name the rejection gives, or the court or investigators it implies. */
  private static List<Claim> ownerClaims(EventStances event, Assertions assertions, Stance r) {
    List<Claim> owned = new ArrayList<>();
    List<Claim> back = referredBack(event, r);
    if (!back.isEmpty() || ReferredClaims.anaphoric(r)) return back;
    if (r.target().owner() != null) {
      for (Stance s : assertions.stances) if (owns(event, assertions.named, r, s)) owned.add(s.claim());
      return owned;
    }
    // Without an owner, only claims sharing the rejected words can be its issuer's: those the index gives; or, for a
    // body named as the rejected thing, that body's claims.
    if (bodyHead(r.target()) != null) {
      for (Stance s : assertions.stances) if (bodyNamed(r.target(), s.claim()) && owns(event, assertions.named, r, s)) owned.add(s.claim());
      if (!owned.isEmpty()) return owned;
    }
    for (int i : assertions.sharingAWord(event.words(r.claim().content()))) {
      Stance s = assertions.stances.get(i);
      if (owns(event, assertions.named, r, s)) owned.add(s.claim());
    }
    return owned;
  }

  private static final Set<String> BODIES = Set.of("mission", "panel", "commission", "inquiry", "investigation", "committee");

  /** The rejected thing is a body ("the mission", "the inquiry") and the claim is that body's, by its claimant's name. */
  private static boolean bodyNamed(TargetReader.Target target, Claim c) {
    String head = bodyHead(target);
    // (A list, not Set.of: a name may repeat a word, "Tamsar al-Tamsar", and Set.of throws on a repeated element.)
    return head != null && c.claimant() != null && java.util.Arrays.asList(c.claimant().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(head);
  }

  /** The body a rejected report is named for ("mission" of "the fact-finding mission"), or null. */
  private static String bodyHead(TargetReader.Target target) {
    if (target.kind() != TargetReader.Kind.REPORT) return null;
    String noun = target.noun().toLowerCase(Locale.ROOT);
    String head = noun.substring(noun.lastIndexOf(' ') + 1);
    return BODIES.contains(head) ? head : null;
  }

  /**
   * Whether assertion {@code s} is the rejected owner's own claim about what {@code r} rejects: another party's, by
   * the name the rejection gives and about the rejected words (or, for a report or ruling, its findings); without a
   * name, about the rejected words and from the court or investigators the rejected thing implies. {@code named}
   * keeps which parties a name names.
   */
  static boolean owns(EventStances event, Map<String, Boolean> named, Stance r, Stance s) {
    if (EventStances.sameSide(s.party(), r.party())) return false;
    Set<String> rejected = event.words(r.claim().content());
    String owner = r.target().owner();
    if (owner == null) {
      // "The allegations", "such claims" with nothing told of just before, and nothing more said of them: whose is not
      // known, and a word in common with someone's claim does not make them theirs.
      if (ReferredClaims.pointedStatement(r) && bareTarget(event, r)) return false;
      // The outlet's own telling of the event ("the blast that killed 24") is no one's rejected claim.
      if (s.party().isOutlet() && "state".equals(s.claim().cue())) return false;
      // "accused the visiting mission of bias": the body named as the rejected thing owns what it said, in any words.
      if (bodyNamed(r.target(), s.claim())) return true;
      // ("denied reports that drones were launched from its territory": a claim about the party or its territory owns
      // the reports, not every party's words about the attack.)
      return ownedWords(event, r, rejected, s) && issuedBy(s, r.target().kind());
    }
    if (!names(named, s.party(), owner)) return false;
    // Of the owner's claims, those about what was rejected: the rejected words, or its findings for a report (an offer is
    // the owner's words about the offer, not everything the owner said); or most of a short rejected claim's own words,
    // past the owner's name and the noun ("the police's claim that he was a courier": "a courier who fired at them").
    boolean findings = r.target().kind() == TargetReader.Kind.REPORT || r.target().kind() == TargetReader.Kind.RULING;
    Set<String> said = event.words(s.claim().content());
    return Contents.overlap(rejected, said, 0.2) || findings && issuedBy(s, r.target().kind())
        || Contents.mostOf(Contents.without(rejected, event.words(owner + " " + r.target().noun())), said);
  }

  private static final java.util.regex.Pattern OWN_PRONOUN = java.util.regex.Pattern.compile("(?i)\\b(?:its|their|our)\\b");

  /**
   * Whether claim {@code s} says what the unowned rejection {@code r} rejects: words in common, and when the rejected
   * thing is the rejecting party's own ("denied reports that drones were launched from its territory at the oil plant"),
   * a claim about that party ("launched from Ostria"), not any party's words about the attack on the oil plant. Read
   * from the two claims alone, so that detection kept between articles gives what the whole event gives.
   */
  private static boolean ownedWords(EventStances event, Stance r, Set<String> rejected, Stance s) {
    Set<String> said = event.words(s.claim().content());
    java.util.regex.Matcher own = OWN_PRONOUN.matcher(r.claim().content());
    if (!own.find()) return Contents.overlap(rejected, said, 0.2);
    // The party by its name, or what of its own was named ("its patrol boat" is "the patrol boat").
    Set<String> partyWords = new java.util.HashSet<>(event.words(r.party().label()));
    partyWords.remove("government");
    // ("The Estonian government" denies something of its territory: "launched from southern Estonia" names it.)
    if (r.party().isGovernment()) partyWords.addAll(event.words(r.party().key().substring(Party.GOVERNMENT.length())));
    String[] after = r.claim().content().substring(own.end()).strip().split("\\s+");
    Set<String> possessed = event.words(String.join(" ", java.util.Arrays.copyOf(after, Math.min(2, after.length))));
    // "Denied reports that its territory was used for the attacks" against "the attacks were launched from southern
    // Estonia": the party's own ground named as where they came from, in other words than the rejection's.
    if (OWN_GROUND.matcher(r.claim().content().substring(own.end())).lookingAt() && cameFrom(s.claim().content(), partyWords)) return true;
    boolean aboutTheParty = false;
    for (String w : partyWords) aboutTheParty |= said.contains(w);
    for (String w : possessed) aboutTheParty |= said.contains(w);
    if (!aboutTheParty) return false;
    Set<String> asked = new java.util.HashSet<>(rejected);
    asked.addAll(partyWords);
    return Contents.overlap(asked, said, 0.2);
  }

  private static final Pattern OWN_GROUND = Pattern.compile("(?i)\\s*(?:territory|soil|airspace|land)\\b");
  private static final Pattern CAME_FROM = Pattern.compile("(?i)\\b(?:launched|fired|came|coming|carried out|originated|flew|"
      + "flown|took off)\\s+from\\s+(?:the\\s+)?(?:(?:north|south|east|west)\\w*\\s+)?(\\p{L}+)");

  /** The content says something came from a place one of {@code partyWords} names: "launched from southern Estonia". */
  private static boolean cameFrom(String content, Set<String> partyWords) {
    java.util.regex.Matcher m = CAME_FROM.matcher(content);
    while (m.find()) if (partyWords.contains(m.group(1).toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  /** The rejection's own clause says nothing but its noun and labels ("the allegations as 'baseless', adding ..."). */
  private static boolean bareTarget(EventStances event, Stance r) {
    String content = r.claim().content();
    int comma = content.indexOf(',');
    String clause = StanceReader.REJECTION_WORDS.matcher(comma > 0 ? content.substring(0, comma) : content).replaceAll(" ");
    Set<String> words = new java.util.HashSet<>(event.words(clause));
    words.removeAll(event.words(r.target().noun()));
    return words.isEmpty();
  }

  /** What a claim's owner and a statement noun leave of a rejection's content: nothing more ("Israel's claim") but a verdict ("... were 'unfounded'"). */
  private static final Pattern BARE_REFERENCE = Pattern.compile("(?i)^\\W*(?:the\\s+)?[\\p{L} .-]+?['’]s?\\s+(?:latest\\s+|earlier\\s+|own\\s+)?"
      + "(?:claims?|allegations?|accusations?|assertions?|statements?|version(?: of events)?|account|narrative|charges?)\\W*(?:(?:\\s+(?:were|was|are|is|as))?\\s+\\W*(?:\\w+ly\\s+)?(?:unfounded|false|baseless|untrue|groundless|lies|fabricated|nonsense)\\b.*)?$");

  /** A rejection whose content is only the owner's claim named ("denied Putin's allegations"), saying nothing of it. */
  static boolean bareReference(Stance r) {
    return BARE_REFERENCE.matcher(r.claim().content()).matches();
  }

  /**
   * What a rejection refers back to in its own article, whatever its words: for "this is completely incorrect", the
   * claim just before; for "the ambassador denied Israel's claim" (a claim named by its owner alone), the owner's
   * assertions earlier in the article; for "the findings" or "such claims", the report or statement told of just
   * before. Empty when it refers back to nothing there.
   */
  static List<Claim> referredBack(EventStances event, Stance r) {
    if (ReferredClaims.anaphoric(r)) return ReferredClaims.anaphoricOwner(event, r);
    if (bareReference(r) && r.target().owner() != null) return ownersEarlierClaims(event, r);
    Claim report = ReferredClaims.reportReferred(event, r);
    return report == null ? List.of() : List.of(report);
  }

  /** The owner's assertions before a bare rejection ("denied Putin's allegations") in its article, in event order. */
  private static List<Claim> ownersEarlierClaims(EventStances event, Stance r) {
    Claim c = r.claim();
    Map<String, Boolean> named = new java.util.HashMap<>();
    List<Claim> out = new ArrayList<>();
    for (Stance s : event.stances) {
      Claim o = s.claim();
      if (asserts(s) && o.articleId().equals(c.articleId()) && o.charStart() < c.charStart() && !EventStances.sameSide(s.party(), r.party())
          && !s.party().isOutlet() && names(named, s.party(), r.target().owner())) {
        out.add(o);
      }
    }
    return out;
  }

  static boolean names(Map<String, Boolean> named, Party p, String owner) {
    return named.computeIfAbsent(p.key() + "\u0000" + owner, k -> names(p, owner));
  }

  /**
   * "The government denied a new report from reporter Mara Linde that P. ... Officials denied the report.": the owner
   * an earlier rejection in the same article named for a report or ruling, the latest before; null when none did.
   * ("condemned a Norland court ruling ... said the ruling by the district court lacks basis": one ruling, Norland's.)
   */
  private static String earlierOwner(EventStances event, Stance r) {
    if (r.target().kind() != TargetReader.Kind.REPORT && r.target().kind() != TargetReader.Kind.RULING) return null;
    Stance latest = null;
    for (Stance s : event.stances) {
      Claim o = s.claim();
      if (s.target() == null || s.target().owner() == null || s.target().kind() != r.target().kind()
          || !o.articleId().equals(r.claim().articleId()) || o.charStart() >= r.claim().charStart()) continue;
      if (latest == null || o.charStart() > latest.claim().charStart()) latest = s;
    }
    return latest == null ? null : latest.target().owner();
  }

  /** The party is the one the rejection names: a name of it contains the owner's last word, or the other way round. */
  private static boolean names(Party p, String owner) {
    String o = owner.toLowerCase(Locale.ROOT);
    String[] words = o.split("\\s+");
    String last = words[words.length - 1];
    // ("the HRW report" is Human Rights Watch's: an owner in capitals may be the initials of the party's name.)
    boolean initials = owner.length() <= 6 && owner.chars().allMatch(Character::isUpperCase);
    for (String n : p.names()) {
      String name = n.toLowerCase(Locale.ROOT);
      if (name.equals(o) || name.contains(o) || o.contains(name) && name.length() > 3 || last.length() > 3 && name.endsWith(last)
          || initials && owner.equals(PartyNames.initials(n))) {
        return true;
      }
    }
    String country = io.contraflow.analysis.nlp.Lexicon.english().country(words[0]);
    return country != null && p.key().equals(Party.GOVERNMENT + country.toLowerCase(Locale.ROOT));
  }

  /** A court's claim for a ruling, an investigating body's for a report; anyone's for a statement or offer. */
  private static boolean issuedBy(Stance s, TargetReader.Kind kind) {
    String who = String.join(" ", s.party().names()) + " " + s.party().label();
    return switch (kind) {
      case RULING -> COURT.matcher(who).find();
      case REPORT -> INVESTIGATORS.matcher(who).find() || FINDING_CUES.matcher(s.claim().cue() == null ? "" : s.claim().cue()).matches()
          && s.claim().claimantType() == ClaimantType.REPORT;
      case STATEMENT, PROPOSAL -> true;
    };
  }

  /** Who issues a verdict or a report that the rejection does not attribute: "the court", "the investigators". */
  private static final Pattern UNATTRIBUTED_REPORTS = Pattern.compile("(?i)^(?:the\\s+)?((?:(?:initial|early|earlier|first|media|news|press|local)\\s+)*reports)\\b");

  /** "initial reports", "media reports": rejected reports named as such where the noun is "reports", else null. */
  private static String unattributedReports(String noun, String content) {
    if (noun == null || !noun.strip().toLowerCase(Locale.ROOT).matches("reports(?: that)?") || content == null) return null;
    java.util.regex.Matcher m = UNATTRIBUTED_REPORTS.matcher(content.strip());
    return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String issuer(TargetReader.Kind kind) {
    return switch (kind) {
      case RULING -> "the court";
      case REPORT -> "the report's authors";
      case STATEMENT, PROPOSAL -> null;
    };
  }

  /** The rejected claim as the rejecting article reports it, held by the owner it names. */
  private static final Pattern HONORIFIC = Pattern.compile("(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\\.?\\s+\\p{Lu}");

  private static Claim reportedClaim(Stance r, String owner) {
    Claim c = r.claim();
    String country = io.contraflow.analysis.nlp.Lexicon.english().country(owner.split("\\s+")[0]);
    // "Mrs May's claim", "Mr Ortiz's allegations": a person, whom the event's other mentions may tie to a government.
    ClaimantType type = country != null ? ClaimantType.GOVERNMENT : HONORIFIC.matcher(owner).lookingAt() ? ClaimantType.PERSON
        : ClaimantType.ORGANIZATION;
    // The owner as the article spells it, article included ("The Hague"), is how a reader finds it in the text.
    String asWritten = r.target().ownerAsWritten() != null ? r.target().ownerAsWritten() : owner;
    return new Claim(c.id() + ":rejected", c.articleId(), c.source(), c.publishedAt(), owner, type, asWritten, null,
        country, "claim", c.content(), null, null, Map.of(), Map.of(), Polarity.AFFIRMED, Modality.ALLEGED, List.of(), null,
        false, c.sentence(), c.sentenceIndex(), c.charStart(), c.charEnd(), c.claimant(), c.dated());
  }
}
