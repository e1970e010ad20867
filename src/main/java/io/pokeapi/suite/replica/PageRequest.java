package io.pokeapi.suite.replica;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The {@code offset} and {@code limit} of a list request, read as the live API reads them:
 * {@code parseInt(query.offset) || 0} and {@code parseInt(query.limit) || 20}. Negative values are
 * kept, as there: {@link Page} reads them the way JavaScript's {@code slice} does.
 */
record PageRequest(int offset, int limit) {

    static final int DEFAULT_LIMIT = 20;
    static final int DEFAULT_OFFSET = 0;

    /** @param rawQuery the request's query string, still percent-encoded; may be null */
    static PageRequest fromQuery(String rawQuery) {
        List<String> offsets = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (name.equals("offset")) {
                    offsets.add(value);
                } else if (name.equals("limit")) {
                    limits.add(value);
                }
            }
        }
        return new PageRequest(numberOr(offsets, DEFAULT_OFFSET), numberOr(limits, DEFAULT_LIMIT));
    }

    /** The same request with negative values replaced by the defaults, as a stricter API would read it. */
    PageRequest withoutNegatives() {
        return new PageRequest(offset < 0 ? DEFAULT_OFFSET : offset, limit < 0 ? DEFAULT_LIMIT : limit);
    }

    /**
     * {@code parseInt(value) || fallback}: the fallback where the value is missing, non-numeric or 0.
     * Express gathers a repeated parameter into an array, which parseInt reads joined with commas.
     * Values beyond an int are capped at ±Integer.MAX_VALUE: no list is that long, so only the
     * numbers written in such a page's links differ from the live API's.
     */
    private static int numberOr(List<String> values, int fallback) {
        OptionalLong parsed = JsParseInt.parse(String.join(",", values));
        if (parsed.isEmpty() || parsed.getAsLong() == 0) {
            return fallback;
        }
        return (int) Math.max(-Integer.MAX_VALUE, Math.min(parsed.getAsLong(), Integer.MAX_VALUE));
    }

    /** Like Express's query parser: {@code +} is a space, and a malformed escape leaves the text as it is. */
    private static String decode(String text) {
        String spaced = text.replace('+', ' ');
        try {
            return URLDecoder.decode(spaced, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return spaced;
        }
    }
}
