package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.history.ResponseBodyRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make history-prune}: it deletes what is older than the retention and says what, {@code make history}
 * shows what it showed before, and a history it cannot reach or that is off is one line and exit code 2.
 */
class HistoryPruneRunTest {

    @TempDir
    Path work;

    @RegisterExtension
    final ThrowawayDatabase throwaway = new ThrowawayDatabase("suite_prune_");

    @Test
    void aPruneDeletesWhatIsOlderThanTheRetentionSaysWhatAndLeavesWhatMakeHistoryShows() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        history(); // creates and migrates the database, as any command opening the history does
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        throwaway.jdbi().useHandle(handle -> {
            fill(handle, old, now.minus(Duration.ofDays(40)), "{\"id\":1,\"name\":\"bulbasaur\",\"weight\":69}");
            fill(handle, recent, now.minus(Duration.ofDays(1)), "{\"id\":1,\"name\":\"bulbasaur\",\"weight\":70}");
            handle.createUpdate("""
                    INSERT INTO schema_versions (endpoint, version, shape, run_id) VALUES
                        ('/pokemon/{id}', 1, '{"weight":["number"]}', :run)""").bind("run", old).execute();
            handle.createUpdate("""
                    INSERT INTO schema_changes
                        (schema_version_id, endpoint, change_type, field_path, new_type, run_id, detected_at)
                    SELECT id, endpoint, 'field_added', 'weight', 'number', run_id, :at FROM schema_versions""")
                    .bind("at", now.minus(Duration.ofDays(40))).execute();
            handle.createUpdate("""
                    INSERT INTO data_changes
                        (run_id, endpoint, resource, resource_id, field_path, old_value, new_value, detected_at)
                    VALUES (:run, '/pokemon/{id}', 'pokemon', 1, 'weight', '68', '69', :at)""")
                    .bind("run", old).bind("at", now.minus(Duration.ofDays(40))).execute();
            handle.createUpdate("""
                    INSERT INTO flaky_tests (scenario_key, feature, scenario, total_runs, flaky_runs, last_run_at,
                                             last_flaky_at)
                    VALUES ('features/pokemon.feature:12', 'Pokémon', 'Bulbasaur', 2, 1, :at, :at)""")
                    .bind("at", now.minus(Duration.ofDays(40))).execute();
            handle.createUpdate("""
                    INSERT INTO performance_baselines
                        (endpoint, p50_ms, p95_ms, p99_ms, sample_count, window_hours, valid_from)
                    VALUES ('/pokemon/{id}', 20, 40, 45, 12, 168, :at)""").bind("at", now.minus(Duration.ofDays(1)))
                    .execute();
        });
        String before = history();
        String recentBefore = runHistory(recent);

        String pruned = InProcessSuite.print(settings(Map.of()), work,
                (settings, out) -> new HistoryPruneCommand(out)
                        .prune(settings.history(), settings.history().retention().orElseThrow(), Clock.systemUTC()));

        assertThat(pruned).contains("History in PostgreSQL at 127.0.0.1:5432/" + throwaway.name())
                .contains("Pruned the history of what is older than 30d (before ")
                .contains("3 responses, 1 body, 1 run, 2 scenario results, in ");
        assertThat(strings("SELECT id::text FROM runs")).containsExactly(recent.toString());
        assertThat(strings("SELECT coalesce(run_id::text, 'none') FROM data_changes")).containsExactly("none");
        assertThat(strings("SELECT coalesce(run_id::text, 'none') FROM schema_changes")).containsExactly("none");
        assertThat(history()).isEqualTo(before).contains("weight").contains("features/pokemon.feature:12");
        assertThat(runHistory(recent)).isEqualTo(recentBefore).contains("/pokemon/{id}");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneLineAndExitCodeTwo() throws Exception {
        Map<String, String> unreachable = new HashMap<>(settings(Map.of()));
        unreachable.put("POSTGRES_PORT", "1");

        SuiteProcess.Result result = SuiteProcess.run(unreachable, work, "history-prune");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.CANNOT_RUN);
        String where = "127.0.0.1:1/" + throwaway.name();
        assertThat(result.all().lines().filter(line -> line.contains(where))).singleElement().asString()
                .contains("cannot connect to PostgreSQL at " + where);
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withTheHistoryOffThereIsNothingToPruneAndWithTheRetentionOffNothingIsPruned() throws Exception {
        SuiteProcess.Result off = SuiteProcess.run(Map.of("HISTORY", "off"), work, "history-prune");
        assertThat(off.exitCode()).as(off.all()).isEqualTo(Main.CANNOT_RUN);
        assertThat(off.err()).isEqualToIgnoringNewLines("History is off (HISTORY=off): nothing to prune.");

        SuiteProcess.Result kept = SuiteProcess.run(settings(Map.of("HISTORY_RETENTION", "off")), work,
                "history-prune");
        assertThat(kept.exitCode()).as(kept.all()).isEqualTo(Main.PASSED);
        assertThat(kept.out()).contains("HISTORY_RETENTION=off keeps the whole history: nothing pruned.");
    }

    /** A finished run with a Pokémon's document, the Pokémon list and a missing Pokémon, and two scenarios. */
    private static void fill(Handle handle, UUID run, Instant at, String pokemon) {
        String list = "{\"count\":1302}";
        handle.createUpdate("INSERT INTO runs (id, started_at, finished_at, target, tags, status)"
                + " VALUES (:id, :at, :at, 'https://pokeapi.co/api/v2', '@regression', 'passed')")
                .bind("id", run).bind("at", at).execute();
        for (String body : List.of(pokemon, list)) {
            handle.createUpdate("INSERT INTO response_bodies (hash, body, size_bytes, first_seen_at)"
                    + " VALUES (:hash, :body, length(:body), :at) ON CONFLICT DO NOTHING")
                    .bind("hash", ResponseBodyRow.hashOf(body)).bind("body", body).bind("at", at).execute();
        }
        handle.createUpdate("""
                INSERT INTO api_responses
                    (run_id, endpoint, resource, resource_id, url, status, latency_ms, fetched_at, body_hash) VALUES
                    (:run, '/pokemon/{id}', 'pokemon', 1, 'https://pokeapi.co/api/v2/pokemon/1', 200, 21, :at, :pokemon),
                    (:run, '/pokemon', '', NULL, 'https://pokeapi.co/api/v2/pokemon', 200, 30, :at, :list),
                    (:run, '/pokemon/{id}', 'pokemon', NULL, 'https://pokeapi.co/api/v2/pokemon/0', 404, 9, :at, NULL)
                """).bind("run", run).bind("at", at).bind("pokemon", ResponseBodyRow.hashOf(pokemon))
                .bind("list", ResponseBodyRow.hashOf(list)).execute();
        handle.createUpdate("""
                INSERT INTO scenario_results (run_id, scenario_key, feature, scenario, status, attempts, flaky) VALUES
                    (:run, 'features/pokemon.feature:12', 'Pokémon', 'Bulbasaur', 'PASSED', 2, true),
                    (:run, 'features/pokemon.feature:20', 'Pokémon', 'Missing', 'PASSED', 1, false)
                """).bind("run", run).execute();
    }

    /** What {@code make history} shows, from its first table on. */
    private String history() {
        String shown = InProcessSuite.print(settings(Map.of()), work,
                (settings, out) -> new HistoryCommand(out).print(settings.history()));
        return shown.substring(shown.indexOf("Recent schema changes"));
    }

    private String runHistory(UUID run) {
        String shown = InProcessSuite.print(settings(Map.of()), work,
                (settings, out) -> new RunHistoryCommand(out).print(settings.history(), run.toString()));
        return shown.substring(shown.indexOf("Run " + run));
    }

    private Map<String, String> settings(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("HISTORY", "on", "POSTGRES_HOST", "127.0.0.1",
                "POSTGRES_DB", throwaway.name()));
        settings.putAll(extra);
        return settings;
    }

    private List<String> strings(String sql) {
        return throwaway.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }
}
