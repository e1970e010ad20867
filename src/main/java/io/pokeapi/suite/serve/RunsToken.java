package io.pokeapi.suite.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The bearer token {@code POST /runs} asks for (RUNS_TOKEN). A request's token is compared by its SHA-256
 * digest in constant time: neither how much of it matches nor how long the right one is shows in the time
 * an answer takes. The token itself is kept only as its digest, so no dump or log of this object shows it.
 */
final class RunsToken {

    private static final String SCHEME = "bearer";

    private final byte[] digest;

    private RunsToken(byte[] digest) {
        this.digest = digest;
    }

    static RunsToken of(String token) {
        return new RunsToken(sha256(token));
    }

    /** Whether an {@code Authorization} header carries this token: {@code Bearer <token>}, the scheme in any case. */
    boolean admits(Optional<String> authorization) {
        String presented = authorization.map(String::strip).filter(RunsToken::isBearer)
                .map(header -> header.substring(SCHEME.length()).strip()).orElse("");
        // Digested even when absent, so that every refusal costs the same.
        return MessageDigest.isEqual(sha256(presented), digest) && !presented.isEmpty();
    }

    private static boolean isBearer(String header) {
        return header.length() > SCHEME.length() && header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT)
                .equals(SCHEME) && Character.isWhitespace(header.charAt(SCHEME.length()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RunsToken[not shown]";
    }
}
