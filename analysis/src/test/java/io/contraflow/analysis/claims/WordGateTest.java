package io.contraflow.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each frame pattern's gate must let through every text its pattern matches. */
class WordGateTest {
  /** One phrase for every alternative of the three patterns, in several inflections and cases. */
  @ParameterizedTest
  @ValueSource(strings = {
      // MOVE
      "they fled toward the hills", "the men were FLEEING into Ostrava", "they tried to flee to Ostrava", "the escapees escaped into the woods",
      "headed for the border", "heading to Ostrava", "he heads into town", "they head to Ostrava", "they would go to Ostrava",
      "he goes to Ostrava", "they went to Ostrava", "going into Ostrava", "had gone to Ostrava", "crossing into Ostrava",
      "they entered Ostrava", "entering Ostrava", "enters Ostrava", "to enter Ostrava", "drove to Ostrava", "driving toward Ostrava",
      "travelled to Ostrava", "traveling into Ostrava", "run to Ostrava", "ran to Ostrava", "running toward Ostrava", "turned toward Ostrava",
      "retreated into Ostrava", "moved to Ostrava", "moving into Ostrava", "move to Ostrava", "make for Ostrava", "made for Ostrava",
      "sought to reach Ostrava", "reach Ostrava", "reached Ostrava", "bound for Ostrava", "pass through Ostrava", "get into Ostrava",
      "got into Ostrava",
      // RESPONSIBLE
      "was involved in the attack", "any involvement in the attack", "played a role in it", "was behind the attack",
      "is responsible for it", "claimed responsibility", "carried out the attack", "carry out attacks", "carrying out the raid",
      "orchestrated the blast", "organised the plot", "organized the plot", "organising it", "organizing it", "ordered the strike",
      "assisted the gunmen", "assist them", "assisting the men", "assists the men", "helped the gunmen", "backed the group",
      "had a hand in it", "took part in it", "linked to the group", "links to Kyiv", "link to Kyiv", "blamed Kyiv", "blaming Kyiv",
      "accused Kyiv", "accusing Kyiv", "plotted the attack", "masterminded the attack", "sponsored the attack", "perpetrated the attack",
      "staged the attack", "was complicit", "complicity in it", "prepared the window", "executed the plan", "caused the blast",
      "had nothing to do with it", "hit by a missile", "struck by a drone", "fired by the army", "shelled the town", "bombed the bridge",
      "shot down the plane", "targeted the plant",
      // ORIGIN
      "the fire started in the hall", "it starts at the depot", "the blaze start in the hall", "the fire began in the hall",
      "had begun in the hall", "it begins at the depot", "fire broke out in the hall", "the fire originated in the hall",
      "the blaze erupted at the depot", "the fuel ignited in the tank", "the blast occurred at the depot", "it happened in the hall",
      "the fire was set in the hall", "fires were set in the hall",
  })
  void everyAlternativePassesItsGate(String text) {
    boolean matchedAny = false;
    for (Gated g : GATED) {
      if (g.pattern.matcher(text).find()) {
        matchedAny = true;
        assertTrue(g.gate.mayMatch(text), g.name + " matches but its gate says no: " + text);
      }
    }
    assertTrue(matchedAny, "no pattern matches, so the phrase tests nothing: " + text);
  }

  @Test
  void gatesLetThroughEveryMatchInTheTestArticles() throws IOException {
    assertGatesPassMatches(Path.of("src/test/resources/events"), 30);
  }

  @Test
  void gatesLetThroughEveryMatchInTheSeedArticles() throws IOException {
    assertGatesPassMatches(io.contraflow.analysis.SharedSeeds.dir(), 10);
  }

  private static void assertGatesPassMatches(Path dir, int atLeast) throws IOException {
    int matched = 0;
    for (String text : sentencesIn(dir)) {
      for (Gated g : GATED) {
        if (g.pattern.matcher(text).find()) {
          matched++;
          assertTrue(g.gate.mayMatch(text), g.name + ": " + text);
        }
      }
    }
    assertTrue(matched >= atLeast, "only " + matched + " matches checked");
  }

  @Test
  void gatesStopTextsWithoutTheirWords() {
    String narrative = "Rain fell on the harbour all night, and the ferries stayed at their moorings until noon.";
    for (Gated g : GATED) assertFalse(g.gate.mayMatch(narrative), g.name);
  }

  private record Gated(String name, Pattern pattern, WordGate gate) {}

  private static final List<Gated> GATED = List.of(new Gated("MOVE", PropositionReader.MOVE, PropositionReader.MOVE_WORDS),
      new Gated("RESPONSIBLE", PropositionReader.RESPONSIBLE, PropositionReader.RESPONSIBLE_WORDS),
      new Gated("ORIGIN", PropositionReader.ORIGIN, PropositionReader.ORIGIN_WORDS));

  private static List<String> sentencesIn(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (String s : Files.readString(f, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\\R")) out.add(s);
      }
    }
    return out;
  }
}
