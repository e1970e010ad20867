package io.pokeapi.suite.observability;

import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.run.RunOutcome;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.hotspot.DefaultExports;
import java.time.Instant;
import okhttp3.Interceptor;

/**
 * How a process running the suite shows itself to Prometheus: its metrics, in the process's one
 * registry. The runtime owns one.
 */
public final class Observability {

    private final SuiteMetrics metrics;
    private final MetricsInterceptor interceptor;

    /** @param registry the process's registry, which gets the suite's metrics and the JVM's */
    public Observability(CollectorRegistry registry) {
        DefaultExports.register(registry);
        this.metrics = new SuiteMetrics(registry);
        this.interceptor = new MetricsInterceptor(metrics);
    }

    public SuiteMetrics metrics() {
        return metrics;
    }

    /** The interceptor that counts and times the client's requests. */
    public Interceptor interceptor() {
        return interceptor;
    }

    /** A run began. */
    public void runStarted(Instant startedAt) {
        metrics.runStarted(startedAt);
    }

    /** A run finished: its final metrics are recorded. */
    public void runFinished(Instant startedAt, RunOutcome outcome, HistoryReport report, boolean passed) {
        metrics.runFinished(startedAt, Instant.now(), outcome, report, passed);
    }
}
