package io.contraflow.feeds;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;

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

    record Rejected(DeadLetter deadLetter, List<String> seenKeys) implements FeedOutput {
        public Rejected {
            seenKeys = List.copyOf(seenKeys);
        }

        @Override
        public String key() {
            return deadLetter.getKey();
        }
    }
}
