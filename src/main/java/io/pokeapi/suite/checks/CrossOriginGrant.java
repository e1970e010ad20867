package io.pokeapi.suite.checks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import okhttp3.Headers;

/**
 * What an answer's Access-Control headers let a browser page from another site do: read the answer
 * (Allow-Origin), read some of its headers (Expose-Headers) and, after a preflight, send a method
 * (Allow-Methods). Header lists are comma-separated, spaces around the names optional, names
 * case-insensitive; a method is case-sensitive.
 */
public record CrossOriginGrant(String allowOrigin, List<String> exposedHeaders, List<String> allowedMethods) {

    public static CrossOriginGrant of(Headers headers) {
        return new CrossOriginGrant(headers.get("Access-Control-Allow-Origin"),
                list(headers.values("Access-Control-Expose-Headers")),
                list(headers.values("Access-Control-Allow-Methods")));
    }

    private static List<String> list(List<String> values) {
        return values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** Whether a page served from {@code origin} may read the answer. */
    public boolean letsOriginRead(String origin) {
        return allowOrigin != null && (allowOrigin.strip().equals("*") || allowOrigin.strip().equals(origin));
    }

    public boolean exposes(String header) {
        return exposedHeaders.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT)
                .equals(header.toLowerCase(Locale.ROOT)));
    }

    public boolean allowsMethod(String method) {
        return allowedMethods.contains(method);
    }
}
