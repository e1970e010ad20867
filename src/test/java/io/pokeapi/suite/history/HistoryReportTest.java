package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HistoryReportTest {

    @Test
    void theConsoleShowsAFewChangedFieldsOfADocumentAndCountsTheRest() {
        List<DataChange> changes = IntStream.range(0, 12)
                .mapToObj(i -> new DataChange("stats[" + i + "].base_stat", new JsonPrimitive(i), new JsonPrimitive(i + 1)))
                .toList();
        HistoryReport report = new HistoryReport(Optional.empty(), Map.of(),
                List.of(new ResourceDrift("pokemon", 25, "pikachu", changes)), List.of(), Map.of(), List.of(),
                ScenarioTrends.NONE, HistoryReport.RecordingCost.NONE);

        assertThat(report.describe().lines()).containsExactly(
                "Warning: the data of pokemon pikachu (25) changed since the last run:",
                "  stats[0].base_stat: 0 → 1",
                "  stats[1].base_stat: 1 → 2",
                "  stats[2].base_stat: 2 → 3",
                "  stats[3].base_stat: 3 → 4",
                "  stats[4].base_stat: 4 → 5",
                "  … and 7 more changed fields (run-summary.json lists them all)");
    }

    @Test
    void aDocumentWithFewChangesShowsThemAll() {
        HistoryReport report = new HistoryReport(Optional.empty(), Map.of(), List.of(new ResourceDrift("type", 13,
                "electric", List.of(new DataChange("id", new JsonPrimitive(13), new JsonPrimitive(14))))),
                List.of(), Map.of(), List.of(), ScenarioTrends.NONE,
                HistoryReport.RecordingCost.NONE);

        assertThat(report.describe()).isEqualTo("Warning: the data of type electric (13) changed since the last run:\n"
                + "  id: 13 → 14\n");
    }
}
