package io.pokeapi.suite.replica;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.pokeapi.suite.config.ReplicaVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers HTTP exchanges like the live API: Firebase Hosting's v1 redirect first, then its Express app
 * with the cors middleware: JSON for what exists, plain-text refusals, and Express's 404 page for a
 * path or method no route takes.
 */
final class ReplicaHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaHandler.class);

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    /** What the live API's function sets on what it finds: a day. */
    static final String FOUND_CACHE = "public, max-age=86400, s-maxage=86400";
    /** What it sets on a document its data does not have: five days. */
    static final String MISSING_CACHE = "public, max-age=432000, s-maxage=432000";

    private static final byte[] INTERNAL_ERROR = "Internal Server Error".getBytes(StandardCharsets.UTF_8);

    private final ReplicaContent content;
    private final ReplicaVersion version;
    private final Set<HttpPromise> kept;

    ReplicaHandler(ReplicaContent content) {
        this(content, ReplicaVersion.DEFAULT, HttpPromise.all());
    }

    ReplicaHandler(ReplicaContent content, ReplicaVersion version, Set<HttpPromise> kept) {
        this.content = content;
        this.version = version;
        this.kept = Set.copyOf(kept);
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            respond(exchange);
        } catch (IOException e) {
            // The client went away mid-response; nothing left to tell it.
            LOG.debug("Could not answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            answerInternalError(exchange);
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath();
        Headers headers = exchange.getResponseHeaders();
        Optional<String> v1Target = kept.contains(HttpPromise.V1_REDIRECT) ? V1Redirect.location(rawPath)
                : Optional.empty();
        if (v1Target.isPresent()) {
            headers.set("Location", v1Target.get());
            exchange.sendResponseHeaders(301, -1);
            return;
        }
        headers.set("X-Powered-By", "Express");
        boolean cors = kept.contains(HttpPromise.CORS);
        if (cors && method.equals("OPTIONS")) {
            Cors.onPreflight(exchange.getRequestHeaders(), headers);
            headers.set("Content-Length", "0");
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        if (cors) {
            Cors.onAnswer(headers);
        }
        boolean head = method.equals("HEAD");
        Route route = head || method.equals("GET") ? Route.parse(rawPath) : new Route.Unknown();
        if (route instanceof Route.Unknown) {
            headers.set("Vary", "Accept-Encoding");
            send(exchange, 404, NotFoundPage.HTML, NotFoundPage.prepare(method, rawPath, headers), head);
            return;
        }
        Reply reply = content.find(route, rawPath, uri.getRawQuery());
        if (reply instanceof Reply.Failure failure) {
            if (failure == Reply.Failure.NOT_FOUND && kept.contains(HttpPromise.CACHING)) {
                headers.set("Cache-Control", MISSING_CACHE);
            }
            sendLikeExpress(exchange, failure.status(), TEXT, failure.body(), () -> WeakEtag.of(failure.body()),
                    Optional.empty());
            return;
        }
        JsonBody body = ((Reply.Json) reply).body();
        if (kept.contains(HttpPromise.CACHING)) {
            headers.set("Cache-Control", FOUND_CACHE);
        }
        headers.set("X-PokeAPI-Hash", version.hash());
        headers.set("X-PokeAPI-Deploy-Date", version.deployDate());
        boolean gzip = AcceptEncoding.allowsGzip(exchange.getRequestHeaders().get("Accept-Encoding"));
        sendLikeExpress(exchange, 200, JSON, body.plain(), body::etag, gzip ? Optional.of(body) : Optional.empty());
    }

    /**
     * Express's res.send: a weak ETag of the body, and 304 without Content-Type or body when the request
     * already holds it; then the body as the compression middleware sends it: {@code Vary: Accept-Encoding}
     * on every answer with a compressible type, and the body gzipped when asked for (the middleware
     * leaves a body under 1 KB as it is; the replica gzips every body it is asked to).
     */
    private void sendLikeExpress(HttpExchange exchange, int status, String contentType, byte[] plain,
            Supplier<String> etagOfPlain, Optional<JsonBody> gzippable) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (kept.contains(HttpPromise.REVALIDATION)) {
            String etag = etagOfPlain.get();
            headers.set("ETag", etag);
            if (status >= 200 && status < 300 && Freshness.isFresh(exchange.getRequestHeaders(), etag)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        byte[] bytes = plain;
        headers.set("Vary", "Accept-Encoding");
        if (gzippable.isPresent()) {
            headers.set("Content-Encoding", "gzip");
            bytes = gzippable.get().gzip();
        }
        send(exchange, status, contentType, bytes, head);
    }

    /** Sends the status and the body; for HEAD, the status and the body's length alone. Leaves the exchange open. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (head) {
            // HttpServer sends no body for HEAD and wants -1, but the client should still learn the length.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        // To HttpServer a length of 0 means "chunked"; -1 means "no body".
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void answerInternalError(HttpExchange exchange) {
        if (exchange.getResponseCode() != -1) {
            return; // the status line is already out
        }
        try {
            exchange.getResponseHeaders().remove("Content-Encoding");
            send(exchange, 500, TEXT, INTERNAL_ERROR, exchange.getRequestMethod().equals("HEAD"));
        } catch (IOException e) {
            LOG.debug("Could not send 500", e);
        }
    }
}
