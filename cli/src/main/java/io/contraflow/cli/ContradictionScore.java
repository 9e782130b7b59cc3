package io.contraflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores an {@code analyze} run (contradictions.jsonl, events.jsonl) against a gold file such as
 * ../shared/seeds/gold.json, with the matching rule its {@code about} field states: a detection matches a gold entry
 * when one side names a claimant or source listed for side_a and the other one listed for side_b (either order,
 * case-insensitive substring) and its text mentions one of the entry's keywords. Reports recall of required entries,
 * precision, detections per matched entry, and pairwise event-grouping F1, the same figures as the shared
 * score-contradictions tool.
 */
public final class ContradictionScore {
  private static final Set<String> STOP = Set.of("the a an of to in on at and or for by with from that this was were is are be been has have had it its as said says".split(" "));
  private static final List<String> WHO_KEYS = List.of("claimant", "speaker", "source", "outlet", "article", "who", "entity", "name");

  /** The figures of one scoring. */
  public record Result(int requiredFound, int required, int truePositives, int scored, double eventsF1, Map<String, Integer> detectionsPerEntry,
                       List<String> unmatched) {
    public double precision() {
      return scored == 0 ? 0 : (double) truePositives / scored;
    }

    /** Detections per matched entry: 1.0 means each entry was reported once. */
    public double redundancy() {
      long hit = detectionsPerEntry.values().stream().filter(n -> n > 0).count();
      return hit == 0 ? 0 : (double) truePositives / hit;
    }

    public void print(PrintWriter out) {
      detectionsPerEntry.forEach((entry, n) -> out.println(entry + ": " + n + " detection(s)"));
      unmatched.forEach(u -> out.println("unmatched: " + u));
      out.printf(Locale.ROOT, "recall=%d/%d precision=%.2f (%d/%d) redundancy=%.1f events_f1=%.2f%n", requiredFound, required, precision(),
          truePositives, scored, redundancy(), eventsF1);
      out.flush();
    }
  }

  private record Entry(String event, String id, boolean required, List<String> claimantsA, List<String> claimantsB, List<String> keywords) {
    String label() {
      return event + "/" + id + (required ? " (required)" : " (acceptable)");
    }
  }

  private ContradictionScore() {}

  public static Result score(Path goldFile, Path outDir) throws IOException {
    JsonNode gold = AvroJson.MAPPER.readTree(goldFile.toFile());
    JsonNode events = gold.has("events") ? gold.get("events") : gold;
    List<Entry> entries = new ArrayList<>();
    List<JsonNode> ambiguous = new ArrayList<>();
    Map<String, String> goldArticles = new LinkedHashMap<>();
    events.fields().forEachRemaining(e -> {
      if (!e.getValue().isObject()) return;
      for (JsonNode g : e.getValue().path("contradictions")) {
        List<String> kws = new ArrayList<>(strings(g.path("side_a").path("keywords")));
        kws.addAll(strings(g.path("side_b").path("keywords")));
        entries.add(new Entry(e.getKey(), g.get("id").asText(), g.path("required").asBoolean(true), strings(g.path("side_a").path("claimants")),
            strings(g.path("side_b").path("claimants")), kws));
      }
      for (JsonNode a : e.getValue().path("ambiguous")) if (a.isObject() && a.has("a")) ambiguous.add(a);
      for (JsonNode a : e.getValue().path("articles")) goldArticles.put(baseName(a.asText()), e.getKey());
    });
    for (JsonNode d : gold.path("distractors")) goldArticles.put(baseName(d.asText()), "distractor:" + d.asText());

    List<JsonNode> detections = jsonLines(outDir.resolve(OutputFiles.CONTRADICTIONS));
    Map<String, Integer> perEntry = new LinkedHashMap<>();
    entries.forEach(g -> perEntry.put(g.label(), 0));
    List<String> unmatched = new ArrayList<>();
    int excluded = 0;
    int tp = 0;
    for (JsonNode d : detections) {
      boolean hit = false;
      for (Entry g : entries) {
        if (matches(d, g)) {
          perEntry.merge(g.label(), 1, Integer::sum);
          hit = true;
        }
      }
      if (hit) tp++;
      else if (ambiguous.stream().anyMatch(p -> pairMatches(d, p))) excluded++;
      else unmatched.add(d.path("kind").asText("?") + " | " + d.path("topic").asText("") + " | " + who(side(d, "sideA")) + " <> " + who(side(d, "sideB")));
    }
    int required = (int) entries.stream().filter(Entry::required).count();
    int found = (int) entries.stream().filter(g -> g.required() && perEntry.get(g.label()) > 0).count();
    return new Result(found, required, tp, detections.size() - excluded, eventsF1(goldArticles, jsonLines(outDir.resolve(OutputFiles.EVENTS))),
        perEntry, unmatched);
  }

  private static boolean matches(JsonNode det, Entry g) {
    String a = who(side(det, "sideA"));
    String b = who(side(det, "sideB"));
    boolean paired = anyIn(a, g.claimantsA()) && anyIn(b, g.claimantsB()) || anyIn(a, g.claimantsB()) && anyIn(b, g.claimantsA());
    if (!paired) return false;
    String text = String.join(" ", strings(det));
    return g.keywords().stream().anyMatch(k -> hasWord(text, k));
  }

  private static JsonNode side(JsonNode det, String name) {
    for (String n : List.of(name, name.equals("sideA") ? "side_a" : "side_b")) if (det.hasNonNull(n)) return det.get(n);
    return AvroJson.MAPPER.createObjectNode();
  }

  /** Claimant and source strings of one side: the values under keys that name who. */
  private static String who(JsonNode side) {
    if (!side.isObject()) return String.join(" | ", strings(side)).toLowerCase(Locale.ROOT);
    List<String> parts = new ArrayList<>();
    side.fields().forEachRemaining(f -> {
      String key = f.getKey().toLowerCase(Locale.ROOT);
      if (WHO_KEYS.stream().anyMatch(key::contains)) parts.addAll(strings(f.getValue()));
    });
    return String.join(" | ", parts).toLowerCase(Locale.ROOT);
  }

  private static boolean anyIn(String who, List<String> claimants) {
    return claimants.stream().anyMatch(c -> who.contains(c.toLowerCase(Locale.ROOT)));
  }

  private static boolean hasWord(String hay, String word) {
    return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(word) + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE).matcher(hay).find();
  }

  private static boolean pairMatches(JsonNode det, JsonNode pair) {
    Set<String> words = new TreeSet<>(words(String.join(" ", strings(det))));
    return quoteIn(pair.get("a"), words) && quoteIn(pair.get("b"), words);
  }

  private static boolean quoteIn(JsonNode q, Set<String> hay) {
    List<String> ws = words(q.isTextual() ? q.asText() : q.path("quote").asText(""));
    return !ws.isEmpty() && ws.stream().filter(hay::contains).count() / (double) ws.size() >= 0.6;
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty() && !STOP.contains(w)).toList();
  }

  /** Pairwise F1 over the articles the gold places in events (distractors belong to no event). */
  private static double eventsF1(Map<String, String> goldArticles, List<JsonNode> eventLines) {
    Map<String, String> articleToEvent = new HashMap<>();
    for (JsonNode e : eventLines) {
      String id = e.hasNonNull("eventId") ? e.get("eventId").asText() : e.path("id").asText();
      JsonNode arts = e.has("articles") ? e.get("articles") : e.path("articleIds");
      for (JsonNode a : arts) articleToEvent.put(baseName(a.isTextual() ? a.asText() : String.join(" ", strings(a))), id);
    }
    Map<String, String> predicted = new HashMap<>();
    for (String a : goldArticles.keySet()) {
      for (var e : articleToEvent.entrySet()) {
        if (e.getKey().contains(a) || a.contains(e.getKey())) {
          predicted.put(a, e.getValue());
          break;
        }
      }
    }
    List<String> names = new ArrayList<>(new TreeSet<>(goldArticles.keySet()));
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String x = names.get(i), y = names.get(j);
        boolean sameGold = goldArticles.get(x).equals(goldArticles.get(y)) && !goldArticles.get(x).startsWith("distractor:");
        boolean samePred = predicted.get(x) != null && predicted.get(x).equals(predicted.get(y));
        if (sameGold && samePred) tp++;
        else if (samePred) fp++;
        else if (sameGold) fn++;
      }
    }
    return tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  private static String baseName(String path) {
    return Path.of(path).getFileName().toString();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node == null) return;
    if (node.isTextual()) out.add(node.asText());
    else if (node.isContainerNode()) node.elements().forEachRemaining(n -> collect(n, out));
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    if (!Files.exists(file)) return List.of();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      try {
        out.add(AvroJson.MAPPER.readTree(line));
      } catch (IOException malformed) {
        // The shared scorer skips lines that are not JSON; so does this one.
      }
    }
    return out;
  }

  static String summary(Result r) {
    return r.detectionsPerEntry().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }
}
