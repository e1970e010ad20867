package io.pokeapi.suite.outcome;

import java.util.List;

/**
 * How a run of the suite ended.
 *
 * @param scenarios every scenario that ran, with its attempts
 * @param problem   why the run itself could not complete, or an empty string
 */
public record RunOutcome(List<ScenarioOutcome> scenarios, String problem) {

    public RunOutcome {
        scenarios = List.copyOf(scenarios);
    }

    public long failed() {
        return scenarios.stream().filter(ScenarioOutcome::failed).count();
    }

    public List<ScenarioOutcome> flaky() {
        return scenarios.stream().filter(ScenarioOutcome::flaky).toList();
    }

    public boolean passed() {
        return problem.isEmpty() && !scenarios.isEmpty() && failed() == 0;
    }
}
