package io.pokeapi.suite.history;

import io.pokeapi.suite.config.DurationSyntax;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What one prune of the history deleted.
 *
 * @param retention       how long the history keeps responses, runs and scenario results
 * @param cutoff          what was older than this went: now minus the retention
 * @param responses       rows of {@code api_responses} deleted
 * @param bodies          rows of {@code response_bodies} deleted, no response referring to them any more
 * @param runs            rows of {@code runs} deleted
 * @param scenarioResults rows of {@code scenario_results} deleted, those of the runs deleted
 * @param took            how long the prune took
 */
public record PrunedHistory(Duration retention, Instant cutoff, long responses, long bodies, long runs,
        long scenarioResults, Duration took) {

    /** One line: what went, and from before when. */
    public String describe() {
        return "Pruned the history of what is older than " + DurationSyntax.written(retention) + " (before "
                + cutoff.truncatedTo(ChronoUnit.SECONDS) + "): " + count(responses, "response", "responses") + ", "
                + count(bodies, "body", "bodies") + ", " + count(runs, "run", "runs") + ", "
                + count(scenarioResults, "scenario result", "scenario results") + ", in "
                + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }

    private static String count(long count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }
}
