package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code runs}.
 *
 * @param finishedAt null while the run is going, or if it died
 * @param tags       Cucumber tag expression; null for all scenarios
 * @param status     {@code passed} or {@code failed}; null until the run finishes
 */
public record RunRow(UUID id, Instant startedAt, Instant finishedAt, String target, String tags, String status) {
}
