package io.pokeapi.suite.history;

import java.net.URI;

/**
 * Stores bodies with their links relative, as PokéAPI's own data files have them: the live API
 * and a replica on any port then give the same body, and an unchanged resource is stored once.
 */
final class UrlNeutralBodies {

    private final String quotedOrigin;

    /** @param baseUrl the base URL of the API under test, such as {@code http://127.0.0.1:8080/api/v2} */
    UrlNeutralBodies(URI baseUrl) {
        String port = baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort();
        this.quotedOrigin = "\"" + baseUrl.getScheme() + "://" + baseUrl.getHost() + port + "/";
    }

    /** The body with every JSON string that starts with the API's origin made relative. */
    String neutral(String body) {
        return body.replace(quotedOrigin, "\"/");
    }
}
