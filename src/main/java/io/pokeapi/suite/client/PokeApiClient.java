package io.pokeapi.suite.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The suite's view of PokéAPI: builds the URLs of its endpoints and fetches them over one shared
 * {@link OkHttpClient}, whose interceptors carry the policies (user agent, metrics, retries).
 * Thread-safe: parallel scenarios share one instance.
 */
public final class PokeApiClient {

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final int basePathSize;
    private final ResponseObserver observer;
    private final Optional<ScenarioTag> scenario;

    public PokeApiClient(OkHttpClient http, URI baseUrl) {
        this(http, baseUrl, ResponseObserver.NONE);
    }

    public PokeApiClient(OkHttpClient http, URI baseUrl, ResponseObserver observer) {
        this.http = http;
        this.observer = observer;
        this.baseUrl = HttpUrl.get(baseUrl.toString());
        List<String> baseSegments = this.baseUrl.pathSegments();
        this.basePathSize = baseSegments.get(baseSegments.size() - 1).isEmpty()
                ? baseSegments.size() - 1 : baseSegments.size();
        this.scenario = Optional.empty();
    }

    private PokeApiClient(PokeApiClient client, ScenarioTag scenario) {
        this.http = client.http;
        this.observer = client.observer;
        this.baseUrl = client.baseUrl;
        this.basePathSize = client.basePathSize;
        this.scenario = Optional.of(scenario);
    }

    /** This client, its requests tagged as made for {@code scenario}; it shares this one's connections. */
    public PokeApiClient forScenario(ScenarioTag scenario) {
        return new PokeApiClient(this, scenario);
    }

    public URI baseUrl() {
        return baseUrl.uri();
    }

    /** The API root, which lists every resource. */
    public ApiResponse root() {
        return fetch(baseUrl.newBuilder().addPathSegment("").build());
    }

    /** One resource by id or name, such as {@code ("pokemon", "pikachu")}. */
    public ApiResponse resource(String resource, String idOrName) {
        return fetch(baseUrl.newBuilder().addPathSegment(resource).addPathSegment(idOrName).build());
    }

    /** A page of a list endpoint; an empty offset or limit leaves the API's default. */
    public ApiResponse list(String resource, OptionalInt offset, OptionalInt limit) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment(resource).addPathSegment("");
        offset.ifPresent(value -> url.addQueryParameter("offset", Integer.toString(value)));
        limit.ifPresent(value -> url.addQueryParameter("limit", Integer.toString(value)));
        return fetch(url.build());
    }

    /** Follows a link found in a response, such as a list's {@code next} or a resource's {@code url}. */
    public ApiResponse follow(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("Cannot follow '" + url + "': not an absolute http(s) URL");
        }
        return fetch(parsed);
    }

    /**
     * A URL below the base URL, such as {@code "pokemon/pikachu/"}; {@code "../v1/pokemon/pikachu/"} reaches
     * the same resource under the API's old version.
     */
    public HttpUrl resolve(String relative) {
        HttpUrl resolved = baseUrl.newBuilder().addPathSegment("").build().resolve(relative);
        if (resolved == null) {
            throw new IllegalArgumentException("'" + relative + "' is not a path below " + baseUrl);
        }
        return resolved;
    }

    /**
     * Sends one bodiless request exactly as given, its own headers included (a conditional request gets the
     * server's own 304), and reads the answer with its headers. Redirects are followed as the client follows them.
     */
    public HttpAnswer exchange(String method, HttpUrl url, Headers headers) {
        return exchange(http, method, url, headers);
    }

    /** As {@link #exchange}, but a redirect is the answer, not followed. */
    public HttpAnswer exchangeWithoutRedirects(String method, HttpUrl url, Headers headers) {
        return exchange(http.newBuilder().followRedirects(false).build(), method, url, headers);
    }

    private HttpAnswer exchange(OkHttpClient client, String method, HttpUrl url, Headers headers) {
        Request request = new Request.Builder().url(url).headers(headers).method(method, null)
                .tag(Endpoint.class, endpointOf(url)).tag(ScenarioTag.class, scenario.orElse(null)).build();
        String description = method + " " + url;
        try (Response response = client.newCall(request).execute()) {
            return new HttpAnswer(description, response.code(), response.headers(), response.body().string());
        } catch (IOException e) {
            throw new ApiCallException(description, e);
        }
    }

    /** The route template of a URL below the base URL, such as {@code /pokemon/{id}}. */
    public Endpoint endpointOf(HttpUrl url) {
        List<String> segments = url.pathSegments();
        return Endpoint.of(segments.subList(Math.min(basePathSize, segments.size()), segments.size()));
    }

    private ApiResponse fetch(HttpUrl url) {
        Endpoint endpoint = endpointOf(url);
        Request request = new Request.Builder().url(url).tag(Endpoint.class, endpoint)
                .tag(ScenarioTag.class, scenario.orElse(null)).get().build();
        String description = "GET " + url;
        long started = System.nanoTime();
        Call call = http.newCall(request);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            String text = body.string();
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            ApiResponse answer = new ApiResponse("GET", url.toString(), endpoint, response.code(),
                    response.header("Content-Type", ""), text, latency, scenario,
                    RevalidateInterceptor.revalidated(response));
            observer.observe(answer);
            return answer;
        } catch (IOException e) {
            throw new ApiCallException(description, e);
        }
    }
}
