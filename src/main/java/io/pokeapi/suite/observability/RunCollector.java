package io.pokeapi.suite.observability;

import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The run itself as gauges, read when scraped: whether one is going and when the latest started, from the
 * latest run; the verdict and duration from the latest run that finished, which stand while the next one goes
 * (runs of the serve mode may follow each other with hardly a pause). A value not known yet, before any run
 * finished, has no sample rather than a misleading zero.
 */
final class RunCollector extends Collector {

    private final Supplier<Optional<LastRun>> lastRun;
    private final Supplier<Optional<LastRun>> lastFinished;

    /**
     * @param lastRun      the latest run, going or finished
     * @param lastFinished the latest run that finished
     */
    RunCollector(Supplier<Optional<LastRun>> lastRun, Supplier<Optional<LastRun>> lastFinished) {
        this.lastRun = lastRun;
        this.lastFinished = lastFinished;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        Optional<LastRun> run = lastRun.get();
        GaugeMetricFamily inProgress = new GaugeMetricFamily(SuiteMetrics.PREFIX + "run_in_progress",
                "1 while a run of the suite is going, else 0", List.of());
        inProgress.addMetric(List.of(), run.filter(last -> last.result() == LastRun.Result.RUNNING).isPresent() ? 1 : 0);
        GaugeMetricFamily startTime = new GaugeMetricFamily(SuiteMetrics.PREFIX + "last_run_start_time_seconds",
                "Start time of the last run, in seconds since the Unix epoch", List.of());
        GaugeMetricFamily duration = new GaugeMetricFamily(SuiteMetrics.PREFIX + "last_run_duration_seconds",
                "Duration of the last finished run; it stands while the next run goes", List.of());
        GaugeMetricFamily success = new GaugeMetricFamily(SuiteMetrics.PREFIX + "last_run_success",
                "1 if the last finished run passed, 0 if it failed or could not complete; it stands while the next "
                        + "run goes", List.of());
        run.ifPresent(last -> startTime.addMetric(List.of(), last.startedAt().toEpochMilli() / 1e3));
        lastFinished.get().ifPresent(last -> last.duration().ifPresent(elapsed -> {
            duration.addMetric(List.of(), elapsed.toNanos() / 1e9);
            success.addMetric(List.of(), last.result() == LastRun.Result.PASSED ? 1 : 0);
        }));
        List<MetricFamilySamples> families = new ArrayList<>();
        families.add(inProgress);
        families.add(startTime);
        families.add(duration);
        families.add(success);
        return families;
    }
}
