package io.pokeapi.suite.steps;

import io.cucumber.picocontainer.CucumberPicoProvider;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRuntime;
import org.picocontainer.injectors.Provider;

/** Gives the glue the runtime the entry point installed, by constructor injection. */
@CucumberPicoProvider
public final class RuntimeProvider implements Provider {

    public SuiteRuntime provide() {
        return InstalledRuntime.get();
    }
}
