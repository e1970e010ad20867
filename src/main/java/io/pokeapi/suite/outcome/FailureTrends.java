package io.pokeapi.suite.outcome;

import io.pokeapi.suite.history.FailureStreak;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ScenarioTrends;
import java.util.List;

/**
 * A run's failures beside the runs before it: new (it passed last time, or never ran), still failing (since
 * which run), and the scenarios fixed since last time. Without a history to compare with, every failure is
 * new: a failure nobody can place must not pass as a known one.
 *
 * @param known        whether the history compared the run with earlier ones
 * @param newFailures  the failed scenarios that did not fail last time
 * @param stillFailing the failed scenarios that failed last time too
 * @param fixed        the passed scenarios that failed last time
 */
public record FailureTrends(boolean known, List<ScenarioOutcome> newFailures, List<StillFailing> stillFailing,
        List<ScenarioOutcome> fixed) {

    public FailureTrends {
        newFailures = List.copyOf(newFailures);
        stillFailing = List.copyOf(stillFailing);
        fixed = List.copyOf(fixed);
    }

    /** A scenario that failed last time too, and the run its failures began in. */
    public record StillFailing(ScenarioOutcome scenario, FailureStreak since) {
    }

    /** The trends of {@code outcome}'s scenarios, from what {@code history} found of their previous results. */
    public static FailureTrends of(RunOutcome outcome, HistoryReport history) {
        ScenarioTrends trends = history.trends();
        List<ScenarioOutcome> failed = outcome.scenarios().stream().filter(ScenarioOutcome::failed).toList();
        return new FailureTrends(history.unavailable().isEmpty(),
                failed.stream().filter(scenario -> !trends.stillFailing().containsKey(scenario.key())).toList(),
                failed.stream().filter(scenario -> trends.stillFailing().containsKey(scenario.key()))
                        .map(scenario -> new StillFailing(scenario, trends.stillFailing().get(scenario.key()))).toList(),
                outcome.scenarios().stream().filter(ScenarioOutcome::passed)
                        .filter(scenario -> trends.fixed().contains(scenario.key())).toList());
    }

    /** Whether there is anything to say: a failure, or a fix. */
    public boolean any() {
        return !newFailures.isEmpty() || !stillFailing.isEmpty() || !fixed.isEmpty();
    }
}
