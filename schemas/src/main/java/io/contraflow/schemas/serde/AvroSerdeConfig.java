package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClients;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Settings of the Avro serdes; the keys are Confluent's, so one configuration serves both implementations. */
public final class AvroSerdeConfig extends AbstractConfig {

    public static final String SCHEMA_REGISTRY_URL_CONFIG = SchemaRegistryClients.URL_CONFIG;
    public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";
    public static final String SPECIFIC_AVRO_KEY_TYPE_CONFIG = "specific.avro.key.type";
    public static final String SPECIFIC_AVRO_VALUE_TYPE_CONFIG = "specific.avro.value.type";
    public static final String SCHEMA_REGISTRY_RETRY_MS_CONFIG = SchemaRegistryClients.RETRY_MS_CONFIG;

    public static final ConfigDef CONFIG = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL_CONFIG, Type.LIST, List.of(), Importance.HIGH,
                    "Confluent-compatible URL of the schema registry (comma-separated list allowed; the first is used),"
                            + " e.g. http://127.0.0.1:8081, or mock://NAME for an in-memory registry in tests. Required"
                            + " unless the serde was given a client.")
            .define(AUTO_REGISTER_SCHEMAS_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Whether the serializer registers a record's schema under its subject; when false the schema must"
                            + " already be registered there, and serializing fails otherwise.")
            .define(SCHEMA_REGISTRY_RETRY_MS_CONFIG, Type.LONG, SchemaRegistryClients.DEFAULT_RETRY_MS,
                    ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                    "How long a serde keeps asking a registry that cannot be reached or fails (HTTP 5xx) before the"
                            + " record fails: a registry restart must make readers and writers wait, not fail. Only the"
                            + " first record of each schema asks the registry; later ones use the cache.")
            .define(SPECIFIC_AVRO_KEY_TYPE_CONFIG, Type.CLASS, null, Importance.LOW,
                    "Generated Avro class keys are read as, for a deserializer created without one (e.g. by class name).")
            .define(SPECIFIC_AVRO_VALUE_TYPE_CONFIG, Type.CLASS, null, Importance.LOW,
                    "Generated Avro class values are read as, for a deserializer created without one (e.g. by class name).");

    public AvroSerdeConfig(Map<String, ?> configs) {
        super(CONFIG, configs, false);
    }

    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS_CONFIG);
    }

    /** The configured reader class for keys or values, or null. */
    public Class<?> specificAvroType(boolean isKey) {
        return getClass(isKey ? SPECIFIC_AVRO_KEY_TYPE_CONFIG : SPECIFIC_AVRO_VALUE_TYPE_CONFIG);
    }
}
