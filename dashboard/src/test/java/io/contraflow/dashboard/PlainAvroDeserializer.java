package io.contraflow.dashboard;

import java.io.IOException;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/** Avro binary without registry framing: enough to test the reading loop without a registry. */
final class PlainAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final SpecificDatumReader<T> reader;

    PlainAvroDeserializer(Class<T> type) {
        this.reader = new SpecificDatumReader<>(type);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Not an Avro record of topic " + topic, e);
        }
    }
}
