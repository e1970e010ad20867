package io.pokeapi.suite.checks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ETag, {@code W/"9-abc"} or {@code "9-abc"}. Two tags name the same copy when their opaque parts are
 * equal, weak or not (RFC 9110's weak comparison, the one If-None-Match uses).
 */
public record EntityTag(boolean weak, String opaque) {

    private static final Pattern TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"");

    /** The tag a header value holds; empty when the value is missing or not a tag. */
    public static Optional<EntityTag> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = TAG.matcher(value.strip());
        return matcher.matches() ? Optional.of(new EntityTag(matcher.group(1) != null, matcher.group(2)))
                : Optional.empty();
    }

    public boolean weaklyMatches(EntityTag other) {
        return opaque.equals(other.opaque);
    }

    /** As a header writes it. */
    @Override
    public String toString() {
        return (weak ? "W/" : "") + "\"" + opaque + "\"";
    }
}
