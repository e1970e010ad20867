package io.pokeapi.suite.replica;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The ETag Express gives a body it sends (the etag package, weak): {@code W/"<length in hex>-<the first
 * 27 characters of the body's SHA-1 in base64>"}.
 */
final class WeakEtag {

    private WeakEtag() {
    }

    static String of(byte[] body) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-1", e);
        }
        String hash = Base64.getEncoder().encodeToString(sha1.digest(body)).substring(0, 27);
        return "W/\"" + Integer.toHexString(body.length) + "-" + hash + "\"";
    }
}
