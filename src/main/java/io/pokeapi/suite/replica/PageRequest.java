package io.pokeapi.suite.replica;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The {@code offset} and {@code limit} query parameters of a list request, read like Django REST
 * framework's LimitOffsetPagination (which the live API follows): a missing, non-integer or negative
 * value falls back to the default, and so does a limit of 0.
 */
record PageRequest(int offset, int limit) {

    static final int DEFAULT_LIMIT = 20;
    static final int DEFAULT_OFFSET = 0;

    private static final Pattern NON_NEGATIVE_INTEGER = Pattern.compile("\\+?[0-9]+");

    PageRequest {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " are out of range");
        }
    }

    /** @param rawQuery the request's query string, still percent-encoded; may be null */
    static PageRequest fromQuery(String rawQuery) {
        String offset = null;
        String limit = null;
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                // Django keeps the last of repeated parameters.
                if ("offset".equals(name)) {
                    offset = value;
                } else if ("limit".equals(name)) {
                    limit = value;
                }
            }
        }
        int parsedOffset = parse(offset);
        int parsedLimit = parse(limit);
        return new PageRequest(
                parsedOffset >= 0 ? parsedOffset : DEFAULT_OFFSET,
                parsedLimit >= 1 ? parsedLimit : DEFAULT_LIMIT);
    }

    /** A non-negative integer, capped at Integer.MAX_VALUE; -1 when the value is missing or not one. */
    private static int parse(String value) {
        if (value == null) {
            return -1;
        }
        String trimmed = value.strip();
        if (!NON_NEGATIVE_INTEGER.matcher(trimmed).matches()) {
            return -1;
        }
        String digits = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            return Integer.MAX_VALUE;
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return null; // matches no parameter name, and parses as no value
        }
    }
}
