package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** req.fresh as the fresh package decides it, for an answer whose ETag is W/"3-abc". */
class FreshnessTest {

    private static final String ETAG = "W/\"3-abc\"";

    private static Headers headers(String... namesAndValues) {
        Headers headers = new Headers();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    @Test
    void anUnconditionalRequestIsNotFresh() {
        assertThat(Freshness.isFresh(headers(), ETAG)).isFalse();
        assertThat(Freshness.isFresh(headers("If-None-Match", ""), ETAG)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3-abc\"", "\"3-abc\"", "\"x\", W/\"3-abc\"", "\"x\",\tW/\"3-abc\" ", "*"})
    void aMatchingTagWeakOrStrongOrAnyIsFresh(String ifNoneMatch) {
        assertThat(Freshness.isFresh(headers("If-None-Match", ifNoneMatch), ETAG)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3-abd\"", "\"3-ABC\"", "W/ \"3-abc\"", "3-abc"})
    void anotherTagIsNotFresh(String ifNoneMatch) {
        assertThat(Freshness.isFresh(headers("If-None-Match", ifNoneMatch), ETAG)).isFalse();
    }

    @Test
    void readsEveryLineOfARepeatedHeader() {
        assertThat(Freshness.isFresh(headers("If-None-Match", "\"x\"", "If-None-Match", ETAG), ETAG)).isTrue();
    }

    @Test
    void noCacheAsksForTheBodyWhateverTheTag() {
        assertThat(Freshness.isFresh(headers("If-None-Match", ETAG, "Cache-Control", "max-age=0, no-cache"), ETAG))
                .isFalse();
        assertThat(Freshness.isFresh(headers("If-None-Match", ETAG, "Cache-Control", "no-cache-please"), ETAG))
                .isTrue();
    }

    @Test
    void ifModifiedSinceAloneIsNeverFreshWithoutALastModified() {
        assertThat(Freshness.isFresh(headers("If-Modified-Since", "Wed, 21 Oct 2015 07:28:00 GMT"), ETAG)).isFalse();
    }

    @Test
    void ifNoneMatchDecidesOverIfModifiedSince() {
        assertThat(Freshness.isFresh(headers("If-None-Match", ETAG,
                "If-Modified-Since", "Wed, 21 Oct 2015 07:28:00 GMT"), ETAG)).isTrue();
    }
}
