package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "gzip", "GZIP", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "deflate,gzip", " gzip ; q=1 ",
        "x-gzip", "*", "br, *;q=0.1"
    })
    void allowsGzip(String header) {
        assertThat(AcceptEncoding.allowsGzip(List.of(header))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "identity", "br, deflate", "gzip;q=0", "gzip;q=0.0", "*;q=0", "*, gzip;q=0", "gzip;q=abc", "gzipx"
    })
    void refusesGzip(String header) {
        assertThat(AcceptEncoding.allowsGzip(List.of(header))).isFalse();
    }

    @Test
    void noHeaderMeansNoGzip() {
        assertThat(AcceptEncoding.allowsGzip(null)).isFalse();
        assertThat(AcceptEncoding.allowsGzip(List.of())).isFalse();
    }

    @Test
    void readsEveryHeaderLine() {
        assertThat(AcceptEncoding.allowsGzip(List.of("br", "gzip"))).isTrue();
    }
}
