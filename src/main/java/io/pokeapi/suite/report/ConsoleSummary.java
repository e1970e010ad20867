package io.pokeapi.suite.report;

import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The end of a run as a person reads it after the scenarios' lines: the flaky scenarios, what the history
 * noticed, what the client's policies did, and where the reports are.
 */
public final class ConsoleSummary implements RunListener {

    private final PrintStream out;
    private final Supplier<Optional<String>> resilience;
    private final Path reports;

    /** @param resilience what the client's retries and circuits did, in one line, if anything */
    public ConsoleSummary(PrintStream out, Supplier<Optional<String>> resilience, Path reports) {
        this.out = out;
        this.resilience = resilience;
        this.reports = reports;
    }

    @Override
    public void runFinished(RunResult result) {
        if (result.verdict() == RunResult.Verdict.COULD_NOT_RUN) {
            return; // its one line is the caller's to print, where errors go
        }
        if (!result.outcome().flaky().isEmpty()) {
            out.println("Flaky scenarios, which failed and then passed on a retry:");
            result.outcome().flaky().forEach(scenario -> out.printf("  %s  %s (passed on attempt %d)%n",
                    scenario.key(), scenario.name(), scenario.attempts()));
        }
        out.print(result.history().describe());
        resilience.get().ifPresent(out::println);
        out.println("Reports: " + reports.toAbsolutePath().normalize());
    }
}
