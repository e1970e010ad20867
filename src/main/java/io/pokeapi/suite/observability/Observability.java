package io.pokeapi.suite.observability;

import com.google.gson.JsonObject;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.history.History;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.run.RunOutcome;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.hotspot.DefaultExports;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import okhttp3.Interceptor;

/**
 * How a process running the suite shows itself to Prometheus: its metrics, served on
 * {@code PROMETHEUS_PORT} from its first run until it closes, and pushed to {@code PUSHGATEWAY_URL}
 * when a run finishes. The runtime owns one, with the process's one registry.
 */
public final class Observability implements AutoCloseable {

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

    /** A run began: the metrics server starts with the process's first run. */
    public synchronized void runStarted(Instant startedAt) {
        metrics.runStarted(startedAt);
        if (server == null) {
            server = MetricsServer.start(settings.observability().prometheusPort(), metrics.registry(), health::check);
        }
    }

    /** A run finished: its final metrics are recorded, then pushed when a Pushgateway is set. */
    public void runFinished(Instant startedAt, RunOutcome outcome, HistoryReport report, boolean passed) {
        metrics.runFinished(startedAt, Instant.now(), outcome, report, passed);
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
