/**
 * Serdes writing and reading Confluent's wire format: magic byte {@code 0}, the schema's registry id as a 4-byte
 * big-endian int, then Avro binary. Subjects follow Confluent's default TopicNameStrategy ({@code <topic>-key},
 * {@code <topic>-value}) and configuration uses Confluent's keys ({@code schema.registry.url},
 * {@code auto.register.schemas}, {@code specific.avro.value.type}).
 *
 * <p>These classes exist because Confluent's serde artifacts are not published on Maven Central. They are replaceable
 * by Confluent's {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde} (and {@code KafkaAvroSerializer} /
 * {@code KafkaAvroDeserializer}) for users who have Confluent's artifacts: the bytes on the topic and the subjects in
 * the registry are the same, so either side can be swapped without migrating data.
 */
package io.contraflow.schemas.serde;
