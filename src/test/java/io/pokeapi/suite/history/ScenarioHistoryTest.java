package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How a run's scenarios compare with the runs before, read from a real database. */
@ExtendWith(TestDatabaseExtension.class)
class ScenarioHistoryTest {

    private static final String TARGET = "https://pokeapi.co/api/v2";
    private static final Instant DAY = Instant.parse("2026-11-20T08:00:00Z");

    private final TestDatabase db;
    private final ScenarioHistory history;

    ScenarioHistoryTest(TestDatabase db) {
        this.db = db;
        this.history = new ScenarioHistory(db.dao(ScenarioResultDao.class), db.dao(FlakyDao.class));
    }

    /** A finished run on {@code day} with {@code statuses} by scenario key. */
    private UUID run(int day, Map<String, String> statuses) {
        UUID id = UUID.randomUUID();
        Instant startedAt = DAY.plusSeconds(86_400L * day);
        db.dao(RunDao.class).insert(id, startedAt, TARGET, null);
        history.store(statuses.entrySet().stream().map(entry -> result(entry.getKey(), entry.getValue())).toList(), id,
                startedAt);
        return id;
    }

    private static ScenarioResult result(String key, String status) {
        return new ScenarioResult(key, "F", "scenario " + key, status, 1, false);
    }

    @Test
    void aFailureIsNewOrGoesOnSinceTheFirstRunOfItsStreakAndAPassAfterAFailureIsAFix() {
        run(0, Map.of("again", "failed", "fixed", "passed", "relapsed", "passed", "paused", "failed"));
        run(1, Map.of("again", "passed"));
        UUID streakBegins = run(1, Map.of("again", "failed", "fixed", "failed", "relapsed", "passed"));
        run(2, Map.of("again", "failed", "paused", "skipped"));
        run(3, Map.of("relapsed", "failed"));
        UUID now = UUID.randomUUID();
        db.dao(RunDao.class).insert(now, DAY.plusSeconds(86_400L * 4), TARGET, null);

        ScenarioTrends trends = history.compare(List.of(result("again", "failed"), result("fixed", "passed"),
                result("relapsed", "failed"), result("paused", "failed"), result("unknown", "failed")), now);

        assertThat(trends.stillFailing()).as("unknown never ran: its failure is new")
                .containsOnlyKeys("again", "paused", "relapsed");
        assertThat(trends.stillFailing().get("again")).as("the first failure after its last pass, not one before it")
                .isEqualTo(new FailureStreak(streakBegins, DAY.plusSeconds(86_400)));
        assertThat(trends.stillFailing().get("paused").startedAt()).as("a skipped run breaks no streak")
                .isEqualTo(DAY);
        assertThat(trends.stillFailing().get("relapsed").startedAt()).isEqualTo(DAY.plusSeconds(86_400L * 3));
        assertThat(trends.fixed()).containsExactly("fixed");
    }

    @Test
    void theStreakOfAScenarioThatNeverPassedBeginsAtItsFirstFailure() {
        UUID first = run(0, Map.of("broken", "failed"));
        run(1, Map.of("broken", "failed"));
        UUID now = UUID.randomUUID();
        db.dao(RunDao.class).insert(now, DAY.plusSeconds(86_400L * 2), TARGET, null);

        ScenarioTrends trends = history.compare(List.of(result("broken", "failed")), now);

        assertThat(trends.stillFailing().get("broken")).isEqualTo(new FailureStreak(first, DAY));
        assertThat(history.compare(List.of(result("broken", "passed")), now).fixed()).containsExactly("broken");
        assertThat(history.compare(List.of(result("broken", "skipped")), now))
                .as("a skipped scenario is neither fixed nor failing").isEqualTo(ScenarioTrends.NONE);
    }
}
