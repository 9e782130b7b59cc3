package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Section labels and bylines standing alone are the page's lines, not the story's: grouping does not read them. */
class PageLabelsTest {
  @Test
  void aSectionLabelGoesWhereverItStands() {
    String body = "KEY POINTS\n\n- Troops entered Kesta on Sunday.\n\nThe army said it had killed gunmen in Kesta.\n\nIn brief:\n"
        + "The ministry gave no toll.";
    assertThat(PageLabels.without(body)).doesNotContain("KEY POINTS").doesNotContain("In brief").contains("Troops entered Kesta")
        .contains("The ministry gave no toll.");
  }

  @Test
  void aBylineAloneGoesButNotTheHeadlineOrABrokenLine() {
    String body = "Kessa Mall Fire\n\nA fire swept through the Kessa mall on Friday, the governor said.\n\nAna Berg\n\n"
        + "Rescuers searched the upper floors.\n\nIvo Dorov\n3 min read\n\nThe toll rose overnight.\n\nThe Vell National\n"
        + "Commission on Safety said it would open an inquiry.";
    String kept = PageLabels.without(body);
    assertThat(kept).startsWith("Kessa Mall Fire").doesNotContain("Ana Berg").doesNotContain("Ivo Dorov")
        .contains("The Vell National\nCommission on Safety");
  }

  /** A byline above the text no longer makes its reporter a name a one-report story is about. */
  @Test
  void aReporterIsNoNameTheArticleIsAbout() {
    EventFeatures f = EventFeatures.of(new io.contraflow.analysis.ArticleText("a", "Blast at Kessa depot", """
        Blast at Kessa depot

        An explosion tore through the fuel depot in Kessa on Monday, officials said.

        Tamsar Delacroix-Vell

        Firefighters fought the blaze for hours.""", "Harbour Gazette", null, java.time.Instant.parse("2029-09-14T08:00:00Z"), "en"));
    assertThat(f.focal()).contains("kesa").noneMatch(n -> n.contains("delacroix") || n.contains("tamsar"));
  }

  /** A picture's caption tells what the picture shows, not what the story leads with; a sentence about a photo stays. */
  @Test
  void aCaptionGoes() {
    String body = "Caption Villagers queue for water in Kessa on Friday (Harbour Gazette photo)\n\n"
        + "A dam above Selvik gave way on Sunday, the governor said.\n\nPhoto: rescuers on the Selvik road\n\n"
        + "Families wait outside the hospital in Selvik (Reuters photo)\n\n"
        + "A photo shared online showed water reaching the roofs.";
    assertThat(PageLabels.without(body)).doesNotContain("Villagers queue").doesNotContain("rescuers on")
        .doesNotContain("Families wait").contains("A dam above Selvik").contains("A photo shared online");
  }
}
