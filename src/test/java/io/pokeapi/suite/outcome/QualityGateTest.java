package io.pokeapi.suite.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.FailOn;
import io.pokeapi.suite.history.BaselineDeviation;
import io.pokeapi.suite.history.FailureStreak;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ScenarioTrends;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QualityGateTest {

    private static final ScenarioOutcome BROKEN = new ScenarioOutcome("features/a.feature:3", "A", "broken",
            List.of("failed"));
    private static final ScenarioOutcome STEADY = new ScenarioOutcome("features/a.feature:9", "A", "steady",
            List.of("passed"));
    private static final RunOutcome ONE_FAILED = new RunOutcome(List.of(BROKEN, STEADY), "");

    private static HistoryReport history(ScenarioTrends trends, List<BaselineDeviation> deviations) {
        return new HistoryReport(Optional.empty(), Map.of(), List.of(), deviations, Map.of(), List.of(), trends,
                HistoryReport.RecordingCost.NONE);
    }

    private static final HistoryReport KNOWN_FAILURE = history(new ScenarioTrends(Map.of(BROKEN.key(),
            new FailureStreak(UUID.randomUUID(), Instant.parse("2026-12-01T00:00:00Z"))), Set.of()), List.of());
    private static final HistoryReport NEW_FAILURE = history(ScenarioTrends.NONE, List.of());

    private static RunResult.Verdict verdict(QualityGate gate, RunOutcome outcome, HistoryReport history) {
        return gate.verdict(outcome, FailureTrends.of(outcome, history), history);
    }

    @Test
    void failOnAnyFailsOnEveryFailedScenarioNewOrNot() {
        QualityGate gate = new QualityGate(FailOn.ANY, false);

        assertThat(verdict(gate, ONE_FAILED, KNOWN_FAILURE)).isEqualTo(RunResult.Verdict.FAILED);
        assertThat(verdict(gate, ONE_FAILED, NEW_FAILURE)).isEqualTo(RunResult.Verdict.FAILED);
        assertThat(verdict(gate, new RunOutcome(List.of(STEADY), ""), NEW_FAILURE)).isEqualTo(RunResult.Verdict.PASSED);
    }

    @Test
    void failOnNewPassesARunWhoseFailuresAllGoOnAndFailsOnANewOne() {
        QualityGate gate = new QualityGate(FailOn.NEW, false);

        assertThat(verdict(gate, ONE_FAILED, KNOWN_FAILURE)).isEqualTo(RunResult.Verdict.PASSED);
        assertThat(verdict(gate, ONE_FAILED, NEW_FAILURE)).isEqualTo(RunResult.Verdict.FAILED);
    }

    @Test
    void failOnNewCountsEveryFailureAsNewWithoutAHistoryToCompareWith() {
        QualityGate gate = new QualityGate(FailOn.NEW, false);

        assertThat(verdict(gate, ONE_FAILED, HistoryReport.unavailable("the database is down")))
                .isEqualTo(RunResult.Verdict.FAILED);
    }

    @Test
    void aSlowerBaselineFailsOnlyWhenConfiguredAndARunThatCouldNotCompleteCouldNotRun() {
        HistoryReport slower = history(ScenarioTrends.NONE, List.of(new BaselineDeviation("/pokemon/{id}", 10, 80)));
        RunOutcome passed = new RunOutcome(List.of(STEADY), "");

        assertThat(verdict(new QualityGate(FailOn.NEW, true), passed, slower)).isEqualTo(RunResult.Verdict.FAILED);
        assertThat(verdict(new QualityGate(FailOn.NEW, false), passed, slower)).isEqualTo(RunResult.Verdict.PASSED);
        assertThat(verdict(new QualityGate(FailOn.NEW, false), new RunOutcome(List.of(), ""), slower))
                .as("no scenario ran").isEqualTo(RunResult.Verdict.FAILED);
        assertThat(verdict(new QualityGate(FailOn.ANY, false), new RunOutcome(List.of(STEADY), "target down"),
                slower)).isEqualTo(RunResult.Verdict.COULD_NOT_RUN);
    }
}
