package io.pokeapi.suite.observability;

import io.pokeapi.suite.resilience.ResilienceListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs every retry, refused wait and circuit change of the client as a structured event, and counts it. */
public final class ResilienceEvents implements ResilienceListener {

    private static final Logger LOG = LoggerFactory.getLogger(ResilienceEvents.class);

    private final SuiteMetrics metrics;

    public ResilienceEvents(SuiteMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void retried(String endpoint, int retry, String reason, Duration waited) {
        metrics.retried(endpoint, reason, waited);
        LOG.atInfo().addKeyValue("event", "retry").addKeyValue("endpoint", endpoint).addKeyValue("retry", retry)
                .addKeyValue("reason", reason).addKeyValue("wait_ms", waited.toMillis())
                .log("Retry {} of {} after {} ms: the attempt before failed with {}", retry, endpoint,
                        waited.toMillis(), reason);
    }

    @Override
    public void retryAfterRefused(String endpoint, Duration asked, Duration allowed) {
        metrics.retryAfterRefused(endpoint);
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
        var event = to == CircuitState.OPEN ? LOG.atWarn() : LOG.atInfo();
        event.addKeyValue("event", "circuit_" + to.label()).addKeyValue("endpoint", endpoint)
                .addKeyValue("from", from.label()).addKeyValue("to", to.label())
                .log("Circuit of {} {}", endpoint, switch (to) {
                    case OPEN -> "opened: its requests fail at once until a probe (CIRCUIT_BREAKER)";
                    case HALF_OPEN -> "half-open: the next request probes it";
                    case CLOSED -> "closed: a probe succeeded";
                });
    }

    @Override
    public void rateLimited(String endpoint, Duration waited) {
        metrics.rateLimited(endpoint, waited);
        LOG.atDebug().addKeyValue("event", "rate_limited").addKeyValue("endpoint", endpoint)
                .addKeyValue("wait_ms", waited.toMillis())
                .log("{} waited {} ms for the rate limit", endpoint, waited.toMillis());
    }
}
