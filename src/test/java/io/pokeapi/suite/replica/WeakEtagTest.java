package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The etag package's own examples, weak as Express asks for them. */
class WeakEtagTest {

    @Test
    void tagsATextByItsLengthAndHash() {
        assertThat(WeakEtag.of("beep boop".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("W/\"9-fINXV39R1PCo05OqGqr7KIY9lCE\"");
    }

    @Test
    void countsTheLengthInBytes() {
        assertThat(WeakEtag.of("论".getBytes(StandardCharsets.UTF_8))).isEqualTo("W/\"3-QkSKq8sXBjHL2tFAZknA2n6LYzM\"");
    }

    @Test
    void tagsBytesAndTheEmptyBody() {
        assertThat(WeakEtag.of(new byte[] {1, 2, 3})).isEqualTo("W/\"3-cDeAcZjCKn0rCAc3HXY3eahP388\"");
        assertThat(WeakEtag.of(new byte[0])).isEqualTo("W/\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"");
    }

    @Test
    void writesTheLengthInHex() {
        assertThat(WeakEtag.of(new byte[300])).startsWith("W/\"12c-");
    }
}
