package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.config.HistorySettings;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.history.History;
import io.pokeapi.suite.outcome.RunIdentity;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /health's report; the database checks use a throwaway database on the PostgreSQL server at 127.0.0.1:5432. */
class HealthCheckTest {

    private static final Instant STARTED = Instant.parse("2026-11-28T10:00:00Z");
    private static final RunIdentity RUN = new RunIdentity(UUID.randomUUID(), Optional.of("@smoke"), STARTED);

    private final String database = "suite_health_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private History history;

    @AfterEach
    void dropTheDatabase() {
        if (history != null) {
            history.close();
        }
        Jdbi.create("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")
                .useHandle(handle -> handle.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
    }

    private static HistorySettings historySettings(Map<String, String> values) {
        return new SettingsLoader(new SettingSource().withLayer(values, "test")).load().history();
    }

    private static LastRun running() {
        return LastRun.running(RUN);
    }

    private static LastRun finished(LastRun.Result result) {
        return new LastRun(RUN, Optional.of(STARTED.plusSeconds(3)), result,
                result == LastRun.Result.PASSED ? "" : "1 of 8 scenarios failed");
    }

    private static String status(JsonObject health, String check) {
        return health.getAsJsonObject("checks").getAsJsonObject(check).get("status").getAsString();
    }

    @Test
    void withTheHistoryOffTheDatabaseIsOffAndARunningRunIsUp() {
        JsonObject health = new HealthCheck(false, Optional::empty, () -> Optional.of(running())).check();

        assertThat(health.get("status").getAsString()).isEqualTo("UP");
        assertThat(status(health, "database")).isEqualTo("OFF");
        JsonObject lastRun = health.getAsJsonObject("checks").getAsJsonObject("lastRun");
        assertThat(lastRun.get("status").getAsString()).isEqualTo("UP");
        assertThat(lastRun.get("result").getAsString()).isEqualTo("running");
        assertThat(lastRun.get("startedAt").getAsString()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(lastRun.has("durationSeconds")).isFalse();
        assertThat(lastRun.has("detail")).as("nothing to explain while it runs").isFalse();
    }

    @Test
    void aDatabaseThatAnswersIsUpAndOneThatWentAwayIsDownWhichDegradesTheWhole() {
        history = History.open(historySettings(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_DB", database)));
        HealthCheck check = new HealthCheck(true, () -> Optional.of(history),
                () -> Optional.of(finished(LastRun.Result.PASSED)));

        JsonObject up = check.check();
        assertThat(up.get("status").getAsString()).isEqualTo("UP");
        assertThat(status(up, "database")).isEqualTo("UP");
        assertThat(up.getAsJsonObject("checks").getAsJsonObject("database").get("database").getAsString())
                .isEqualTo("PostgreSQL at 127.0.0.1:5432/" + database);
        assertThat(up.getAsJsonObject("checks").getAsJsonObject("lastRun").get("durationSeconds").getAsDouble())
                .isEqualTo(3.0);

        Jdbi.create("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")
                .useHandle(handle -> handle.execute("DROP DATABASE " + database + " WITH (FORCE)"));
        JsonObject gone = check.check();
        assertThat(gone.get("status").getAsString()).isEqualTo("DEGRADED");
        assertThat(status(gone, "database")).isEqualTo("DOWN");
        assertThat(gone.getAsJsonObject("checks").getAsJsonObject("database").get("detail").getAsString())
                .contains(database).contains("does not exist");
    }

    @Test
    void aDatabaseTheHistoryCouldNotOpenIsDown() {
        history = History.open(historySettings(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", "1",
                "POSTGRES_DB", database)));

        JsonObject health = new HealthCheck(true, () -> Optional.of(history), () -> Optional.of(running())).check();

        assertThat(health.get("status").getAsString()).isEqualTo("DEGRADED");
        assertThat(status(health, "database")).isEqualTo("DOWN");
        assertThat(health.getAsJsonObject("checks").getAsJsonObject("database").get("detail").getAsString())
                .as("the reason the history gave, not a generic line")
                .contains("cannot connect to PostgreSQL at 127.0.0.1:1/" + database).contains("Connection refused");
    }

    @Test
    void aFailedRunOrOneThatCouldNotCompleteIsDown() {
        for (LastRun.Result result : new LastRun.Result[] {LastRun.Result.FAILED, LastRun.Result.INCOMPLETE}) {
            JsonObject health = new HealthCheck(false, Optional::empty, () -> Optional.of(finished(result))).check();

            assertThat(health.get("status").getAsString()).isEqualTo("DOWN");
            assertThat(status(health, "lastRun")).isEqualTo("DOWN");
            JsonObject lastRun = health.getAsJsonObject("checks").getAsJsonObject("lastRun");
            assertThat(lastRun.get("result").getAsString()).isEqualTo(result.label());
            assertThat(lastRun.get("detail").getAsString()).isEqualTo("1 of 8 scenarios failed");
            assertThat(lastRun.get("run").getAsString()).isEqualTo(RUN.id().toString());
            assertThat(lastRun.get("tags").getAsString()).isEqualTo("@smoke");
        }
    }

    @Test
    void beforeAnyRunThereIsNoResult() {
        JsonObject health = new HealthCheck(false, Optional::empty, Optional::empty).check();

        assertThat(health.get("status").getAsString()).isEqualTo("UP");
        assertThat(health.getAsJsonObject("checks").getAsJsonObject("lastRun").get("result").getAsString())
                .isEqualTo("none");
    }
}
