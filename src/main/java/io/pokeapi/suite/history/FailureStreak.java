package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.UUID;

/**
 * Since when a scenario fails: the first run of its unbroken run of failures.
 *
 * @param run       that run's id
 * @param startedAt when that run started
 */
public record FailureStreak(UUID run, Instant startedAt) {
}
