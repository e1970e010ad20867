package io.pokeapi.suite.replica;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a request path asks for, read the way the live API reads it. Trailing slashes are optional. */
sealed interface Route {

    String API_PREFIX = "/api/v2";

    /** {@code /api/v2/}: the API root. */
    record RootIndex() implements Route {
    }

    /** {@code /api/v2/<resource>/}: a page of the resource's list. */
    record ResourceList(String resource) implements Route {
    }

    /** {@code /api/v2/<resource>/<id or name>/} or a document under it, such as {@code .../encounters/}. */
    record Document(String resource, String key, Optional<String> nested) implements Route {
    }

    /** Anything else. */
    record Unknown() implements Route {
    }

    /** Resource and nested names in api-data are lower-case words joined by dashes. */
    Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

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
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return new Unknown(); // a doubled slash
            }
        }
        if (!NAME.matcher(segments[0]).matches()) {
            return new Unknown();
        }
        switch (segments.length) {
            case 1:
                return new ResourceList(segments[0]);
            case 2:
                return new Document(segments[0], segments[1], Optional.empty());
            case 3:
                return NAME.matcher(segments[2]).matches()
                        ? new Document(segments[0], segments[1], Optional.of(segments[2]))
                        : new Unknown();
            default:
                return new Unknown();
        }
    }
}
