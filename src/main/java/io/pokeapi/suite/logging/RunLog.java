package io.pokeapi.suite.logging;

import io.pokeapi.suite.outcome.RunListener;
import io.pokeapi.suite.outcome.RunResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per finished run, with the run's verdict and counts as fields ({@code event=run_finished}),
 * so that Loki can count runs and their verdicts as the metrics do. It is information whatever the verdict:
 * a person at a terminal has the console's summary, and a run that could not run its one line saying why.
 */
public final class RunLog implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

    private final Clock clock;

    public RunLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void runFinished(RunResult result) {
        long scenarios = result.outcome().scenarios().size();
        long failed = result.outcome().failed();
        long flaky = result.outcome().flaky().size();
        long millis = Duration.between(result.run().startedAt(), clock.instant()).toMillis();
        String verdict = result.verdict().name().toLowerCase(Locale.ROOT);
        LOG.atInfo()
                .addKeyValue("event", "run_finished")
                .addKeyValue("verdict", verdict)
                .addKeyValue("scenarios", scenarios)
                .addKeyValue("scenarios_failed", failed)
                .addKeyValue("scenarios_flaky", flaky)
                .addKeyValue("duration_ms", millis)
                .log("Run {} {}: {} scenarios, {} failed, {} flaky, in {} s{}", result.run().id(),
                        verdict.replace('_', ' '), scenarios, failed, flaky,
                        String.format(Locale.ROOT, "%.1f", millis / 1000.0),
                        result.problem().isEmpty() ? "" : " (" + result.problem() + ")");
    }
}
