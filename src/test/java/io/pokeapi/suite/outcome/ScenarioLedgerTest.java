package io.pokeapi.suite.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLedgerTest {

    private final ScenarioLedger ledger = new ScenarioLedger();

    @Test
    void aScenarioThatFailedAndThenPassedIsFlakyAndNoLongerFailing() {
        ledger.record("features/a.feature:3", "A", "one", "failed");
        ledger.record("features/a.feature:9", "A", "two", "passed");
        ledger.record("features/a.feature:3", "A", "one", "passed");

        assertThat(ledger.failing()).isEmpty();
        assertThat(ledger.outcomes()).extracting(ScenarioOutcome::key, ScenarioOutcome::attempts, ScenarioOutcome::flaky)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("features/a.feature:3", 2, true),
                        org.assertj.core.groups.Tuple.tuple("features/a.feature:9", 1, false));
    }

    @Test
    void aScenarioWhoseLatestAttemptFailedIsFailingAndNotFlaky() {
        ledger.record("features/a.feature:3", "A", "one", "failed");
        ledger.record("features/a.feature:3", "A", "one", "failed");

        assertThat(ledger.failing()).containsExactly("features/a.feature:3");
        assertThat(ledger.outcomes().get(0).flaky()).isFalse();
        assertThat(ledger.outcomes().get(0).finalStatus()).isEqualTo("failed");
    }

    @Test
    void aScenarioARetryCouldNotChangeIsNotRetriedButStillFailsTheRun() {
        ledger.record("features/sweep.feature:21", "S", "sweep", "failed", false);
        ledger.record("features/a.feature:3", "A", "one", "failed", true);

        assertThat(ledger.failing()).containsExactly("features/a.feature:3");
        assertThat(new RunOutcome(ledger.outcomes(), "").failed()).isEqualTo(2);
    }

    @Test
    void aSkippedScenarioIsNeitherFailingNorAFailureOfTheRun() {
        ledger.record("features/sweep.feature:21", "S", "sweep", "skipped");
        ledger.record("features/a.feature:9", "A", "two", "passed");

        assertThat(ledger.failing()).isEmpty();
        assertThat(new RunOutcome(ledger.outcomes(), "").passed()).isTrue();
        assertThat(ledger.outcomes().get(0).passed()).isFalse();
    }

    @Test
    void aRunPassesWhenEveryScenarioEndedPassedAndFailsOtherwise() {
        ScenarioOutcome passed = new ScenarioOutcome("f:1", "F", "a", List.of("passed"));
        ScenarioOutcome flaky = new ScenarioOutcome("f:2", "F", "b", List.of("failed", "passed"));
        ScenarioOutcome failed = new ScenarioOutcome("f:3", "F", "c", List.of("failed", "failed"));

        assertThat(new RunOutcome(List.of(passed, flaky), "").passed()).isTrue();
        assertThat(new RunOutcome(List.of(passed, flaky), "").flaky()).containsExactly(flaky);
        assertThat(new RunOutcome(List.of(passed, failed), "").passed()).isFalse();
        assertThat(new RunOutcome(List.of(passed), "the target went away").passed()).isFalse();
        assertThat(new RunOutcome(List.of(), "").passed()).isFalse();
    }
}
