package io.pokeapi.suite.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the history noticed about a run: warnings by default, and a failure only for a slower
 * baseline when configured so.
 *
 * @param unavailable   why the history could not record the run, if it could not
 * @param schemaChanges field-level schema changes by endpoint
 * @param dataChanges   documents that changed since the previous run
 * @param deviations    endpoints whose P95 strayed from their baseline
 * @param baselineP95Ms the current P95 baseline of each endpoint, in milliseconds, once the run renewed them
 * @param flaky         keys of the scenarios that passed on a retry
 * @param trends        how the scenarios compare with their previous results: still failing, fixed
 * @param recording     how much work recording the run's responses took
 */
public record HistoryReport(
        Optional<String> unavailable,
        Map<String, List<SchemaChange>> schemaChanges,
        List<ResourceDrift> dataChanges,
        List<BaselineDeviation> deviations,
        Map<String, Double> baselineP95Ms,
        List<String> flaky,
        ScenarioTrends trends,
        RecordingCost recording) {

    /** A document's changed fields the console shows; a whole new data set would change thousands. */
    static final int SHOWN_DATA_CHANGES = 5;

    public HistoryReport {
        schemaChanges = Map.copyOf(schemaChanges);
        dataChanges = List.copyOf(dataChanges);
        deviations = List.copyOf(deviations);
        baselineP95Ms = Map.copyOf(baselineP95Ms);
        flaky = List.copyOf(flaky);
        Objects.requireNonNull(trends, "trends");
    }

    public static HistoryReport unavailable(String reason) {
        return unavailable(reason, RecordingCost.NONE);
    }

    /** The report of a history that gave up during the run, with what it recorded until then and what not. */
    public static HistoryReport unavailable(String reason, RecordingCost recording) {
        return new HistoryReport(Optional.of(reason), Map.of(), List.of(), List.of(), Map.of(), List.of(),
                ScenarioTrends.NONE, recording);
    }

    /**
     * The background writer's work: the responses it recorded, the time it spent on them, and its backlog.
     *
     * @param responses responses recorded
     * @param nanos     wall time the writer spent recording them, waiting for the database and the CPU included
     * @param cpuNanos  CPU time the writer spent on them
     * @param backlog   the responses that waited for the writer
     */
    public record RecordingCost(long responses, long nanos, long cpuNanos, Backlog backlog) {

        public static final RecordingCost NONE = new RecordingCost(0, 0, 0);

        public RecordingCost {
            Objects.requireNonNull(backlog, "backlog");
        }

        /** The cost of a writer that had no backlog to speak of. */
        public RecordingCost(long responses, long nanos, long cpuNanos) {
            this(responses, nanos, cpuNanos, Backlog.NONE);
        }

        public double millisPerResponse() {
            return responses == 0 ? 0 : nanos / 1e6 / responses;
        }

        public double cpuMillisPerResponse() {
            return responses == 0 ? 0 : cpuNanos / 1e6 / responses;
        }
    }

    /**
     * The responses waiting for the history writer, or being written: bounded, so that a run waits for a
     * slow database rather than fill the heap.
     *
     * @param peakResponses   most responses in the backlog at once
     * @param peakCharacters  most characters of body text in it at once
     * @param waitedNanos     how long the run's threads waited for room in it, all together
     * @param waitingAtFinish responses still in it when the run finished and the writer stopped: 0 unless the
     *                        writer could not keep up
     * @param notRecorded     responses the history did not record because it gave up, 0 unless it did
     */
    public record Backlog(int peakResponses, long peakCharacters, long waitedNanos, int waitingAtFinish,
            long notRecorded) {

        public static final Backlog NONE = new Backlog(0, 0, 0, 0, 0);
    }

    /** Whether a baseline regression fails the run, with {@code baselineFails} from the settings. */
    public boolean failsRun(boolean baselineFails) {
        return baselineFails && deviations.stream().anyMatch(BaselineDeviation::slower);
    }

    /**
     * The report as console lines: nothing when there is nothing to say. An unavailable history is
     * not repeated: it was said once, when it happened.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        schemaChanges.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            text.append("Warning: the schema of ").append(entry.getKey()).append(" changed since the last run:\n");
            entry.getValue().forEach(change -> text.append("  ").append(change).append('\n'));
        });
        dataChanges.forEach(drift -> {
            text.append("Warning: the data of ").append(drift.resource()).append(' ').append(drift.name())
                    .append(" (").append(drift.resourceId()).append(") changed since the last run:\n");
            List<DataChange> changes = drift.changes();
            changes.stream().limit(SHOWN_DATA_CHANGES)
                    .forEach(change -> text.append("  ").append(change).append('\n'));
            if (changes.size() > SHOWN_DATA_CHANGES) {
                text.append("  … and ").append(changes.size() - SHOWN_DATA_CHANGES)
                        .append(" more changed fields (run-summary.json lists them all)\n");
            }
        });
        deviations.forEach(deviation -> text.append(deviation.slower() ? "Warning: slower than its baseline: "
                : "Note: faster than its baseline: ").append(deviation).append('\n'));
        return text.toString();
    }

    /** Schema changes as a flat list, endpoint first, for reports. */
    public List<String> schemaChangeLines() {
        return schemaChanges.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(entry -> entry.getValue().stream().map(change -> entry.getKey() + " " + change))
                .collect(Collectors.toList());
    }
}
