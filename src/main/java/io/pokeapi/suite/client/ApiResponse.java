package io.pokeapi.suite.client;

import com.google.gson.JsonElement;
import java.time.Duration;

/**
 * One answer of the API, with the raw body kept as received so that history can store it.
 *
 * @param method      HTTP method of the request
 * @param url         the URL requested
 * @param endpoint    the route template of the URL, such as {@code /pokemon/{id}}
 * @param status      HTTP status code
 * @param contentType the Content-Type header, or an empty string
 * @param body        the body as text
 * @param latency     time from sending the request to having read the whole body
 */
public record ApiResponse(
        String method,
        String url,
        Endpoint endpoint,
        int status,
        String contentType,
        String body,
        Duration latency) {

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON tree; fails with the URL and the parse error if it is not JSON. */
    public JsonElement json() {
        return JsonBodies.parseTree(this);
    }

    /** The body as a typed model; fails if the status is not 2xx or the body does not parse. */
    public <T> T as(Class<T> model) {
        if (!isSuccessful()) {
            throw new UnexpectedStatusException(this, "a " + model.getSimpleName() + " document");
        }
        return JsonBodies.parse(this, model);
    }

    /** How the request reads in a message: {@code GET http://…/pokemon/25}. */
    public String request() {
        return method + " " + url;
    }
}
