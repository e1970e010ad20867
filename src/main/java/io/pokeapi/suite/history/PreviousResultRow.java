package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A scenario's latest result before a run, skipped ones aside, and where its failures began if it failed.
 *
 * @param scenarioKey     feature file and line
 * @param status          the status of its last attempt in that run
 * @param failingSinceRun the first run of its failing streak; null when it passed
 * @param failingSince    when that run started; null when it passed
 */
public record PreviousResultRow(String scenarioKey, String status, UUID failingSinceRun, Instant failingSince) {

    boolean passed() {
        return "passed".equals(status);
    }

    /** The streak the scenario's failures make, when it failed and the run that began it is known. */
    Optional<FailureStreak> streak() {
        return failingSinceRun == null ? Optional.empty() : Optional.of(new FailureStreak(failingSinceRun, failingSince));
    }
}
