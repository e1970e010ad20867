package io.pokeapi.suite.history;

import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import java.time.Duration;

/**
 * A response waiting for the history writer: its body as text, without the tree the client may have
 * parsed, which weighs several times the text; so the backlog holds what it counts.
 */
record QueuedResponse(String url, Endpoint endpoint, int status, String contentType, String body, Duration latency) {

    static QueuedResponse of(ApiResponse response) {
        // A confirmed kept body is recorded as the 304 it was: unchanged, its body neither hashed nor compared.
        return new QueuedResponse(response.url(), response.endpoint(), response.revalidated() ? 304 : response.status(),
                response.contentType(), response.revalidated() ? "" : response.body(), response.latency());
    }

    boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** Whether the body may be a JSON document: one that is not ("Not Found") is recorded without a body. */
    boolean mayBeJson() {
        return contentType.startsWith("application/json") && !body.isBlank();
    }

    /** What the response weighs on the backlog: the characters of its body. */
    long characters() {
        return body.length();
    }
}
