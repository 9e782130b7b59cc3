package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;

/**
 * Deserializes Confluent-framed Avro into a generated class {@code T}: the writer schema comes from the registry by
 * the id in each record, the reader schema is {@code T}'s, and Avro resolves one to the other (new fields take their
 * defaults, removed ones are skipped), so producers and consumers can evolve their schemas independently.
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> extends FramedAvroDeserializer<T> {

    private Class<T> type;
    private SpecificData model;
    private Schema readerSchema;

    /**
     * For creation by class name: {@link #configure} must then give {@code schema.registry.url} and
     * {@code specific.avro.value.type} (or {@code specific.avro.key.type} for keys).
     */
    public SpecificAvroDeserializer() {
        super(null);
    }

    public SpecificAvroDeserializer(Class<T> type) {
        super(null);
        useType(Objects.requireNonNull(type, "type"));
    }

    public SpecificAvroDeserializer(Class<T> type, SchemaRegistryClient client) {
        super(Objects.requireNonNull(client, "client"));
        useType(Objects.requireNonNull(type, "type"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (type == null) {
            String key = isKey ? AvroSerdeConfig.SPECIFIC_AVRO_KEY_TYPE_CONFIG : AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE_CONFIG;
            Class<?> configured = new AvroSerdeConfig(configs).specificAvroType(isKey);
            if (configured == null || !SpecificRecord.class.isAssignableFrom(configured)) {
                throw new ConfigException(key, configured, "SpecificAvroDeserializer needs the generated Avro class to"
                        + " read into: pass it to the constructor or set " + key);
            }
            useType((Class<T>) configured);
        }
        super.configure(configs, isKey);
    }

    @Override
    Schema readerSchema() {
        if (readerSchema == null) {
            throw new IllegalStateException("SpecificAvroDeserializer has no reader class: call configure() first");
        }
        return readerSchema;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    DatumReader<Object> newReader(Schema writer, Schema reader) {
        return new OrderedMapReader(writer, reader, model);
    }

    /**
     * Reads Avro maps into {@link LinkedHashMap}s, so a map iterates in the order it was written. Avro's own reader
     * builds HashMaps, whose order depends on hashing: state restored from a changelog then iterated differently
     * from the state that wrote it, and any "first entry wins" decision changed after a restart.
     */
    @SuppressWarnings("rawtypes")
    private static final class OrderedMapReader extends SpecificDatumReader {
        @SuppressWarnings("unchecked")
        OrderedMapReader(Schema writer, Schema reader, SpecificData model) {
            super(writer, reader, model);
        }

        @Override
        protected Object newMap(Object old, int size) {
            // A reused record may hold a HashMap from its defaults: only an ordered map may be reused.
            if (old instanceof LinkedHashMap<?, ?> reused) {
                reused.clear();
                return reused;
            }
            return new LinkedHashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
        }
    }

    @Override
    T fromDatum(Object datum) {
        return type.cast(datum);
    }

    private void useType(Class<T> readerType) {
        this.type = readerType;
        // The class's own model carries its logical-type conversions (timestamp-millis <-> Instant). A copy, because
        // Avro's fast reader (on by default) builds HashMaps without asking the reader: it is switched off here so
        // that OrderedMapReader decides.
        SpecificData shared = SpecificData.getForClass(readerType);
        SpecificData own = new SpecificData(readerType.getClassLoader());
        shared.getConversions().forEach(own::addLogicalTypeConversion);
        own.setFastReaderEnabled(false);
        this.model = own;
        this.readerSchema = shared.getSchema(readerType);
    }
}
