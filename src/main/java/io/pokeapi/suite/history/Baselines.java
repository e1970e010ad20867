package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The endpoints' latency baselines: a run's P95 against them, and their renewal from the window's samples. */
final class Baselines {

    private static final Logger LOG = LoggerFactory.getLogger(Baselines.class);
    /** A percentile over fewer samples is noise, not a baseline. */
    static final int MIN_SAMPLES = 5;
    /** Below this, a relative deviation is jitter of a local replica, not a regression. */
    static final double MIN_DEVIATION_MS = 10;

    private final BaselineDao baselines;
    private final HistorySettings settings;

    Baselines(BaselineDao baselines, HistorySettings settings) {
        this.baselines = baselines;
        this.settings = settings;
    }

    /** The endpoints whose P95 in {@code runId} strays from their current baseline beyond the tolerance. */
    List<BaselineDeviation> compare(UUID runId) {
        Map<String, BaselineRow> current = new LinkedHashMap<>();
        baselines.current().forEach(row -> current.put(row.endpoint(), row));
        List<BaselineDeviation> deviations = new ArrayList<>();
        for (LatencyRow run : baselines.percentilesOfRun(runId)) {
            BaselineRow baseline = current.get(run.endpoint());
            if (baseline == null || baseline.sampleCount() < MIN_SAMPLES || run.sampleCount() < MIN_SAMPLES) {
                continue;
            }
            double difference = Math.abs(run.p95Ms() - baseline.p95Ms());
            if (difference > MIN_DEVIATION_MS && difference > baseline.p95Ms() * settings.baselineTolerance()) {
                BaselineDeviation deviation = new BaselineDeviation(run.endpoint(), baseline.p95Ms(), run.p95Ms());
                deviations.add(deviation);
                if (deviation.slower()) {
                    LOG.warn("Slower than its baseline: {}", deviation);
                } else {
                    LOG.info("Faster than its baseline: {}", deviation);
                }
            }
        }
        return deviations;
    }

    /**
     * Renews every baseline from the samples of the window ending {@code now}; returns each endpoint's new P95
     * in milliseconds.
     */
    Map<String, Double> renew(Instant now) {
        int windowHours = (int) settings.baselineWindow().toHours();
        Map<String, Double> p95Ms = new LinkedHashMap<>();
        for (LatencyRow window : baselines.percentiles(now.minus(settings.baselineWindow()))) {
            baselines.replace(window.endpoint(), window.p50Ms(), window.p95Ms(), window.p99Ms(),
                    (int) window.sampleCount(), windowHours, now);
            p95Ms.put(window.endpoint(), window.p95Ms());
        }
        return p95Ms;
    }
}
