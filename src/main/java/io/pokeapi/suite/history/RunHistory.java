package io.pokeapi.suite.history;

import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.ResponseObserver;
import java.util.List;
import java.util.Optional;

/** The history of one run: it records the run's responses and, at the end, what changed. */
public interface RunHistory extends ResponseObserver {

    /**
     * How the schema of this response differs from the last run's version of its endpoint, or
     * empty with a reason when there is nothing to compare with.
     */
    SchemaComparison compareSchema(ApiResponse response);

    /** Stores what the run found and reports what changed, and how its scenarios fared before. */
    HistoryReport finish(List<ScenarioResult> scenarios);

    /**
     * Records the run's end with the process's verdict, which reads {@link #finish}'s report: a run that could not
     * run is recorded as failed. A history that gave up records nothing more.
     */
    void conclude(boolean passed);

    /** The result of comparing one response's schema with the last run's. */
    record SchemaComparison(Optional<String> unavailable, List<SchemaChange> changes) {

        public SchemaComparison {
            changes = List.copyOf(changes);
        }
    }

    /** A history that records nothing, because it is off or its database is unavailable. */
    static RunHistory none(String reason) {
        return new RunHistory() {
            @Override
            public void observe(ApiResponse response) {
            }

            @Override
            public SchemaComparison compareSchema(ApiResponse response) {
                return new SchemaComparison(Optional.of(reason), List.of());
            }

            @Override
            public HistoryReport finish(List<ScenarioResult> scenarios) {
                return HistoryReport.unavailable(reason);
            }

            @Override
            public void conclude(boolean passed) {
            }
        };
    }
}
