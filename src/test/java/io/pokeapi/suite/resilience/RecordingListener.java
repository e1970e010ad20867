package io.pokeapi.suite.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the policies reported, as readable lines. */
final class RecordingListener implements ResilienceListener {

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void retried(String endpoint, int retry, String reason, Duration waited) {
        events.add("retry " + retry + " of " + endpoint + " after " + reason);
        waits.add(waited);
    }

    @Override
    public void retryAfterRefused(String endpoint, Duration asked, Duration allowed) {
        events.add("refused Retry-After " + asked.toSeconds() + "s of " + endpoint);
    }

    @Override
    public void circuitChanged(String endpoint, CircuitState from, CircuitState to) {
        events.add(endpoint + " " + from.label() + " -> " + to.label());
    }

    @Override
    public void rateLimited(String endpoint, Duration waited) {
        waits.add(waited);
    }
}
