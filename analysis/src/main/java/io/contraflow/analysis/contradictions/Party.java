package io.contraflow.analysis.contradictions;

import java.util.Set;

/**
 * Who holds a position, as one identity across the articles of an event: a government however it is voiced (its
 * president, its spokesman, its ministry, its capital), an organisation, a person who speaks for nobody else, or an
 * outlet in its own voice. Two claims of one party never contradict each other as a dispute between parties.
 *
 * @param key identity ("government:russia", "organisation:human rights watch", "person:navalnaya",
 *     "outlet:bbc news")
 * @param label how a reader names the party ("Russian government", "Human Rights Watch")
 * @param names the names as the articles wrote them ("Dmitry Peskov", "the Kremlin", "Kremlin spokesman"), shown
 *     beside the label so a reader can check who said what
 */
public record Party(String key, String label, Set<String> names) {
  public Party {
    names = Set.copyOf(names);
  }

  public boolean isOutlet() {
    return key.startsWith(OUTLET);
  }

  public boolean isGovernment() {
    return key.startsWith(GOVERNMENT);
  }

  static final String GOVERNMENT = "government:";
  static final String OUTLET = "outlet:";
  static final String ORGANISATION = "organisation:";
  static final String PERSON = "person:";
  static final String OTHER = "other:";
}
