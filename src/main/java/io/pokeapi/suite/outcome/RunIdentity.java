package io.pokeapi.suite.outcome;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which run this is: its id (the history's, the summary's and the health report's), the tag
 * expression that selects its scenarios, and when it began.
 *
 * @param id        the run's id
 * @param tags      the Cucumber tag expression it runs; empty for every scenario
 * @param startedAt when it began
 */
public record RunIdentity(UUID id, Optional<String> tags, Instant startedAt) {

    public RunIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A new run of {@code tags}, beginning now. */
    public static RunIdentity startingNow(Optional<String> tags) {
        return new RunIdentity(UUID.randomUUID(), tags, Instant.now());
    }

    /** What the run selects, for a console line: "scenarios tagged @smoke" or "every scenario". */
    public String describeScenarios() {
        return tags.map(expression -> "scenarios tagged " + expression).orElse("every scenario");
    }
}
