package io.pokeapi.suite.reportportal;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.ScenarioLedger;
import java.util.function.Supplier;

/**
 * Reports the scenarios to ReportPortal through its Cucumber reporter, whichever way Cucumber was
 * started; listens to nothing when the ReportPortal settings are not all set.
 */
public final class ReportPortalPlugin implements ConcurrentEventListener {

    private final ReportPortalReporting reporting;
    private final Supplier<RunIdentity> run;
    private final Supplier<ScenarioLedger> ledger;

    /** Reports into the launch of {@code run}'s answer, the run going when the first scenario starts. */
    public ReportPortalPlugin(ReportPortalReporting reporting, Supplier<RunIdentity> run,
            Supplier<ScenarioLedger> ledger) {
        this.reporting = reporting;
        this.run = run;
        this.ledger = ledger;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (reporting.enabled()) {
            new SuiteReporter(() -> reporting.launchOf(run.get(), ledger.get())).setEventPublisher(publisher);
        }
    }
}
