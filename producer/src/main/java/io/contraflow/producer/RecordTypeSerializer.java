package io.contraflow.producer;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.avro.specific.SpecificRecord;

/**
 * Lets one Kafka producer (one connection set, one idempotent producer id) write both articles and dead letters,
 * each with the serializer it was given.
 */
final class RecordTypeSerializer implements Serializer<SpecificRecord> {

    private final Serializer<Article> articles;
    private final Serializer<DeadLetter> deadLetters;

    /** @param deadLetters null when dead letters are not produced */
    RecordTypeSerializer(Serializer<Article> articles, Serializer<DeadLetter> deadLetters) {
        this.articles = articles;
        this.deadLetters = deadLetters;
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, SpecificRecord data) {
        if (data instanceof Article article) {
            return articles.serialize(topic, headers, article);
        }
        if (data instanceof DeadLetter deadLetter && deadLetters != null) {
            return deadLetters.serialize(topic, headers, deadLetter);
        }
        throw new SerializationException("no serializer for " + (data == null ? "null" : data.getClass().getName()));
    }

    @Override
    public void close() {
        try {
            articles.close();
        } finally {
            if (deadLetters != null) {
                deadLetters.close();
            }
        }
    }
}
