package io.pokeapi.suite.reportportal;

import com.epam.reportportal.listeners.LogLevel;
import com.epam.reportportal.service.ReportPortal;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.ScenarioTag;
import io.pokeapi.suite.config.ReportPortalSettings;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioLedger;
import io.reactivex.plugins.RxJavaPlugins;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's reporting to ReportPortal: one launch per run of the suite, or nothing at all when the
 * ReportPortal settings are not all set. ReportPortal being down or slow costs one warning line, never
 * the run: it is asked once, with a short timeout, when a run's first scenario starts.
 */
public final class ReportPortalReporting implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPortalReporting.class);

    private final ReportPortalSettings settings;
    private final URI target;
    private UUID runId; // guarded by this
    private Optional<RunLaunch> launch = Optional.empty(); // guarded by this; empty when ReportPortal is unavailable
    private UUID deliveredRun; // guarded by this: the latest run read back, of the serve mode's many
    private Delivery delivery; // guarded by this

    /**
     * @param settings where to report
     * @param target   the base URL the runs test
     */
    public ReportPortalReporting(ReportPortalSettings settings, URI target) {
        this.settings = settings;
        this.target = target;
        if (!settings.missing().isEmpty()) {
            LOG.warn("ReportPortal reporting is off: {} not set while the other ReportPortal settings are; set all "
                    + "three of REPORTPORTAL_ENDPOINT, REPORTPORTAL_PROJECT and REPORTPORTAL_API_TOKEN, or none.",
                    String.join(" and ", settings.missing()) + (settings.missing().size() == 1 ? " is" : " are"));
        }
        if (settings.enabled()) {
            // The client's requests fail on RxJava threads; an error nobody is left to receive is counted,
            // not printed as a stack trace.
            RxJavaPlugins.setErrorHandler(error -> current().ifPresent(run -> run.tally().failed(error)));
        }
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * The launch of {@code run}, begun on first use: empty when ReportPortal does not answer, or refuses
     * the project or the token, which one warning line says.
     */
    synchronized Optional<RunLaunch> launchOf(RunIdentity run, ScenarioLedger ledger) {
        if (!run.id().equals(runId)) {
            runId = run.id();
            launch = open(run, ledger);
        }
        return launch;
    }

    private Optional<RunLaunch> open(RunIdentity run, ScenarioLedger ledger) {
        try {
            new ReportPortalApi(settings).get("settings", Map.of());
            return Optional.of(new RunLaunch(settings, LaunchDetails.of(settings, run.tags(), target), ledger));
        } catch (RuntimeException e) {
            LOG.warn("{}; the run goes on without ReportPortal.", e.getMessage());
            return Optional.empty();
        }
    }

    private synchronized Optional<RunLaunch> current() {
        return launch;
    }

    private Optional<ScenarioAttempt> running(ScenarioTag scenario) {
        return current().flatMap(launchOfRun -> launchOfRun.running(scenario.key()));
    }

    /** A response, kept by the scenario it was fetched for as the one a failing step attaches. */
    public void observe(ApiResponse response) {
        if (enabled()) {
            response.scenario().flatMap(this::running).ifPresent(attempt -> attempt.fetched(response));
        }
    }

    /**
     * A schema change {@code scenario} found: a WARN log with the diff, and a {@code schema_change}
     * attribute naming each endpoint on the scenario's item.
     */
    public void schemaChanged(ScenarioTag scenario, Collection<String> endpoints, String diff) {
        if (enabled()) {
            running(scenario).ifPresent(attempt -> {
                endpoints.forEach(endpoint -> attempt.mark(ScenarioAttempt.SCHEMA_CHANGE, endpoint));
                ReportPortal.emitLog(diff, LogLevel.WARN.name(), Instant.now());
            });
        }
    }

    /** Ends the run's launch, with what the history noticed; at most REPORTPORTAL_TIMEOUT for the rest. */
    @Override
    public void runFinished(RunResult result) {
        Optional<RunLaunch> finishing;
        synchronized (this) {
            finishing = result.run().id().equals(runId) ? launch : Optional.empty();
        }
        finishing.flatMap(launchOfRun -> launchOfRun.finish(result))
                .ifPresent(kept -> delivered(result.run().id(), kept));
    }

    private synchronized void delivered(UUID run, Delivery kept) {
        deliveredRun = run;
        delivery = kept;
    }

    /** What ReportPortal kept of {@code run}'s launch, read back once the run finished; empty if it was not. */
    public synchronized Optional<Delivery> delivery(UUID run) {
        return run.equals(deliveredRun) ? Optional.of(delivery) : Optional.empty();
    }
}
