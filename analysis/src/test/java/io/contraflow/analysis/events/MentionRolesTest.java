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
}
