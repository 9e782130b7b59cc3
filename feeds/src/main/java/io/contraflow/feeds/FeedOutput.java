package io.contraflow.feeds;

import io.contraflow.producer.ArticleProducer;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What one new item of a feed became: an article, or a dead letter saying why it could not be one. */
public sealed interface FeedOutput permits FeedOutput.NewArticle, FeedOutput.Rejected {

    /** The Kafka key: the article id, or the item's link (or guid) for a dead letter. */
    String key();

    /** The item and article keys to remember once this output is safely written. */
    List<String> seenKeys();

    record NewArticle(Article article, List<String> seenKeys) implements FeedOutput {
        public NewArticle {
            seenKeys = List.copyOf(seenKeys);
        }

        @Override
        public String key() {
            return article.getId();
        }
    }

    /**
     * An item that could not become an article.
     *
     * @param origin    the item: its link, else its guid or title (the dead letter's key)
     * @param articleId the id it would have had, when known
     */
    record Rejected(String origin, Problem problem, String articleId, List<String> seenKeys) implements FeedOutput {
        public Rejected {
            seenKeys = List.copyOf(seenKeys);
        }

        @Override
        public String key() {
            return origin;
        }

        /**
         * The dead letter, the same as the producer writes for any input it could not read (stage "producer",
         * reason "origin: reason"), so feeds read by the CLI and by the connector leave the same trace.
         */
        public DeadLetter deadLetter(Instant failedAt) {
            return DeadLetter.newBuilder()
                    .setStage(ArticleProducer.READ_STAGE)
                    .setReason(origin + ": " + problem.reason())
                    .setKey(origin)
                    .setArticleId(articleId)
                    .setFailedAt(failedAt.truncatedTo(ChronoUnit.MILLIS))
                    .build();
        }
    }
}
