package io.pokeapi.suite.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A row of {@code response_bodies}: one distinct JSON body.
 *
 * @param hash        lower-case hex SHA-256 of {@code body}'s UTF-8 bytes
 * @param body        the body text; must be JSON (PostgreSQL casts it to jsonb)
 * @param sizeBytes   UTF-8 length of {@code body}
 * @param firstSeenAt when a run first received it; a later insert of the same hash keeps the first
 */
public record ResponseBodyRow(String hash, String body, int sizeBytes, Instant firstSeenAt, String shape) {

    public ResponseBodyRow {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    }

    /** The row of a JSON body received at {@code seenAt}: hash and size computed from the text. */
    public static ResponseBodyRow of(String json, Instant seenAt) {
        return of(json, Digest.of(json), seenAt);
    }

    /** The row of a JSON body whose digest is known already, which spares encoding and hashing it again. */
    static ResponseBodyRow of(String json, Digest digest, Instant seenAt) {
        return new ResponseBodyRow(digest.hash(), json, digest.sizeBytes(), seenAt, null);
    }

    /** The row with the body's {@link Shape} as JSON, stored so that later runs need not walk the body again. */
    public ResponseBodyRow withShape(String shapeJson) {
        return new ResponseBodyRow(hash, body, sizeBytes, firstSeenAt, shapeJson);
    }

    /** Lower-case hex SHA-256 of the body's UTF-8 bytes: the key of {@code response_bodies}. */
    public static String hashOf(String body) {
        return Digest.of(body).hash();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A body's hash and UTF-8 length, from one encoding of its text. */
    record Digest(String hash, int sizeBytes) {

        static Digest of(String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new Digest(sha256(bytes), bytes.length);
        }
    }
}
