package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the history writer costs per large document, over the real Pokémon documents answered under
 * about 600 URLs: a first run whose bodies are all new, then a second whose bodies are all stored.
 * It prints its figures and checks no speed: run it with {@code -Dhistory.bench=true}.
 */
@EnabledIfSystemProperty(named = "history.bench", matches = "true")
@ExtendWith(TestDatabaseExtension.class)
class RecordingCostBenchTest {

    private static final int COPIES = 10;

    private final TestDatabase db;

    RecordingCostBenchTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void writerCostPerLargeDocumentOnNewAndOnUnchangedBodies() {
        PokemonDocuments documents = PokemonDocuments.read();
        int responses = documents.size() * COPIES;

        HistoryReport.RecordingCost first = run(documents, responses);
        long bodiesAfterFirst = db.dao(ResponseDao.class).bodyCount();
        HistoryReport.RecordingCost second = run(documents, responses);

        System.out.printf("history bench: %d documents of %.0f KB on average (compact, absolute links)%n", responses,
                IntStream.range(0, documents.size()).mapToLong(n -> documents.response(n).body().length()).average()
                        .orElseThrow() / 1024);
        print("first run (new bodies)", first);
        print("second run (unchanged)", second);
        assertThat(bodiesAfterFirst).isEqualTo(responses);
        assertThat(db.dao(ResponseDao.class).bodyCount()).isEqualTo(responses);
        assertThat(first.responses()).isEqualTo(responses);
        assertThat(second.responses()).isEqualTo(responses);
        assertThat(second.backlog().waitingAtFinish()).isZero();
        assertThat(second.backlog().notRecorded()).isZero();
    }

    private HistoryReport.RecordingCost run(PokemonDocuments documents, int responses) {
        UUID run = db.insertRun(Instant.now());
        RecordingRunHistory history = new RecordingRunHistory(db.database(), TestDatabase.settings(db.name()), run,
                PokemonDocuments.TARGET, Clock.systemUTC(), ResponseBacklog.Limits.DEFAULT);
        long started = System.nanoTime();
        for (int n = 0; n < responses; n++) {
            history.observe(documents.response(n));
        }
        HistoryReport report = history.finish(List.of());
        System.out.printf("history bench: %d responses observed and finished in %.1f s%n", responses,
                (System.nanoTime() - started) / 1e9);
        assertThat(report.unavailable()).isEmpty();
        return report.recording();
    }

    private static void print(String run, HistoryReport.RecordingCost cost) {
        System.out.printf("history bench: %s: %d responses, %.2f ms per response on the writer's thread "
                + "(%.2f ms of CPU); backlog peak %d responses, %.1f MiB; run waited %.1f s for room%n", run,
                cost.responses(), cost.millisPerResponse(), cost.cpuMillisPerResponse(),
                cost.backlog().peakResponses(), cost.backlog().peakCharacters() / 1048576.0,
                cost.backlog().waitedNanos() / 1e9);
    }
}
