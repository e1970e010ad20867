package io.pokeapi.suite.replica;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request path asks for, read like the live API's Express routes: {@code /api/v2/},
 * {@code /api/v2/:endpoint/}, {@code /api/v2/:endpoint/:id/} and {@code /api/v2/:endpoint/:id/:extra/},
 * trailing slashes optional, each segment percent-decoded. Whether the endpoint is one the API knows
 * depends on the data served, so that is left to the caller.
 */
sealed interface Route {

    String API_PREFIX = "/api/v2";

    /** {@code /api/v2/}: the API root. */
    record RootIndex() implements Route {
    }

    /** {@code /api/v2/<resource>/}: a page of the resource's list. */
    record ResourceList(String resource) implements Route {
    }

    /**
     * {@code /api/v2/<resource>/<id or name>/}, or {@code .../encounters/} under it.
     *
     * @param key the id or name lower-cased, as the live API looks it up
     */
    record Document(String resource, String key, Optional<String> nested) implements Route {
    }

    /** A path the routes match but refuse: an id or name of the wrong shape, or an unknown nested document. */
    record BadRequest() implements Route {
    }

    /** A path no route matches. */
    record Unknown() implements Route {
    }

    /** The live API's resources_r, /^[\w\d-_]+$/. */
    Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

    /** The only document the live API serves under another one. */
    String ENCOUNTERS = "encounters";

    /** @param rawPath the request's path, still percent-encoded; may be null */
    static Route parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(API_PREFIX)) {
            return new Unknown();
        }
        String rest = rawPath.substring(API_PREFIX.length());
        if (rest.isEmpty() || rest.equals("/")) {
            return new RootIndex();
        }
        if (!rest.startsWith("/")) {
            return new Unknown(); // e.g. /api/v2x
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String[] segments = rest.substring(1).split("/", -1);
        if (segments.length > 3) {
            return new Unknown();
        }
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return new Unknown(); // a doubled slash
            }
        }
        Optional<String[]> decoded = decode(segments);
        if (decoded.isEmpty()) {
            return new BadRequest(); // Express refuses a parameter it cannot decode with 400
        }
        return route(decoded.get());
    }

    private static Route route(String[] segments) {
        if (segments.length == 1) {
            return new ResourceList(segments[0]);
        }
        Optional<String> nested = segments.length == 3 ? Optional.of(segments[2]) : Optional.empty();
        if (nested.isPresent() && !nested.get().equals(ENCOUNTERS)) {
            return new BadRequest();
        }
        if (!KEY.matcher(segments[1]).matches()) {
            return new BadRequest();
        }
        return new Document(segments[0], segments[1].toLowerCase(Locale.ROOT), nested);
    }

    /** Decodes each segment like decodeURIComponent, which leaves {@code +} alone; empty if one is malformed. */
    private static Optional<String[]> decode(String[] segments) {
        String[] decoded = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            try {
                decoded[i] = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformedEscape) {
                return Optional.empty();
            }
        }
        return Optional.of(decoded);
    }
}
