package io.pokeapi.suite.observability;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpHandler;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.history.History;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunResult;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.hotspot.DefaultExports;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import okhttp3.Interceptor;

/**
 * How a process running the suite shows itself to Prometheus: its metrics, served on
 * {@code PROMETHEUS_PORT} from its first run (from its start in the serve mode) until it closes, and
 * pushed to {@code PUSHGATEWAY_URL} when a run finishes. The runtime owns one, with the process's one
 * registry.
 */
public final class Observability implements AutoCloseable, RunListener {

    private final Settings settings;
    private final SuiteMetrics metrics;
    private final HealthCheck health;
    private final MetricsInterceptor interceptor;
    private final ResilienceEvents resilienceEvents;
    private Optional<MetricsServer> server;

    /**
     * @param registry the process's registry, which gets the suite's metrics and the JVM's
     * @param history  the history if it is open; asking must not open it
     */
    public Observability(Settings settings, CollectorRegistry registry, Supplier<Optional<History>> history) {
        this.settings = settings;
        DefaultExports.register(registry);
        this.metrics = new SuiteMetrics(registry);
        this.health = new HealthCheck(settings.history().enabled(), history, metrics::lastRun);
        this.interceptor = new MetricsInterceptor(metrics);
        this.resilienceEvents = new ResilienceEvents(metrics);
    }

    public SuiteMetrics metrics() {
        return metrics;
    }

    /** The interceptor that counts and times the client's requests. */
    public Interceptor interceptor() {
        return interceptor;
    }

    /** Hears the client's retries, circuits and rate limit, to log and count them. */
    public ResilienceEvents resilienceEvents() {
        return resilienceEvents;
    }

    /** What {@code /health} answers now. */
    public JsonObject health() {
        return health.check();
    }

    /**
     * Serves {@code /metrics} and {@code /health} now, with {@code handlers} by path beside them, as the
     * serve mode does from its start, for which they are the point.
     *
     * @throws IllegalStateException in one line, when the port cannot be bound
     */
    public synchronized void serve(Map<String, HttpHandler> handlers) {
        if (server != null) {
            throw new IllegalStateException("The metrics are served already");
        }
        int port = settings.observability().prometheusPort();
        try {
            server = Optional.of(MetricsServer.serve(port, metrics.registry(), health::check, handlers));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serve /metrics, /health and " + String.join(", ", handlers.keySet())
                    + ": " + e.getMessage() + "; set PROMETHEUS_PORT to a free port, or 0 for any.", e);
        }
    }

    /** A run began: the metrics server starts with the process's first run, unless it serves already. */
    public synchronized void runStarted(RunIdentity run) {
        metrics.runStarted(run);
        resilienceEvents.runStarted();
        if (server == null) {
            server = MetricsServer.start(settings.observability().prometheusPort(), metrics.registry(), health::check);
        }
    }

    /** A run finished: its final metrics are recorded, then pushed when a Pushgateway is set. */
    @Override
    public void runFinished(RunResult result) {
        // A run that could not start, as one whose target does not answer, may not have begun in the metrics.
        if (result.verdict() == RunResult.Verdict.COULD_NOT_RUN
                && metrics.lastRun().map(LastRun::run).filter(result.run()::equals).isEmpty()) {
            metrics.runStarted(result.run());
        }
        metrics.runFinished(result, Instant.now());
        settings.observability().pushgateway()
                .ifPresent(gateway -> new PushgatewayPublisher(gateway).push(metrics.registry()));
    }

    /** The port of {@code /metrics} and {@code /health}, once served. */
    public synchronized OptionalInt port() {
        return server == null || server.isEmpty() ? OptionalInt.empty() : OptionalInt.of(server.get().port());
    }

    /** Stops serving the metrics. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.ifPresent(MetricsServer::close);
            server = Optional.empty();
        }
    }
}
