package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.events.EventFeatures;
import io.contraflow.analysis.nlp.Annotations;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.attribution.Assertion;
import io.contraflow.analysis.nlp.AttributionFinder;
import io.contraflow.analysis.nlp.BoilerplateRemover;
import io.contraflow.analysis.nlp.Document;
import io.contraflow.analysis.nlp.HeadlineCase;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.MentionFinder;
import io.contraflow.analysis.nlp.Pipeline;
import io.contraflow.analysis.nlp.PosTagger;
import io.contraflow.analysis.nlp.QuoteFinder;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.SentenceSplitter;
import io.contraflow.analysis.nlp.Tokenizer;
import io.contraflow.analysis.semantic.Lead;
import io.contraflow.analysis.semantic.MiniLmEmbedder;
import io.contraflow.analysis.semantic.SentenceEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts attributed claims from an article: runs the annotator pipeline (boilerplate, sentences, tokens, tags,
 * quotes, mentions, attributions), reads each attributed content's frames and quantities, and adds the outlet's own
 * unattributed statements that carry figures or blame. Thread-safe; build one and share it.
 */
public final class ClaimExtractor {
  /**
   * Evidence, not a person, as the subject of a verb of showing: "satellite images appear to confirm that", "an
   * analysis of the footage shows". What follows is the outlet's report of what the evidence shows.
   */
  private static final Pattern EVIDENCE_SHOWS = Pattern.compile("(?i)^(?:[\\w’',-]+\\s+){0,3}?(?:satellite images?|images|imagery|"
      + "footage|videos?|photos|photographs|(?:an? |the )?analysis|evidence|records|data|(?:the )?results?)\\b[^.;:\"“”]{0,80}?\\b"
      + "(?:appears? to |appeared to |seems? to |seemed to )?(?:shows?|showed|confirms?|confirmed|suggests?|suggested|indicates?|"
      + "indicated|reveals?|revealed|proves?|proved)\\s+(?:that\\s+)?");
  private static final Pattern OUTLET_DENIAL = Pattern.compile("(?i)\\bno (credible |concrete |hard )?(evidence|proof|sign|indication)\\b");

  /** A cheap test that {@link #OUTLET_DENIAL} can match: each of its nouns, as most sentences hold none. */
  private static boolean mayDenyInOwnVoice(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("evidence") || lower.contains("proof") || lower.contains("sign") || lower.contains("indication");
  }

  private final Pipeline pipeline;
  /** Spans of attributed content that describe the event in the outlet's voice; collected per analysis. */
  private final ThreadLocal<List<int[]>> backgroundFigures = ThreadLocal.withInitial(ArrayList::new);
  private final PropositionReader propositions = new PropositionReader();
  /** Embeds each article's headline and lead for event grouping; null to leave the gist out. */
  private final SentenceEmbedder embedder;

  public ClaimExtractor(Pipeline pipeline) {
    this(pipeline, null);
  }

  public ClaimExtractor(Pipeline pipeline, SentenceEmbedder embedder) {
    this.pipeline = pipeline;
    this.embedder = embedder;
  }

  /** The English pipeline, with the gist of each article embedded by the bundled sentence model. */
  public static ClaimExtractor english() {
    return new ClaimExtractor(englishPipeline(), MiniLmEmbedder.get());
  }

  /** The English pipeline without the gist: claims and word features only (no model to load). */
  public static ClaimExtractor englishWithoutGist() {
    return new ClaimExtractor(englishPipeline(), null);
  }

  private static Pipeline englishPipeline() {
    return new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter(), new Tokenizer(), new HeadlineCase(), new PosTagger(),
        new QuoteFinder(), new MentionFinder(), new AttributionFinder()));
  }

  /**
   * Runs the extractor on a built-in sample article for about {@code budget} so the JIT has compiled the hot paths
   * before the first real article arrives: measured on the real broker, a cold extractor made the first ten
   * contradictions take about 0.9 s instead of 0.37 s. Returns the number of sample analyses run.
   *
   * <p>Every other run goes on a new thread. The tokenizer and the tagger keep per thread what they read of each
   * word, so runs on one thread soon only hit those caches; the stream thread that takes the first real articles
   * starts with empty ones, and every word of them is new to it. Fresh threads compile the paths a new word takes
   * (the models themselves, and building a thread's tokenizer and tagger) as well as the cached ones.
   */
  public int warmUp(java.time.Duration budget) {
    ArticleText sample;
    try (var in = ClaimExtractor.class.getResourceAsStream("/warmup/article.txt")) {
      if (in == null) return 0;
      sample = new ArticleText("warm-up", "Warm-up", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), null, null,
          java.time.Instant.EPOCH, "en");
    } catch (java.io.IOException e) {
      return 0; // warming up is an optimisation only
    }
    int runs = 0;
    long deadline = System.nanoTime() + budget.toNanos();
    while (System.nanoTime() < deadline) {
      if (runs % 2 == 0) {
        analyze(sample);
      } else {
        ArticleText article = sample;
        Thread fresh = new Thread(() -> analyze(article), "extraction-warm-up");
        fresh.start();
        try {
          fresh.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return runs;
        }
      }
      runs++;
    }
    return runs;
  }

  public ArticleAnalysis analyze(ArticleText article) {
    article = article.withBody(io.contraflow.analysis.nlp.HardWraps.unwrap(article.body()));
    Document doc = pipeline.annotate(new Document(article));
    List<Claim> claims = new ArrayList<>();
    // Attributed content is read for figures more than once (its claim, then whether it covers its sentence's figures).
    Map<String, List<Quantity>> figures = new java.util.HashMap<>();
    Function<String, List<Quantity>> quantities = text -> figures.computeIfAbsent(text, PersonAges::withAges);
    ArticleText headline = HeadlineClaims.alone(article);
    if (headline != null) {
      Document read = pipeline.annotate(new Document(headline));
      for (Attribution a : read.get(Annotations.ATTRIBUTIONS)) {
        for (Claim c : toClaims(headline, read, a, quantities)) claims.add(HeadlineClaims.placedBeforeBody(c, headline));
      }
    }
    // (Figures of background clauses are the body's: the headline's are read as its claims.)
    backgroundFigures.get().clear();
    List<Attribution> attributions = RunOnQuotes.withContinuations(doc.get(Annotations.ATTRIBUTIONS), doc.get(Annotations.QUOTES), doc.get(Annotations.SENTENCES));
    for (Attribution a : attributions) claims.addAll(toClaims(article, doc, a, quantities));
    String outlet = outletName(article);
    claims.addAll(FalselyClaimed.rebuttals(article, outlet, claims, doc.get(Annotations.SENTENCES)));
    claims.addAll(outletStatements(article, doc, attributions, quantities));
    for (int[] span : backgroundFigures.get()) {
      // ", in which 140 were killed" reads as "in which 140 were killed".
      while (span[0] < span[1] && (article.body().charAt(span[0]) == ',' || Character.isWhitespace(article.body().charAt(span[0])))) span[0]++;
      String text = article.body().substring(span[0], span[1]);
      List<Quantity> qs = QuantityReader.read(text).stream().filter(q -> q.counted() != null).toList();
      claims.add(new Claim(article.id() + ":" + span[0] + "-" + span[1], article.id(), article.source(), article.publishedAt(), outlet,
          ClaimantType.OUTLET, outlet, null, null, "state", text, null, null, Map.of(), Map.of(), Polarity.AFFIRMED, Modality.STATED, qs,
          null, false, sentenceText(doc, span[2], span[0], span[1]), span[2], span[0], span[1], null, article.dated()));
    }
    // Grouping features come from the text here, where it is whole; later stages carry only the features.
    EventFeatures features = EventFeatures.of(article);
    float[] gist = embedder == null ? null
        : embedder.embed(Lead.of(article.title(), doc.get(Annotations.SENTENCES).stream().map(Sentence::text).toList()));
    List<Claim> resolved = LeaderAgents.resolve(OfficeCountries.resolve(FiguresReferredBack.apply(OfficialFigures.apply(RetoldAndDenied.apply(dedupe(claims))))),
        doc.get(Annotations.MENTIONS));
    return new ArticleAnalysis(article, resolved, features.withGist(gist));
  }

  /**
   * A relative clause describing the event inside someone's claim ("the attack, in which 140 were killed") is the
   * outlet's; a participle of the claim's own verb ("shot down the jet, killing all 176") is the claimant's.
   */
  private static final Pattern BACKGROUND = Pattern.compile("(?i)(,\\s*(in which|which)\\b|\\b(that|which) (killed|left|saw|claimed)\\b)");

  private static final Pattern NEXT_COMMA = Pattern.compile("[,;]");
  private static final Pattern RELATIVE_CLAUSE_END = Pattern.compile("(?i)(?:[,;]|\\s(?:was|were|is|are|has|have|had|will|would|could|might|may)\\b)");
  private static final Pattern NEXT_TWO_WORDS = Pattern.compile("\\s*(\\p{L}+)\\s+(\\p{L}+)");
  private static final java.util.Set<String> SAYING = java.util.Set.of("say", "state", "tell", "report", "announce", "write");

  /** "Reports from the party, which stated that 300 died": its own claim, not background ("which claimed 40 lives" is). */
  private static boolean saysItself(String content, int after) {
    Matcher next = NEXT_TWO_WORDS.matcher(content);
    if (!next.find(after) || next.start() != after) return false;
    String lemma = io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.get(next.group(1).toLowerCase(java.util.Locale.ROOT));
    return lemma != null && (next.group(2).equalsIgnoreCase("that") || SAYING.contains(lemma));
  }

  private List<Claim> toClaims(ArticleText article, Document doc, Attribution a, Function<String, List<Quantity>> figures) {
    Mention sp = a.speaker();
    List<Quantity> quantities = figures.apply(a.content());
    var background = BACKGROUND.matcher(a.content());
    if (!a.direct() && background.find() && !saysItself(a.content(), background.end())) {
      // The clause ends where the claim's own verb resumes: "a strike which killed two people | was likely a mistake".
      // A clause set off by a comma ("the attack, in which 140 were killed, was ...") ends at the next comma; what
      // follows it ("the boat, which left Vell last week, | was carrying 170 people") is the claim's own.
      boolean commaForm = background.group(2) != null;
      var end = (commaForm ? NEXT_COMMA : RELATIVE_CLAUSE_END).matcher(a.content());
      int clauseEnd = end.find(background.end()) ? end.start() : a.content().length();
      List<Quantity> described = QuantityReader.read(a.content().substring(background.start(), commaForm ? clauseEnd : a.content().length()))
          .stream().filter(q -> q.counted() != null).toList();
      if (!described.isEmpty()) {
        quantities = quantities.stream().filter(q -> described.stream().noneMatch(d -> d.text().equals(q.text()))).toList();
        backgroundFigures.get().add(new int[] {a.contentStart() + background.start(), a.contentStart() + clauseEnd, a.sentenceIndex()});
      }
    }
    boolean sharedSpan = AttributionFinder.isReciprocal(a.content()) || doc.get(Annotations.ATTRIBUTIONS).stream()
        .anyMatch(o -> o != a && o.contentStart() == a.contentStart() && o.contentEnd() == a.contentEnd() && !o.speaker().key().equals(sp.key()));
    ReportedDisagreement reported = a.challenged() == null ? null
        : new ReportedDisagreement(sp.canonical(), a.challenged().canonical(), a.cue(), null);
    String sentence = sentenceText(doc, a.sentenceIndex(), a.contentStart(), a.contentEnd());
    quantities = FiguresInSentence.asReadIn(quantities, a.content(), sentence);
    // A denial of an accusation ("X accused Y of P, an allegation Y rejected") denies the same blame.
    boolean deniesBlame = Lexicon.DENIAL_CUES.contains(a.cue()) && doc.get(Annotations.ATTRIBUTIONS).stream()
        .anyMatch(o -> o != a && Lexicon.BLAME_CUES.contains(o.cue()) && o.content().equals(a.content()));
    List<Proposition> props = reported != null ? List.of()
        : Lexicon.BLAME_CUES.contains(a.cue()) || deniesBlame ? propositions.blame(a.content()) : propositions.read(a.content());
    // "denied killing the villagers", "admitted opening fire": the speaker answers for the deed itself.
    boolean ownDeed = Lexicon.DENIAL_CUES.contains(a.cue()) || "admit".equals(a.cue()) || "acknowledge".equals(a.cue());
    if (reported == null && props.isEmpty() && ownDeed && DeedGerund.opens(a.content())) {
      props = List.of(new Proposition(null, "responsible", Map.of("agent", "self"), Map.of(), false));
    }
    boolean breach = Charges.agreementMatter(a.content());
    if (Lexicon.BLAME_CUES.contains(a.cue()) && AttributionFinder.isReciprocal(a.content()) && (breach || !Charges.anotherMatter(a.content()))) {
      // "X and Y accused each other": each blames the other party of the same accusation ("of violating the truce":
      // of breaking the agreement).
      props = doc.get(Annotations.ATTRIBUTIONS).stream()
          .filter(o -> o != a && o.contentStart() == a.contentStart() && o.cue().equals(a.cue()) && !o.speaker().key().equals(sp.key()))
          .map(o -> new Proposition(null, breach ? "breach" : "responsible", Map.of("agent", o.speaker().affiliation() != null ? o.speaker().affiliation()
              : o.speaker().canonical()), Map.of(), false))
          .limit(1).toList();
    }
    List<Claim> out = new ArrayList<>();
    if ("as claimed".equals(a.cue())) {
      // The holder of "as claimed by X" asserts what the main clause ruled out.
      props = props.stream().filter(p -> !p.negatedArguments().isEmpty())
          .map(p -> new Proposition(p.subject(), p.predicate(), p.negatedArguments(), Map.of(), false)).toList();
    }
    if (props.isEmpty()) props = List.of(new Proposition(null, null, Map.of(), Map.of(), false));
    int n = 0;
    for (Proposition p : props) {
      Map<String, String> args = new LinkedHashMap<>(p.arguments());
      if ("self".equals(args.get("agent"))) args.put("agent", sp.affiliation() != null ? sp.affiliation() : sp.canonical());
      // Without a frame, the attribution's polarity: a denial cue, or content that says something did not happen or
      // rejects what another holds ("no missile hit the plane", "these are unfounded accusations").
      Polarity polarity = a.polarity();
      if (p.predicate() != null) {
        // A denial cue over a negated clause is an assertion; otherwise the frame's own negation decides.
        // "The Kremlin said it rejected accusations that P": the content's own rejection denies the frame too.
        boolean denialCue = Lexicon.DENIAL_CUES.contains(a.cue());
        boolean rejected = denialCue || Assertion.rejects(a.content(), a.cue());
        polarity = rejected ^ p.negated() ? Polarity.DENIED : Polarity.AFFIRMED;
        if ("responsible".equals(p.predicate()) && denialCue && !args.containsKey("agent")) {
          args.put("agent", sp.affiliation() != null ? sp.affiliation() : sp.canonical());
        }
      }
      String pronounAgent = args.get("agent");
      if (Proposition.SPEAKER_IF_PERSON.equals(pronounAgent) || Proposition.SPEAKER_IF_GROUP.equals(pronounAgent)) {
        // "Kessa said he was not involved": the speaker denies its own part. An affirmed "he ordered it" is more
        // often someone else's deed, a ministry's "he" is never the ministry, and in a speaker's own quoted words "he"
        // is someone else ("He should not accuse us"): those say nothing comparable.
        boolean fits = (sp.type() == ClaimantType.PERSON) == Proposition.SPEAKER_IF_PERSON.equals(pronounAgent) && !a.direct();
        if (fits && polarity == Polarity.DENIED) {
          args.put("agent", sp.affiliation() != null ? sp.affiliation() : sp.canonical());
        } else {
          p = new Proposition(null, null, Map.of(), Map.of(), false);
          args.clear();
          polarity = a.polarity();
        }
      }
      // Reciprocal accusations and joint sources ("according to X and Y") share their span: the claimant keeps their
      // ids apart.
      String id = article.id() + ":" + a.contentStart() + "-" + a.contentEnd() + (n++ > 0 ? ":" + n : "")
          + (sharedSpan ? ":" + sp.key() : "");
      out.add(new Claim(id, article.id(), article.source(), article.publishedAt(), sp.canonical(), sp.type(), sp.text(), sp.role(),
          sp.affiliation(), a.cue(), a.content(), p.subject(), p.predicate(), args, p.negatedArguments(), polarity, a.modality(),
          quantities, reported, a.direct(), sentence, a.sentenceIndex(), a.contentStart(), a.contentEnd(), a.relay(), article.dated()));
    }
    return out;
  }

  /**
   * Sentences no one is quoted in, where the outlet itself states a figure or who is (not) behind an act. The
   * outlet is their claimant.
   */
  private List<Claim> outletStatements(ArticleText article, Document doc, List<Attribution> attributions,
      Function<String, List<Quantity>> figures) {
    List<Claim> out = new ArrayList<>();
    String outlet = outletName(article);
    Map<Integer, List<Attribution>> bySentence = new java.util.HashMap<>();
    for (Attribution a : attributions) bySentence.computeIfAbsent(a.sentenceIndex(), k -> new ArrayList<>()).add(a);
    for (Sentence s : doc.get(Annotations.SENTENCES)) {
      List<Attribution> inSentence = RunOnQuotes.covering(bySentence, s);
      boolean attributed = inSentence.stream().anyMatch(a -> a.contentStart() < s.end() && a.contentEnd() > s.start());
      boolean noEvidence = mayDenyInOwnVoice(s.text()) && OUTLET_DENIAL.matcher(s.text()).find();
      // Most sentences carry neither a figure nor a "no evidence" verdict: the readers skip them cheaply.
      // (A toll of none is a party's position, not the outlet's running count: "no casualties" stays with who said it.)
      // (A load the outlet states, "a ship loaded with 41,000 tons of fertilizer", is its figure as a toll is.)
      List<Quantity> quantities = figures.apply(s.text()).stream().filter(q -> (q.counted() != null || QuantityReader.isLoad(q)) && !q.none()).toList();
      List<Proposition> props = !noEvidence || attributed ? List.of() : propositions.read(s.text()).stream().filter(p -> "responsible".equals(p.predicate())
          && p.arguments().containsKey("agent") && !p.arguments().get("agent").startsWith("self")).toList();
      int[] span = {s.start(), s.end()};
      if (attributed) {
        // Figures in attributed sentences the attribution did not cover ("...attack that killed 139 people") still count,
        // as the outlet's words around them, not the quote beside them.
        // So do those beside an attributed figure ("nine are feared drowned, although the coastguard confirmed four"):
        // each figure goes with whoever's words it stands in.
        // ("The group raised the figure to 631": a figure named only as a figure is the group's, with the measure its
        // sentence gives it.)
        boolean anyCovered = inSentence.stream().anyMatch(a -> !figures.apply(a.content()).isEmpty() || FiguresInSentence.refersToFigure(a.content()));
        if (anyCovered) quantities = quantities.stream().filter(q -> !insideAttribution(article.body(), s, inSentence, q)).toList();
        if (quantities.isEmpty()) continue;
        props = List.of();
        span = uncovered(article.body(), s, inSentence, quantities.get(0));
      }
      Matcher shows = attributed ? null : EVIDENCE_SHOWS.matcher(s.text());
      if (shows != null && shows.find() && s.text().length() - shows.end() > 20) {
        // "Satellite images appear to confirm that P", "the analysis shows P": the outlet reports what its evidence shows.
        int from = s.start() + shows.end();
        int to = s.end();
        while (to > from && ".!".indexOf(article.body().charAt(to - 1)) >= 0) to--;
        String shown = article.body().substring(from, to);
        out.add(new Claim(article.id() + ":" + from + "-" + to, article.id(), article.source(), article.publishedAt(), outlet,
            ClaimantType.OUTLET, outlet, null, null, "show", shown, null, null, Map.of(), Map.of(), Polarity.AFFIRMED,
            Modality.STATED, figures.apply(shown).stream().filter(q -> q.counted() != null).toList(), null, false, s.text(), s.index(),
            from, to, null, article.dated()));
        continue;
      }
      if (quantities.isEmpty() && !(noEvidence && !props.isEmpty())) continue;
      if (props.isEmpty() || !noEvidence) props = List.of(new Proposition(null, null, Map.of(), Map.of(), false));
      String text = article.body().substring(span[0], span[1]);
      for (Proposition p : props) {
        Polarity polarity = noEvidence && p.predicate() != null ? Polarity.DENIED : Polarity.AFFIRMED;
        String id = article.id() + ":" + span[0] + "-" + span[1] + (p.arguments().isEmpty() ? "" : ":" + p.arguments().get("agent"));
        out.add(new Claim(id, article.id(), article.source(), article.publishedAt(), outlet, ClaimantType.OUTLET, outlet, null, null,
            "state", text, p.subject(), p.predicate(), p.arguments(), p.negatedArguments(), polarity, Modality.STATED,
            quantities, null, false, s.text(), s.index(), span[0], span[1], null, article.dated()));
      }
    }
    return out;
  }

  /** Whether the figure {@code q} stands in an attributed content of {@code s} (or is not found in it). */
  private static boolean insideAttribution(String body, Sentence s, List<Attribution> attributed, Quantity q) {
    int at = body.indexOf(q.text(), s.start());
    return at < 0 || at >= s.end() || attributed.stream().anyMatch(a -> a.contentStart() <= at && at < a.contentEnd());
  }

  /** The stretch of {@code s} between attributed contents that holds the figure {@code q}, from its first word. */
  private static int[] uncovered(String body, Sentence s, List<Attribution> attributed, Quantity q) {
    int at = body.indexOf(q.text(), s.start());
    if (at < 0 || at >= s.end()) return new int[] {s.start(), s.end()};
    int from = s.start();
    int to = s.end();
    for (Attribution a : attributed) {
      if (a.contentEnd() <= at && a.contentEnd() > from) from = a.contentEnd();
      if (a.contentStart() > at && a.contentStart() < to) to = a.contentStart();
    }
    while (from < to && !Character.isLetterOrDigit(body.charAt(from))) from++;
    while (to > from && Character.isWhitespace(body.charAt(to - 1))) to--;
    return from < to ? new int[] {from, to} : new int[] {s.start(), s.end()};
  }

  /**
   * Who speaks when an article speaks for itself: its outlet; when the source is unknown, the host of its URL, or
   * the article id without the content hash ("000_x.txt#3fa2..." reads "000_x.txt").
   */
  static String outletName(ArticleText article) {
    if (article.source() != null && !article.source().isBlank()) return article.source();
    String id = article.id();
    if (id.startsWith("http://") || id.startsWith("https://")) {
      try {
        String host = java.net.URI.create(id).getHost();
        if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
      } catch (IllegalArgumentException notAUri) {
        // fall through to the id
      }
    }
    int hash = id.indexOf('#');
    return hash > 0 ? id.substring(0, hash) : id;
  }

  private static String sentenceText(Document doc, int index, int start, int end) {
    List<Sentence> sentences = doc.get(Annotations.SENTENCES);
    StringBuilder b = new StringBuilder();
    for (Sentence s : sentences) {
      if (s.index() == index || s.start() < end && s.end() > start) b.append(b.isEmpty() ? "" : " ").append(s.text());
    }
    return b.toString();
  }

  /** The same content attributed twice to the same party (a quote also caught as reported speech) is one claim. */
  private static List<Claim> dedupe(List<Claim> claims) {
    Map<String, Claim> byKey = new LinkedHashMap<>();
    for (Claim c : claims) {
      String key = c.claimant().toLowerCase(Locale.ROOT) + "|" + c.charStart() + "|" + c.predicate() + "|" + c.arguments();
      byKey.putIfAbsent(key, c);
    }
    return new ArrayList<>(byKey.values());
  }
}
