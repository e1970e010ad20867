package io.pokeapi.suite.run;

/**
 * How a run of the suite ended.
 *
 * @param scenarios scenarios that ran
 * @param failed    scenarios that failed
 * @param problem   why the run itself could not complete, or an empty string
 */
public record RunOutcome(long scenarios, long failed, String problem) {

    public boolean passed() {
        return problem.isEmpty() && failed == 0 && scenarios > 0;
    }
}
