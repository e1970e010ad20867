package io.pokeapi.suite.reportportal;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.pokeapi.suite.run.SuiteRuntime;

/**
 * Reports the scenarios to ReportPortal through its Cucumber reporter, whichever way Cucumber was
 * started; listens to nothing when the ReportPortal settings are not all set.
 */
public final class ReportPortalPlugin implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        ReportPortalReporting reporting = SuiteRuntime.shared().reportPortal();
        if (reporting.enabled()) {
            new SuiteReporter(() -> reporting.launchOf(SuiteRuntime.shared().currentRun())).setEventPublisher(publisher);
        }
    }
}
