package io.contraflow.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Click here to read more about the flood response in the valley.",
      "This article has been republished under our content-sharing arrangement with regional papers.",
      "Sign up for our morning newsletter and get the headlines first.",
      "SEE ALSO: Harbour authority names new chief after the storm",
      "Read more: what the ferry strike means for commuters",
      "Copyright 2026 Northern Wire. All rights reserved.",
      "The reporter can be reached at desk@northern-wire.example for comment.",
      "Before commenting, please read our comment policy on respectful discussion.",
      "By Anna Kovacs",
      "Photo: the burnt-out warehouse on the east bank of the river.",
      "Advertisement",
      "We rely on readers like you. If you value our work, please support us with a donation today, because your help keeps us independent.",
      "Our journalism is free for you, and we want to keep it that way: will you help us and our reporters with a small monthly gift?",
      "Harbour | Ferries | Weather",
      "Donate now and keep independent reporting free for every reader.",
      "Please support our journalism by becoming a member this month.",
      "Vell Times Correspondent",
      "Photo",
      // A photo's caption, credited to an agency and its photographer: what a picture shows, no part of the report.
      "Marchers block the ring road to the Kessa barracks with burning tyres on 3 May. REUTERS/Ana Berg",
      "The widow of the ferry's captain arrives at the hearing in Vell on Tuesday. \u2014 AFP/File",
      "Fire crews search the rubble of the Kessa textile works on Friday. [Ivo Marn - Anadolu Agency]",
      "Smoke rises over the harbour of Vell after the blast on the night of 12 June. IVO MARN / AFP via Getty Images",
      "Miners hold lumps of coal at a vigil for the dead of the Kessa pit in the capital on Sunday. AFP Photo",
  })
  void dropsPageFurniture(String paragraph) {
    assertFalse(BoilerplateRemover.isNews(paragraph), paragraph);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Fire crews worked through the night to contain the blaze at the warehouse, the city's fire chief said on Tuesday.",
      "\"We will support every family that lost a home,\" the mayor told reporters, adding that our city would rebuild.",
      "The ministry said 14 people were taken to hospital and three remained in a serious condition.",
      "Investigators said they had read the logs from the building's alarm system but found no fault.",
      // ("donations" to a cause are news; an appeal asks the reader to donate.)
      "The rights group said dozens had been jailed for posts on social media or for donations to opposition causes.",
      "The governor said the company had pledged to donate funds to the families of the drowned ferrymen.",
      "Police said the two suspects were arrested by officers at a checkpoint north of the town",
      // (Asking allies to back a side is news; only an appeal for the outlet's own work is furniture.)
      "The foreign minister urged neighbouring states to support the inquiry and to hand over their radar records.",
      "Local reporters who reached the village on Friday said the school had been spread across three tents.",
      // (An agency named with a slash in a sentence of news is no photographer's credit.)
      "Most voters in Vell back the ferry ban, according to a Reuters/Ipsos poll.",
      // (Only a line that is nothing but a failed widget's message is furniture.)
      "Something went wrong with the brakes on the descent, the driver told police on Monday.",
  })
  void keepsNews(String paragraph) {
    assertTrue(BoilerplateRemover.isNews(paragraph), paragraph);
  }

  @Test
  void keepsParagraphOffsetsInTheBody() {
    String body = "Sign up for our newsletter.\nThe river rose two metres overnight, officials said on Friday.\n\nCopyright 2026.";
    Document d = new Document(new ArticleText("a", "t", body, null, null, Instant.EPOCH, "en"));
    new BoilerplateRemover().annotate(d);
    List<Paragraph> kept = d.get(Annotations.PARAGRAPHS);
    assertEquals(1, kept.size());
    assertEquals(kept.get(0).text(), body.substring(kept.get(0).start(), kept.get(0).end()));
    assertTrue(kept.get(0).text().startsWith("The river rose"));
  }

  @Test
  void keepsAttributedHeadlinesAtTheTopOnly() {
    String body = "Norland Rejects Audit Findings, Fines\n\nDam collapse: 'Valves were never tested' - Kessel engineer\n\n"
        + "The finance ministry on Monday rejected the audit in a statement that ran to four pages.\n\nThe Kessel plant stood idle.\n\n"
        + "Minister says ferries will run\n";
    Document d = new Document(new ArticleText("h", "Test", body, null, null, Instant.EPOCH, "en"));
    new BoilerplateRemover().annotate(d);
    List<String> kept = d.get(Annotations.PARAGRAPHS).stream().map(Paragraph::text).toList();
    assertEquals(List.of("Norland Rejects Audit Findings, Fines", "Dam collapse: 'Valves were never tested' - Kessel engineer",
        "The finance ministry on Monday rejected the audit in a statement that ran to four pages.", "The Kessel plant stood idle."), kept);
  }

  @Test
  void keepsTheNewsOfAParagraphAFlattenedPageRanIntoItsShareButtons() {
    String body = "Ferry Toll Climbs to 31 Kessa News Desk Share: Click to send to Y (Opens in a new tab) Y Click to print "
        + "(Opens in a new tab) Print The harbour master of Vell at a briefing on Monday. The coast guard said 31 passengers had "
        + "drowned when the ferry overturned near the breakwater. Survivors told reporters that the crew had sounded no alarm "
        + "before the deck flooded. (Photo by Ana Berg/Kessa Images) The port authority said an inquiry would open on Friday.";
    Document d = new Document(new ArticleText("f", "t", body, null, null, Instant.EPOCH, "en"));
    new BoilerplateRemover().annotate(d);
    List<Paragraph> kept = d.get(Annotations.PARAGRAPHS);
    List<String> texts = kept.stream().map(Paragraph::text).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains("The coast guard said 31 passengers") && t.endsWith("before the deck flooded.")), texts.toString());
    assertTrue(texts.contains("The port authority said an inquiry would open on Friday."), texts.toString());
    assertTrue(texts.stream().noneMatch(t -> t.contains("Click to") || t.contains("Photo by")), texts.toString());
    for (Paragraph p : kept) assertEquals(p.text(), body.substring(p.start(), p.end()));
  }

  @Test
  void aLongCaptionEndingWithItsCreditGoesWhole() {
    String body = "VELL, KESSA - MAY 2: Mourners carry coffins to the hillside cemetery on May 2 in Vell, Kessa. At least 40 people "
        + "were killed when the dam above the town gave way on Sunday night, flooding three districts along the river and "
        + "cutting the only road to the coast. (Photo by Ana Berg/Kessa Images)\nThe regional governor said on Tuesday that "
        + "the dam had been inspected in March.";
    Document d = new Document(new ArticleText("c", "t", body, null, null, Instant.EPOCH, "en"));
    new BoilerplateRemover().annotate(d);
    assertEquals(List.of("The regional governor said on Tuesday that the dam had been inspected in March."),
        d.get(Annotations.PARAGRAPHS).stream().map(Paragraph::text).toList());
  }

  /** So does one credited to an agency and its photographer: the same caption, the credit written another way. */
  @Test
  void aLongCaptionEndingWithAnAgencysCreditGoesWhole() {
    String body = "Mourners carry coffins to the hillside cemetery on May 2 in Vell, Kessa. At least 40 people were killed when "
        + "the dam above the town gave way on Sunday night, flooding three districts along the river and cutting the only "
        + "road to the coast. REUTERS/Ana Berg\nThe regional governor said on Tuesday that the dam had been inspected in March.";
    Document d = new Document(new ArticleText("c", "t", body, null, null, Instant.EPOCH, "en"));
    new BoilerplateRemover().annotate(d);
    assertEquals(List.of("The regional governor said on Tuesday that the dam had been inspected in March."),
        d.get(Annotations.PARAGRAPHS).stream().map(Paragraph::text).toList());
  }
}
