package io.pokeapi.suite.steps;

import io.cucumber.java.BeforeAll;
import io.pokeapi.suite.run.InstalledRuntime;

/** Run-wide hooks. */
public final class SuiteHooks {

    /**
     * One clear line when the target is down, instead of the same error in every scenario. A run probes
     * once: the run command probed before its first execution, and its retries do not probe again.
     */
    @BeforeAll
    public static void checkTheTargetAnswers() {
        InstalledRuntime.get().probedRun(); // a static hook: no constructor to inject into
    }
}
