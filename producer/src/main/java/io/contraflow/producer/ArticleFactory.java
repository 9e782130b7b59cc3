package io.contraflow.producer;

import io.contraflow.schemas.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Builds {@link Article}s the same way for every input format: ingest time, language, dates that do not parse. */
final class ArticleFactory {

    /** Until language detection exists, every article is taken as English; the field is there for it. */
    static final String DEFAULT_LANGUAGE = "en";

    private static final Logger log = LoggerFactory.getLogger(ArticleFactory.class);

    private final Clock clock;

    ArticleFactory(Clock clock) {
        this.clock = clock;
    }

    Article create(String id, String title, String body, String source, String url, Instant publishedAt,
                   String origin) {
        return Article.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(body)
                .setSource(source)
                .setUrl(url == null ? null : ArticleIds.normaliseUrl(url))
                .setPublishedAt(publishedAt == null ? null : publishedAt.truncatedTo(ChronoUnit.MILLIS))
                // the topic stores milliseconds; truncating here keeps the article equal to its own round trip
                .setIngestedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setLanguage(DEFAULT_LANGUAGE)
                .setOrigin(origin)
                .build();
    }

    /** The instant a date text names, or null with a warning: a bad date does not cost the article. */
    Instant publishedAt(String text, String origin) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PublishedDates.parse(text).orElseGet(() -> {
            log.warn("{}: publication date '{}' is not an {}; publishedAt left empty",
                    origin, text, PublishedDates.acceptedFormats());
            return null;
        });
    }
}
