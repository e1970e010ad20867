package io.pokeapi.suite.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.pokeapi.suite.logging.Console;
import io.pokeapi.suite.observability.MetricsPlugin;
import io.pokeapi.suite.report.ConsoleReport;
import io.pokeapi.suite.reportportal.ReportPortalPlugin;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The suite's one plugin that Cucumber creates by name: it hands each execution's events to the listeners
 * of the installed runtime, built here with what they need: the console report, the run's ledger, the
 * metrics and ReportPortal.
 */
public final class SuiteEvents implements ConcurrentEventListener {

    private final List<ConcurrentEventListener> listeners;

    /**
     * Cucumber passes standard output, the plugin being named without a path; the report goes there, or
     * to standard error when standard output is for JSON log lines, with the secrets masked.
     */
    public SuiteEvents(OutputStream out) {
        this(InstalledRuntime.get(), out instanceof PrintStream printStream ? printStream
                : new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    SuiteEvents(SuiteRuntime runtime, PrintStream out) {
        this.listeners = List.of(
                new ConsoleReport(Console.of(runtime.settings().observability(), out, System.err).report()),
                new LedgerPlugin(() -> runtime.currentRun().ledger()),
                new MetricsPlugin(runtime.observability().metrics()),
                new ReportPortalPlugin(runtime.reportPortal(), () -> runtime.currentRun().identity(),
                        () -> runtime.currentRun().ledger()));
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        listeners.forEach(listener -> listener.setEventPublisher(publisher));
    }
}
