package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentionRolesTest {
  private static EventFeatures features(String title, String body) {
    return EventFeatures.of(new ArticleText("a", title, body, null, null, Instant.EPOCH, "en"));
  }

  /** A speaker whose title and a clause about the place stand between the name and the verb still speaks. */
  @Test
  void aNameThenAnAsideThenTheVerbSpeaks() {
    EventFeatures f = features("Ferry sinks off Kessa", """
        Marek Vell, head of the harbour office of Kessa, where the lifeboats landed, said the passenger list was incomplete.
        A ferry carrying about 300 people sank off Kessa on Tuesday, the port authority said.""");
    assertThat(f.speakers()).contains("vel").doesNotContain("kesa");
    EventFeatures mayor = features("Ferry sinks", "Marek Vell, the mayor of Kessa, said the ferry sank at dawn.");
    assertThat(mayor.places()).contains("kesa");
    assertThat(mayor.speakers()).contains("vel").doesNotContain("kesa");
    EventFeatures office = features("Ferry sinks off Kessa", """
        Ivan Dorov, Deputy Governor of the coast, has said the search goes on. The ferry sank on Tuesday.""");
    assertThat(office.speakers()).contains("dorov");
  }

  /** "A lawyer for the family of the late X has raised alarm": the verb is the lawyer's; X, past "of the late", is no speaker. */
  @Test
  void aNameAfterOfTheLateIsNoSpeaker() {
    EventFeatures f = features("Lawyer questions death in cell", """
        A lawyer for the family of the late Tomas Kell has raised alarm over the bruises she saw at the mortuary in Varno.""");
    assertThat(f.speakers()).doesNotContain("kel");
  }

  /** Names in a list, and a verb that follows a subject of its own, are no aside. */
  @Test
  void aListOfNamesOrAVerbWithItsOwnSubjectIsNoAside() {
    EventFeatures list = features("Ferry sinks off Kessa", """
        Vell, Dorov and Berg, who sailed on the ferry last year, met on Tuesday. The ferry sank off Kessa.""");
    assertThat(list.speakers()).doesNotContain("vel");
    EventFeatures ownSubject = features("Ferry sinks off Kessa", """
        Rescuers in Norland, the nearest country with a lifeboat, worked all night. In Kessa, the harbour master said
        the ferry had been overloaded.""");
    assertThat(ownSubject.speakers()).doesNotContain("norland", "kesa");
  }

  /** "from Selvik to Kessa", "sailing to Kessa": where something went is a place; "a letter to Dorov" is not. */
  @Test
  void whereSomethingWentIsAPlace() {
    EventFeatures route = features("Two patrol boats held at sea", """
        Two patrol boats sailing from the port of Selvik to Kessa were stopped by the coast guard at dawn.""");
    assertThat(route.places()).contains("selvik", "kesa");
    EventFeatures went = features("Ferry turned back", "The ferry, heading to Varno with 40 aboard, turned back in the storm.");
    assertThat(went.places()).contains("varno");
    EventFeatures letter = features("Mayor writes to minister", "The mayor wrote a letter to Dorov about the ferry on Monday.");
    assertThat(letter.places()).doesNotContain("dorov");
  }

  /** A strait, a gulf, a reef or a bay is named by both its words, as a sea or a river is: not "strait" alone. */
  @Test
  void aStraitIsNamedByBothWords() {
    EventFeatures f = features("Boats collide", "Two boats collided in the Vell Strait on Monday, near Kessa Reef.");
    assertThat(f.entities()).containsKeys("vel strait", "kesa reef").doesNotContainKeys("strait", "reef");
  }

  /**
   * An armed group is named in every report of its war, as a country is: "the truce with" it, its "fighters", the
   * ministry it runs mark it a side, not what one report is about. A group that only attacks is still what it is about.
   */
  @Test
  void aSideInTheFightingIsNoSubject() {
    EventFeatures truce = features("Shelter hit in Kessa", """
        A strike hit a school used as a shelter in Kessa on Monday, a week after the truce with Kardun broke down.

        The Kardun-run health office said nine people died. Kardun fighters were not in the building, it said.""");
    assertThat(truce.speakers()).contains(NameKeys.fold("kardun"));
    EventFeatures attacker = features("Kardun attack on Kessa", """
        Kardun stormed the village of Kessa on Monday and burned the market.

        Kardun has attacked three villages this year.""");
    assertThat(attacker.speakers()).doesNotContain(NameKeys.fold("kardun"));
    EventFeatures jets = features("Two jets downed near Kessa", "Two Sukhoi-25 fighters were downed near Kessa on Monday.");
    assertThat(jets.speakers()).noneMatch(n -> n.chars().anyMatch(Character::isDigit));
  }

  /**
   * A landform's name ("Lake Selvik", "Mount Orel") is a place wherever it stands, and so is a name after "the south
   * of": neither is who a story is about.
   */
  @Test
  void aLandformOrTheSouthOfANameIsAPlace() {
    EventFeatures f = features("Dozens dead as ferry capsizes on Norland's Lake Selvik", """
        More than 30 people died on Monday when a ferry capsized in the south of Selvik, the country's largest lake, a
        spokesman for the port authority said. The ferry was crossing Lake Selvik to Varno when it overturned.""");
    assertThat(f.places()).contains("selvik");
  }
}
