package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SievesTest {
  @Test
  void namesAreUnique() {
    List<String> names = new ArrayList<>();
    for (Sieve s : Sieves.english()) {
      names.add(s.name());
      if (s instanceof CueVerbSieve cues) cues.rules().forEach(r -> names.add(r.name()));
    }
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void namesComeFromTheClasses() {
    assertThat(new AccordingToSieve().name()).isEqualTo("according-to");
    assertThat(new NotACueRule().name()).isEqualTo("not-a-cue");
    assertThat(new ReportedSpeechRule().name()).isEqualTo("reported-speech");
  }

  @Test
  void everyDecisionRecordsItsSieve() {
    List<Attribution> as = SieveTesting.attribute("Interior Minister Halvard Rusk said Tuesday that the convoy was heading toward Ostrava. "
        + "\"We will rebuild,\" Rusk said. The Northern Front has denied any involvement, according to Tarpress. "
        + "According to the county office, three people were killed. Norland's claim that the dam was sabotaged was disputed.");
    assertThat(as).hasSizeGreaterThan(3).allSatisfy(a -> assertThat(a.sieve()).isNotBlank());
  }
}
