package io.pokeapi.suite.client;

import okhttp3.Headers;

/**
 * An answer read at the HTTP level, its headers included, for what the live API promises about caching,
 * cross-origin reads and redirects.
 *
 * @param request what was asked, such as {@code OPTIONS http://…/api/v2/pokemon/pikachu/}
 * @param body    the body as text; empty for a 204, a 304 or a HEAD
 */
public record HttpAnswer(String request, int status, Headers headers, String body) {

    /** The header's last value, or null. */
    public String header(String name) {
        return headers.get(name);
    }
}
