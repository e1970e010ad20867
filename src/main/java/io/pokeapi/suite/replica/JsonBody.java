package io.pokeapi.suite.replica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** A JSON response body, plain and gzip-compressed. */
final class JsonBody {

    private final byte[] plain;
    private final byte[] gzip; // null: compressed when asked for, for bodies built per request

    private JsonBody(byte[] plain, byte[] gzip) {
        this.plain = plain;
        this.gzip = gzip;
    }

    /** For bodies that are cached and served many times: compress once, now. */
    static JsonBody precompressed(byte[] plain) {
        return new JsonBody(plain, compress(plain));
    }

    /** For bodies built for one response: compress only if the client wants it. */
    static JsonBody compressedOnDemand(byte[] plain) {
        return new JsonBody(plain, null);
    }

    /** The bytes; callers must not modify them. */
    byte[] plain() {
        return plain;
    }

    /** The gzip-compressed bytes; callers must not modify them. */
    byte[] gzip() {
        return gzip != null ? gzip : compress(plain);
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
