package io.pokeapi.suite.replica;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers HTTP exchanges like the live API: JSON for what exists, plain-text errors otherwise. */
final class ReplicaHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaHandler.class);

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    private static final byte[] METHOD_NOT_ALLOWED = "Method Not Allowed".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERNAL_ERROR = "Internal Server Error".getBytes(StandardCharsets.UTF_8);

    private final ReplicaContent content;

    ReplicaHandler(ReplicaContent content) {
        this.content = content;
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
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, TEXT, METHOD_NOT_ALLOWED, false);
            return;
        }
        URI uri = exchange.getRequestURI();
        Reply reply = content.find(Route.parse(uri.getRawPath()), uri.getRawQuery());
        if (reply instanceof Reply.Failure failure) {
            send(exchange, failure.status(), TEXT, failure.body(), head);
            return;
        }
        JsonBody body = ((Reply.Json) reply).body();
        Headers headers = exchange.getResponseHeaders();
        headers.set("Vary", "Accept-Encoding");
        byte[] bytes;
        if (AcceptEncoding.allowsGzip(exchange.getRequestHeaders().get("Accept-Encoding"))) {
            headers.set("Content-Encoding", "gzip");
            bytes = body.gzip();
        } else {
            bytes = body.plain();
        }
        send(exchange, 200, JSON, bytes, head);
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
