package io.contraflow.schemas.serde;

import java.io.ByteArrayOutputStream;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's framing of a registry-encoded record: magic byte {@code 0}, the writer schema's registry id as a 4-byte
 * big-endian int, then the Avro binary encoding. Confluent's serdes and every client built for them read and write it.
 */
public final class ConfluentWireFormat {

    /** The first byte of every framed record. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte plus schema id. */
    public static final int HEADER_LENGTH = 5;

    private ConfluentWireFormat() {
    }

    /** Writes the header announcing that the Avro bytes that follow were written with schema {@code schemaId}. */
    static void writeHeader(ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /**
     * The schema id in the header of {@code payload}, a record read from {@code topic}.
     *
     * @throws SerializationException when the payload is too short or does not start with the magic byte
     */
    public static int schemaId(byte[] payload, String topic) {
        if (payload.length < HEADER_LENGTH) {
            throw new SerializationException("Record on topic '" + topic + "' is " + payload.length + " byte(s) long,"
                    + " too short for Confluent's wire format (magic byte and 4-byte schema id, then Avro): truncated"
                    + " payload, or not written by a schema-registry serializer");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format("Record on topic '%s' starts with byte 0x%02x, not the magic"
                    + " byte 0x00 of Confluent's wire format: it was not written by a schema-registry serializer"
                    + " (plain Avro, JSON or a string?)", topic, payload[0] & 0xff));
        }
        return ((payload[1] & 0xff) << 24) | ((payload[2] & 0xff) << 16) | ((payload[3] & 0xff) << 8) | (payload[4] & 0xff);
    }
}
