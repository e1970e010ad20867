package io.pokeapi.suite.steps;

import io.cucumber.java.BeforeAll;
import io.pokeapi.suite.client.TargetProbe;
import io.pokeapi.suite.run.SuiteRuntime;

/** Run-wide hooks. */
public final class SuiteHooks {

    /** One clear line when the target is down, instead of the same error in every scenario. */
    @BeforeAll
    public static void checkTheTargetAnswers() {
        SuiteRuntime runtime = SuiteRuntime.shared();
        TargetProbe.check(runtime.client());
        runtime.currentRun(); // begins the run, and its history, once the target is known to answer
    }
}
