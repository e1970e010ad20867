package io.pokeapi.suite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class CachePolicyTest {

    private static CachePolicy of(String... cacheControl) {
        Headers.Builder headers = new Headers.Builder();
        for (String value : cacheControl) {
            headers.add("Cache-Control", value);
        }
        return CachePolicy.of(headers.build());
    }

    @Test
    void readsWhoMayKeepTheAnswerAndForHowLong() {
        CachePolicy policy = of("public, max-age=86400, s-maxage=86400");

        assertThat(policy).isEqualTo(new CachePolicy(true, 86400, 86400));
        assertThat(policy.letsAnyCacheKeepFor(Duration.ofDays(1))).isTrue();
        assertThat(policy.letsAnyCacheKeepFor(Duration.ofDays(5))).isFalse();
    }

    @Test
    void everyPartMustSayIt() {
        assertThat(of("max-age=86400, s-maxage=86400").letsAnyCacheKeepFor(Duration.ofDays(1))).isFalse();
        assertThat(of("public, max-age=86400").letsAnyCacheKeepFor(Duration.ofDays(1))).isFalse();
        assertThat(of("public, s-maxage=86400, max-age=3600").letsAnyCacheKeepFor(Duration.ofDays(1))).isFalse();
        assertThat(of().letsAnyCacheKeepFor(Duration.ofDays(1))).isFalse();
    }

    @Test
    void readsDirectivesSpreadOverSeveralLines() {
        assertThat(of("public", "max-age=432000", "s-maxage=432000").letsAnyCacheKeepFor(Duration.ofDays(5))).isTrue();
    }
}
