package io.pokeapi.suite.report;

import io.pokeapi.suite.outcome.FailureTrends;
import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The end of a run as a person reads it after the scenarios' lines: the flaky scenarios, which failures are new
 * and which go on, what the history noticed, what the client's policies did, and where the reports are.
 */
public final class ConsoleSummary implements RunListener {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        describe(result.failures());
        out.print(result.history().describe());
        resilience.get().ifPresent(out::println);
        out.println("Reports: " + reports.toAbsolutePath().normalize());
    }

    /** New and known failures apart, and the fixes: a failure the history cannot place is not labelled. */
    private void describe(FailureTrends failures) {
        if (!failures.known()) {
            return;
        }
        if (!failures.newFailures().isEmpty()) {
            out.println("New failures, of scenarios that passed last time or never ran before:");
            failures.newFailures().forEach(scenario -> out.printf("  %s  %s%n", scenario.key(), scenario.name()));
        }
        if (!failures.stillFailing().isEmpty()) {
            out.println("Still failing, as in the runs before:");
            failures.stillFailing().forEach(still -> out.printf("  %s  %s (failing since run %s, %s)%n",
                    still.scenario().key(), still.scenario().name(), still.since().run(),
                    SINCE.format(still.since().startedAt())));
        }
        if (!failures.fixed().isEmpty()) {
            out.println("Fixed, failing last time and passing now:");
            failures.fixed().forEach(scenario -> out.printf("  %s  %s%n", scenario.key(), scenario.name()));
        }
    }
}
