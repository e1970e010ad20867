package io.pokeapi.suite.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ObservabilitySettings;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A finished run is one log line whose fields Loki can count runs and verdicts by. */
class RunLogTest {

    private static final Instant STARTED = Instant.parse("2026-12-02T10:00:00Z");
    private static final RunIdentity RUN = new RunIdentity(UUID.fromString("48bd98a1-8541-4535-acb2-c668f6487b7e"),
            Optional.of("@smoke"), STARTED);
    private final RunLog log = new RunLog(Clock.fixed(STARTED.plusMillis(12_340), ZoneOffset.UTC));

    @Test
    void aFailedRunIsALineWithItsVerdictCountsAndDuration() {
        RunOutcome outcome = new RunOutcome(List.of(
                new ScenarioOutcome("features/ability.feature:7", "Looking up abilities", "Static",
                        List.of("failed", "passed")),
                new ScenarioOutcome("features/type.feature:7", "Types", "Electric", List.of("failed", "failed")),
                new ScenarioOutcome("features/pokemon.feature:7", "Looking up Pokémon", "Pikachu", List.of("passed"))),
                "");
        try (CapturedLogs logs = new CapturedLogs(ObservabilitySettings.LogFormat.JSON)) {
            log.runFinished(new RunResult(RUN, outcome, HistoryReport.unavailable("off"), Optional.empty(),
                    RunResult.Verdict.FAILED));

            assertThat(logs.jsonLines()).singleElement().satisfies(line -> {
                assertThat(text(line, "level")).isEqualTo("INFO");
                assertThat(text(line, "event")).isEqualTo("run_finished");
                assertThat(text(line, "verdict")).isEqualTo("failed");
                assertThat(line.get("scenarios").getAsLong()).isEqualTo(3);
                assertThat(line.get("scenarios_failed").getAsLong()).isEqualTo(1);
                assertThat(line.get("scenarios_flaky").getAsLong()).isEqualTo(1);
                assertThat(line.get("duration_ms").getAsLong()).isEqualTo(12_340);
                assertThat(text(line, "message")).isEqualTo("Run 48bd98a1-8541-4535-acb2-c668f6487b7e failed: "
                        + "3 scenarios, 1 failed, 1 flaky, in 12.3 s");
            });
        }
    }

    @Test
    void aPassedRunAndARunThatCouldNotRunSayTheirVerdictAndWhy() {
        try (CapturedLogs logs = new CapturedLogs(ObservabilitySettings.LogFormat.JSON)) {
            log.runFinished(new RunResult(RUN, new RunOutcome(List.of(new ScenarioOutcome("features/pokemon.feature:7",
                    "Looking up Pokémon", "Pikachu", List.of("passed"))), ""), HistoryReport.unavailable("off"),
                    Optional.empty(), RunResult.Verdict.PASSED));
            log.runFinished(RunResult.couldNotRun(RUN, "PokéAPI at http://127.0.0.1:9/api/v2 is unreachable"));

            assertThat(logs.jsonLines()).satisfiesExactly(
                    passed -> {
                        assertThat(text(passed, "level")).isEqualTo("INFO");
                        assertThat(text(passed, "verdict")).isEqualTo("passed");
                    },
                    couldNot -> {
                        assertThat(text(couldNot, "level")).isEqualTo("INFO");
                        assertThat(text(couldNot, "verdict")).isEqualTo("could_not_run");
                        assertThat(text(couldNot, "message")).endsWith("could not run: 0 scenarios, 0 failed, "
                                + "0 flaky, in 12.3 s (PokéAPI at http://127.0.0.1:9/api/v2 is unreachable)");
                    });
        }
    }

    private static String text(JsonObject line, String field) {
        return line.get(field).getAsString();
    }
}
