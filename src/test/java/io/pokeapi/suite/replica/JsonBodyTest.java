package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A body served many times is compressed and hashed once, and gives what a body built per request gives. */
class JsonBodyTest {

    private static final byte[] PIKACHU = "{\"id\":25,\"name\":\"pikachu\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPrecompressedBodyHasTheEtagAndGzipOfTheSameBodyBuiltPerRequest() throws IOException {
        JsonBody cached = JsonBody.precompressed(PIKACHU);
        JsonBody perRequest = JsonBody.compressedOnDemand(PIKACHU);

        assertThat(cached.etag()).isEqualTo(perRequest.etag()).isEqualTo(WeakEtag.of(PIKACHU));
        assertThat(gunzip(cached.gzip())).isEqualTo(gunzip(perRequest.gzip())).isEqualTo(PIKACHU);
        assertThat(cached.etag()).isSameAs(cached.etag()); // worked out once, not per request
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }
}
