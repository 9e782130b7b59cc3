package io.contraflow.schemas.registry;

import org.apache.avro.Schema;

/** Small record schemas of one evolving type, for registry tests. */
final class TestSchemas {

    private TestSchemas() {
    }

    static Schema v1() {
        return record("{\"name\":\"title\",\"type\":\"string\"}");
    }

    /** v1 plus a field with a default: a BACKWARD-compatible change. */
    static Schema v2WithDefaultedField() {
        return record("{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"source\",\"type\":[\"null\",\"string\"],\"default\":null}");
    }

    /** v1 plus a required field without default: BACKWARD-incompatible (old records have no value for it). */
    static Schema v2WithRequiredField() {
        return record("{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"wordCount\",\"type\":\"int\"}");
    }

    static Schema record(String fields) {
        return new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Note\",\"namespace\":\"io.contraflow.test\",\"fields\":[" + fields + "]}");
    }
}
