package io.pokeapi.suite.observability;

import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The run itself as gauges, read from the last run when scraped. A value that is not known yet, such
 * as the duration of a run still going, has no sample rather than a misleading zero.
 */
final class RunCollector extends Collector {

    private final Supplier<Optional<LastRun>> lastRun;

    RunCollector(Supplier<Optional<LastRun>> lastRun) {
        this.lastRun = lastRun;
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
                "Duration of the last run; no sample while it is going", List.of());
        GaugeMetricFamily success = new GaugeMetricFamily(SuiteMetrics.PREFIX + "last_run_success",
                "1 if the last run passed, 0 if it failed or could not complete; no sample while it is going", List.of());
        run.ifPresent(last -> {
            startTime.addMetric(List.of(), last.startedAt().toEpochMilli() / 1e3);
            last.duration().ifPresent(elapsed -> {
                duration.addMetric(List.of(), elapsed.toNanos() / 1e9);
                success.addMetric(List.of(), last.result() == LastRun.Result.PASSED ? 1 : 0);
            });
        });
        List<MetricFamilySamples> families = new ArrayList<>();
        families.add(inProgress);
        families.add(startTime);
        families.add(duration);
        families.add(success);
        return families;
    }
}
