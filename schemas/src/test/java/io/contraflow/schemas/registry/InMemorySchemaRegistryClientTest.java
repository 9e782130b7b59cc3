package io.contraflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryClientTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void theSameSchemaKeepsItsIdAcrossRegistrationsAndSubjects() {
        int first = registry.register("notes-value", TestSchemas.v1());
        int again = registry.register("notes-value", TestSchemas.v1());
        int elsewhere = registry.register("other-value", TestSchemas.v1());
        int evolved = registry.register("notes-value", TestSchemas.v2WithDefaultedField());

        assertThat(again).isEqualTo(first);
        assertThat(elsewhere).isEqualTo(first);
        assertThat(evolved).isNotEqualTo(first);
        assertThat(registry.getById(first)).isEqualTo(TestSchemas.v1());
        assertThat(registry.getById(evolved)).isEqualTo(TestSchemas.v2WithDefaultedField());
        assertThat(registry.idOf("notes-value", TestSchemas.v2WithDefaultedField())).isEqualTo(evolved);
    }

    @Test
    void backwardIsTheDefaultAndRejectsANewRequiredField() {
        registry.register("notes-value", TestSchemas.v1());

        assertThatThrownBy(() -> registry.register("notes-value", TestSchemas.v2WithRequiredField()))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("'notes-value'")
                .hasMessageContaining("incompatible")
                .hasMessageContaining("wordCount");
        assertThatThrownBy(() -> registry.idOf("notes-value", TestSchemas.v2WithRequiredField()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("not registered");
    }

    @Test
    void noneAcceptsAnyChangeAndTheRuleIsPerSubject() {
        registry.register("free-value", TestSchemas.v1());
        registry.register("strict-value", TestSchemas.v1());
        registry.setCompatibility("free-value", "NONE");

        registry.register("free-value", TestSchemas.v2WithRequiredField());

        assertThatThrownBy(() -> registry.register("strict-value", TestSchemas.v2WithRequiredField()))
                .isInstanceOf(IncompatibleSchemaException.class);
    }

    @Test
    void forwardRejectsRemovingAFieldOldReadersNeed() {
        registry.setCompatibility(null, "FORWARD");
        registry.register("notes-value", TestSchemas.v2WithRequiredField());

        assertThatThrownBy(() -> registry.register("notes-value", TestSchemas.v1()))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("earlier schema cannot read");
    }

    @Test
    void transitiveChecksEveryEarlierVersionNotJustTheLatest() {
        Schema v1 = TestSchemas.v1();
        Schema v2 = TestSchemas.record("{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}");
        Schema v3 = TestSchemas.record("{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\"}");
        registry.setCompatibility("plain-value", "BACKWARD");
        registry.setCompatibility("transitive-value", "BACKWARD_TRANSITIVE");
        for (String subject : new String[] {"plain-value", "transitive-value"}) {
            registry.register(subject, v1);
            registry.register(subject, v2);
        }

        registry.register("plain-value", v3); // v3 reads v2 data (n is present there)

        assertThatThrownBy(() -> registry.register("transitive-value", v3)) // but not v1 data
                .isInstanceOf(IncompatibleSchemaException.class);
    }

    @Test
    void unknownIdsAndLevelsAreRejectedClearly() {
        assertThatThrownBy(() -> registry.getById(42))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("no schema with id 42");
        assertThatThrownBy(() -> registry.setCompatibility(null, "SIDEWAYS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SIDEWAYS").hasMessageContaining("BACKWARD");
        assertThatThrownBy(() -> registry.register(" ", TestSchemas.v1()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
