package io.pokeapi.suite.observability;

import io.pokeapi.suite.resilience.ResilienceListener;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs every retry, refused wait and circuit change of the client as a structured event, and counts it. */
public final class ResilienceEvents implements ResilienceListener {

    private static final Logger LOG = LoggerFactory.getLogger(ResilienceEvents.class);

    private final SuiteMetrics metrics;
    private final Map<String, LongAdder> retriesByReason = new ConcurrentSkipListMap<>();
    private final LongAdder retryWaitMillis = new LongAdder();
    private final LongAdder refusedWaits = new LongAdder();
    private final LongAdder circuitsOpened = new LongAdder();

    public ResilienceEvents(SuiteMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void retried(String endpoint, int retry, String reason, Duration waited) {
        metrics.retried(endpoint, reason, waited);
        retriesByReason.computeIfAbsent(reason, key -> new LongAdder()).increment();
        retryWaitMillis.add(waited.toMillis());
        LOG.atInfo().addKeyValue("event", "retry").addKeyValue("endpoint", endpoint).addKeyValue("retry", retry)
                .addKeyValue("reason", reason).addKeyValue("wait_ms", waited.toMillis())
                .log("Retry {} of {} after {} ms: the attempt before failed with {}", retry, endpoint,
                        waited.toMillis(), reason);
    }

    @Override
    public void retryAfterRefused(String endpoint, Duration asked, Duration allowed) {
        metrics.retryAfterRefused(endpoint);
        refusedWaits.increment();
        LOG.atWarn().addKeyValue("event", "retry_after_refused").addKeyValue("endpoint", endpoint)
                .addKeyValue("retry_after_ms", asked.toMillis()).addKeyValue("allowed_ms", allowed.toMillis())
                .log("Not retrying {}: its Retry-After asks for {} s, more than the {} s the client may still wait "
                        + "(HTTP_RETRY_AFTER_MAX, HTTP_RETRY_BUDGET)", endpoint, asked.toSeconds(), allowed.toSeconds());
    }

    @Override
    public void circuitCreated(String endpoint) {
        metrics.circuitIn(endpoint, CircuitState.CLOSED, false);
    }

    @Override
    public void circuitChanged(String endpoint, CircuitState from, CircuitState to) {
        metrics.circuitIn(endpoint, to, true);
        if (to == CircuitState.OPEN) {
            circuitsOpened.increment();
        }
        var event = to == CircuitState.OPEN ? LOG.atWarn() : LOG.atInfo();
        event.addKeyValue("event", "circuit_" + to.label()).addKeyValue("endpoint", endpoint)
                .addKeyValue("from", from.label()).addKeyValue("to", to.label())
                .log("Circuit of {} {}", endpoint, switch (to) {
                    case OPEN -> "opened: its requests fail at once until a probe (CIRCUIT_BREAKER)";
                    case HALF_OPEN -> "half-open: the next request probes it";
                    case CLOSED -> "closed: a probe succeeded";
                });
    }

    /** A run began: the summary speaks of it alone from now on; the metrics go on counting. */
    void runStarted() {
        retriesByReason.clear();
        retryWaitMillis.reset();
        refusedWaits.reset();
        circuitsOpened.reset();
    }

    /**
     * What the client's policies did since the run began, on one line, such as "The client retried
     * 12 requests (503: 10, io: 2) after waiting 3.1 s in all; 1 circuit opened.", or empty if nothing.
     */
    public Optional<String> summary() {
        long retries = retriesByReason.values().stream().mapToLong(LongAdder::sum).sum();
        if (retries == 0 && refusedWaits.sum() == 0 && circuitsOpened.sum() == 0) {
            return Optional.empty();
        }
        String reasons = retriesByReason.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue().sum()).collect(Collectors.joining(", "));
        StringBuilder line = new StringBuilder("The client retried " + retries + " request" + (retries == 1 ? "" : "s"));
        if (retries > 0) {
            line.append(" (").append(reasons).append(") after waiting ")
                    .append(String.format(Locale.ROOT, "%.1f", retryWaitMillis.sum() / 1000.0)).append(" s in all");
        }
        if (refusedWaits.sum() > 0) {
            line.append("; ").append(refusedWaits.sum()).append(" Retry-After too long to wait for");
        }
        long opened = circuitsOpened.sum();
        line.append("; ").append(opened).append(opened == 1 ? " circuit" : " circuits").append(" opened.");
        return Optional.of(line.toString());
    }

    @Override
    public void rateLimited(String endpoint, Duration waited) {
        metrics.rateLimited(endpoint, waited);
        LOG.atDebug().addKeyValue("event", "rate_limited").addKeyValue("endpoint", endpoint)
                .addKeyValue("wait_ms", waited.toMillis())
                .log("{} waited {} ms for the rate limit", endpoint, waited.toMillis());
    }
}
