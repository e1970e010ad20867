package io.pokeapi.suite.client;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the API, with the raw body kept as received so that history can store it. The body
 * is parsed at most once, however many steps and observers read it; the tree is read-only to them.
 */
public final class ApiResponse {

    private final String method;
    private final String url;
    private final Endpoint endpoint;
    private final int status;
    private final String contentType;
    private final String body;
    private final Duration latency;
    private final ScenarioTag scenario;
    private final boolean revalidated;
    private volatile JsonElement json;

    /**
     * @param method      HTTP method of the request
     * @param url         the URL requested
     * @param endpoint    the route template of the URL, such as {@code /pokemon/{id}}
     * @param status      HTTP status code
     * @param contentType the Content-Type header, or an empty string
     * @param body        the body as text
     * @param latency     time from sending the request to having read the whole body
     */
    public ApiResponse(String method, String url, Endpoint endpoint, int status, String contentType, String body,
            Duration latency) {
        this(method, url, endpoint, status, contentType, body, latency, Optional.empty(), false);
    }

    /**
     * As above, for a request made for {@code scenario}.
     *
     * @param revalidated whether the body is the one the client kept, which the API confirmed with a 304
     */
    public ApiResponse(String method, String url, Endpoint endpoint, int status, String contentType, String body,
            Duration latency, Optional<ScenarioTag> scenario, boolean revalidated) {
        this.scenario = scenario.orElse(null);
        this.revalidated = revalidated;
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.status = status;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.body = Objects.requireNonNull(body, "body");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    /** The scenario the request was made for; empty for a request of the run, such as its probe. */
    public Optional<ScenarioTag> scenario() {
        return Optional.ofNullable(scenario);
    }

    /** Whether the API answered 304 to the client's conditional request, and the body is the one it kept. */
    public boolean revalidated() {
        return revalidated;
    }

    public String method() {
        return method;
    }

    public String url() {
        return url;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public String body() {
        return body;
    }

    public Duration latency() {
        return latency;
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON tree, parsed on first use; fails with the URL and the parse error if it is not JSON. */
    public JsonElement json() {
        JsonElement tree = json;
        if (tree == null) {
            tree = JsonBodies.parseTree(this); // two threads may both parse: the trees are equal
            json = tree;
        }
        return tree;
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

    @Override
    public String toString() {
        return request() + " → " + status;
    }
}
