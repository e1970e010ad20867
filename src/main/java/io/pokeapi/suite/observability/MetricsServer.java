package io.pokeapi.suite.observability;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.pokeapi.suite.replica.ReplicaServer;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.HTTPServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /metrics} (the Prometheus text format), {@code /health} (JSON) and any further handlers, such
 * as the serve mode's {@code /runs}, on one port, on every
 * address of the machine, with daemon threads: a server left open never keeps the process alive.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    private static final int BACKLOG = 16;

    private final HTTPServer server;

    private MetricsServer(HTTPServer server) {
        this.server = server;
    }

    /**
     * Serves {@code registry} and {@code health} on {@code port} (0 for a free one). A port that cannot
     * be bound costs one warning line and no server: the run goes on without them.
     */
    public static Optional<MetricsServer> start(int port, CollectorRegistry registry, Supplier<JsonObject> health) {
        try {
            return Optional.of(serve(port, registry, health, Map.of()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Metrics and health are not served: {}; set PROMETHEUS_PORT to a free port, or 0 for any. "
                    + "The run goes on.", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Serves {@code registry}, {@code health} and {@code handlers} by path on {@code port} (0 for a free one).
     *
     * @throws IOException saying which port cannot be bound, and why
     */
    public static MetricsServer serve(int port, CollectorRegistry registry, Supplier<JsonObject> health,
            Map<String, HttpHandler> handlers) throws IOException {
        // The replica's server needs this property, which the JDK reads once, when the first HttpServer
        // of the process starts; this one may be the first.
        System.getProperties().putIfAbsent(ReplicaServer.NO_DELAY_PROPERTY, "true");
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(port), BACKLOG);
        } catch (IOException e) {
            throw new IOException("port " + port + " cannot be bound (" + e.getMessage() + ")", e);
        }
        http.createContext("/health", exchange -> answerHealth(exchange, health));
        handlers.forEach(http::createContext);
        try {
            HTTPServer server = new HTTPServer.Builder().withHttpServer(http).withRegistry(registry)
                    .withDaemonThreads(true).build();
            LOG.info("Metrics at http://localhost:{}/metrics, health at /health{}", server.getPort(),
                    handlers.keySet().stream().sorted().map(path -> ", " + path).collect(Collectors.joining()));
            return new MetricsServer(server);
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            throw e;
        }
    }

    private static void answerHealth(HttpExchange exchange, Supplier<JsonObject> check) throws IOException {
        try (exchange) {
            JsonObject health;
            try {
                health = check.get();
            } catch (RuntimeException e) {
                health = new JsonObject();
                health.addProperty("status", HealthCheck.DOWN);
                health.addProperty("error", String.valueOf(e.getMessage()));
            }
            boolean down = HealthCheck.DOWN.equals(health.get("status").getAsString());
            answerJson(exchange, down ? 503 : 200, health);
        }
    }

    /** Answers {@code body} as JSON with {@code status}; a HEAD request gets the status and headers alone. */
    public static void answerJson(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
