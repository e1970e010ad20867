package io.pokeapi.suite.replica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** A JSON response body, plain and gzip-compressed, with its ETag. */
final class JsonBody {

    private final byte[] plain;
    private final byte[] gzip; // null: compressed when asked for, for bodies built per request
    private final String etag; // null: hashed when asked for, for bodies built per request

    private JsonBody(byte[] plain, byte[] gzip, String etag) {
        this.plain = plain;
        this.gzip = gzip;
        this.etag = etag;
    }

    /**
     * For bodies that are cached and served many times: compress and hash once, now. A Pokémon of 500 KB
     * costs milliseconds to hash, more where the JIT does not compile SHA-1 to its instructions (C1).
     */
    static JsonBody precompressed(byte[] plain) {
        return new JsonBody(plain, compress(plain), WeakEtag.of(plain));
    }

    /** For bodies built for one response: compress only if the client wants it. */
    static JsonBody compressedOnDemand(byte[] plain) {
        return new JsonBody(plain, null, null);
    }

    /** The bytes; callers must not modify them. */
    byte[] plain() {
        return plain;
    }

    /** The gzip-compressed bytes; callers must not modify them. */
    byte[] gzip() {
        return gzip != null ? gzip : compress(plain);
    }

    /** The weak ETag Express gives the body. */
    String etag() {
        return etag != null ? etag : WeakEtag.of(plain);
    }

    private static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzipStream = new GZIPOutputStream(compressed)) {
            gzipStream.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot gzip in memory", e); // not expected: no I/O happens
        }
        return compressed.toByteArray();
    }
}
