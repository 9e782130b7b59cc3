package io.contraflow.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis library's shape, checked on its compiled classes: plain Java that knows nothing of Kafka or Avro (so
 * it is tested and benchmarked alone), packages without cycles, event grouping below claim extraction and detection
 * (grouping reads an article's features, never its claims), and source files a reader can hold in mind.
 */
class ArchitectureTest {
  private static final String ROOT = "io.contraflow.analysis";
  /** Beyond this a file usually holds more than one job; split it rather than raise the number. */
  private static final int MAX_LINES = 400;
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  void knowsNothingOfKafkaOrAvro() {
    noClasses().that().resideInAPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.apache.avro..", "io.contraflow.schemas..")
        .check(classes);
  }

  @Test
  void hasNoPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void eventGroupingReadsNoClaimsAndNoDetection() {
    noClasses().that().resideInAPackage(ROOT + ".events..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".claims..", ROOT + ".contradictions..", ROOT + ".evaluation..")
        .check(classes);
  }

  @Test
  void detectionDoesNotReachBackIntoExtraction() {
    noClasses().that().resideInAnyPackage(ROOT + ".nlp..", ROOT + ".claims..", ROOT + ".events..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".contradictions..")
        .check(classes);
  }

  @Test
  void noSourceFileIsOverFourHundredLines() throws IOException {
    Path sources = Path.of("src/main/java");
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(sources)) {
      tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MAX_LINES)
          .map(f -> sources.relativize(f) + " (" + lines(f) + " lines)").sorted().toList();
    }
    assertThat(tooLong).as("source files over %d lines", MAX_LINES).isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> l = Files.lines(file)) {
      return l.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
