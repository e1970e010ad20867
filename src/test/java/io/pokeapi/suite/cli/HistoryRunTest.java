package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.outcome.RunResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history end to end: runs of the suite against the replica, recording into a throwaway database on
 * the PostgreSQL server at 127.0.0.1:5432, which CI provides. Runs are made in this JVM where what a run
 * records and reports is the point, and as processes of the command line where its exit code and output
 * are, or where runs of several processes meet in one history.
 */
class HistoryRunTest {

    private static final List<Integer> FIXTURE_POKEMON = List.of(1, 4, 6, 7, 25, 26);

    @TempDir
    Path work;

    @RegisterExtension
    final ThrowawayDatabase throwaway = new ThrowawayDatabase("suite_history_");
    private final String database = throwaway.name();

    @Test
    void unchangedDataAddsNothingAndAChangedFixtureIsRecordedAsExactlyItsChanges() throws Exception {
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        // One replica address for both runs, as the live API has one: the second run revalidates its documents.
        Map<String, String> samePort = Map.of("REPLICA_PORT", Integer.toString(TestHttp.freePort()));

        run(data, samePort).assertPassed();
        long bodies = count("SELECT count(*) FROM response_bodies");
        long versions = count("SELECT count(*) FROM schema_versions");
        assertThat(bodies).isPositive();
        assertThat(versions).isPositive();

        run(data, samePort).assertPassed();
        assertThat(count("SELECT count(*) FROM response_bodies")).as("body rows after an unchanged run")
                .isEqualTo(bodies);
        assertThat(count("SELECT count(*) FROM schema_versions")).isEqualTo(versions);
        assertThat(count("SELECT count(*) FROM schema_changes")).isZero();
        assertThat(count("SELECT count(*) FROM data_changes")).isZero();
        assertThat(count("SELECT count(*) FROM api_responses")).as("responses of both runs are kept")
                .isGreaterThan(bodies);
        // The second run asked for every document again with If-None-Match: the unchanged ones came back as 304,
        // with no body sent and none recorded.
        String secondRun = "(SELECT id FROM runs ORDER BY started_at DESC LIMIT 1)";
        assertThat(count("SELECT count(*) FROM api_responses WHERE status = 304 AND run_id = " + secondRun))
                .as("documents the replica confirmed unchanged").isPositive();
        assertThat(count("SELECT count(*) FROM api_responses WHERE status = 304 AND body_hash IS NOT NULL"))
                .isZero();
        assertThat(strings("SELECT url || ' ' || status FROM api_responses WHERE status = 200 AND resource = 'pokemon'"
                + " AND run_id = " + secondRun)).as("Pokémon documents sent again in full").isEmpty();

        for (int id : FIXTURE_POKEMON) {
            FixtureVariant.edit(data, "pokemon", id, pokemon -> {
                pokemon.remove("past_abilities");
                pokemon.getAsJsonObject("cries").add("latest", new JsonPrimitive(id));
                pokemon.add("color", new JsonPrimitive("unknown"));
            });
        }
        FixtureVariant.edit(data, "pokemon", 25, pikachu -> pikachu.add("order", new JsonPrimitive(36)));
        InProcessSuite.Result third = run(data, Map.of());
        third.assertPassed();

        assertThat(strings("SELECT endpoint || ' ' || change_type || ' ' || field_path || ' '"
                + " || coalesce(old_type, '-') || ' ' || coalesce(new_type, '-') FROM schema_changes"))
                .containsExactlyInAnyOrder(
                        "/pokemon/{id} field_removed past_abilities array -",
                        "/pokemon/{id} type_changed cries.latest string integer",
                        "/pokemon/{id} field_added color - string");
        assertThat(strings("SELECT field_path || ': ' || coalesce(old_value::text, '-') || ' -> '"
                + " || coalesce(new_value::text, '-') FROM data_changes WHERE resource = 'pokemon' AND resource_id = 25"))
                .contains("order: 35 -> 36", "color: - -> \"unknown\"")
                .anyMatch(line -> line.startsWith("past_abilities: [") && line.endsWith(" -> -"))
                .anyMatch(line -> line.startsWith("cries.latest: \"https://") && line.endsWith(" -> 25"))
                .hasSize(4);
        assertThat(third.all())
                .contains("Warning: the schema of /pokemon/{id} changed since the last run:")
                .contains("Warning: the data of pokemon pikachu (25) changed since the last run:");

        String history = InProcessSuite.print(settings(Map.of()), work,
                (settings, out) -> new HistoryCommand(out).print(settings.history()));
        assertThat(history)
                .containsPattern("/pokemon/\\{id}\\s+field_removed\\s+past_abilities\\s+array")
                .containsPattern("/pokemon/\\{id}\\s+type_changed\\s+cries.latest\\s+string\\s+integer")
                .containsPattern("/pokemon/\\{id}\\s+field_added\\s+color\\s+string")
                .containsPattern("pokemon\\s+25\\s+order\\s+35\\s+36")
                .contains("Current latency baselines")
                .contains("/pokemon/{name}");

        String thirdRun = strings("SELECT id::text FROM runs ORDER BY started_at DESC LIMIT 1").get(0);
        String ofRun = InProcessSuite.print(settings(Map.of()), work,
                (settings, out) -> new RunHistoryCommand(out).print(settings.history(), thirdRun));
        assertThat(ofRun)
                .contains("Run " + thirdRun + ": passed, started ")
                .contains("scenarios tagged @pokemon and not @negative")
                .containsPattern("features/pokemon.feature:\\d+\\s+Pikachu is an Electric-type Pokémon.*\\s+passed\\s+1")
                .containsPattern("/pokemon/\\{name}\\s+200\\s+\\d+")
                .containsPattern("/pokemon/\\{id}\\s+field_removed\\s+past_abilities\\s+array")
                .containsPattern("pokemon\\s+25\\s+order\\s+35\\s+36");
        // What the command line makes of a run id it cannot show: its exit code and its one line on standard error.
        SuiteProcess.Result unknown = SuiteProcess.run(settings(Map.of()), work, "history",
                "00000000-0000-0000-0000-000000000000");
        assertThat(unknown.exitCode()).isEqualTo(Main.CANNOT_RUN);
        assertThat(unknown.err().lines().filter(line -> line.contains("00000000-0000"))).singleElement().asString()
                .startsWith("No run 00000000-0000-0000-0000-000000000000 in the history in ");
        SuiteProcess.Result notAnId = SuiteProcess.run(settings(Map.of()), work, "history", "last");
        assertThat(notAnId.exitCode()).isEqualTo(Main.CANNOT_RUN);
        assertThat(notAnId.err().lines().filter(line -> line.contains("'last'"))).singleElement().asString()
                .startsWith("RUN='last' is not a run id");
    }

    @Test
    void aContractFieldGoneSinceTheLastRunFailsTheHistoryScenarioNamingItAndAnAddedFieldIsAWarning() throws Exception {
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        Map<String, String> history = Map.of("TAGS", "@history", "RETRIES", "0");
        run(data, history).assertPassed();

        FixtureVariant.edit(data, "pokemon", 25, pikachu -> pikachu.add("color", new JsonPrimitive("yellow")));
        InProcessSuite.Result added = run(data, history);
        added.assertPassed();
        assertThat(added.all())
                .contains("Warning: the pokémon schema changed since the last run:")
                .contains("/pokemon/{name} field_added color (string)")
                .contains("3 scenarios (3 passed)");

        FixtureVariant.edit(data, "pokemon", 25, pikachu -> pikachu.remove("base_experience"));
        InProcessSuite.Result removed = run(data, history);
        assertThat(removed.verdict()).as(removed.all()).isEqualTo(RunResult.Verdict.FAILED);
        assertThat(removed.all())
                .contains("✘ Changes to the Pokémon schema since the last run are reported")
                .contains("Since the last run, 1 change(s) took away a field of the Pokémon contract:")
                .contains("/pokemon/{name} field_removed base_experience (integer)")
                .contains("✔ Changes to the ability schema since the last run are reported")
                .contains("✔ Changes to the type schema since the last run are reported");
    }

    @Test
    void flakyCountersAreExactAfterFourRunsAtOnce() throws Exception {
        Map<String, String> flakyStatic = Map.of("TAGS", "@smoke", "REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500");
        run(null, Map.of("TAGS", "@smoke")).assertPassed(); // creates the database before the race

        // Processes of their own, as runs on several machines would be: each records into the same rows at once.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SuiteProcess.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> SuiteProcess.run(settings(flakyStatic), work, "run")));
            }
            for (Future<SuiteProcess.Result> run : runs) {
                SuiteProcess.Result result = run.get();
                assertThat(result.exitCode()).as(result.all()).isZero();
                assertThat(result.all()).contains("Flaky scenarios, which failed and then passed on a retry:");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(strings("SELECT total_runs || '/' || flaky_runs || ' ' || (last_flaky_at IS NOT NULL)"
                + " FROM flaky_tests WHERE scenario_key = 'features/ability.feature:7'"))
                .containsExactly("5/4 true");
        assertThat(strings("SELECT DISTINCT total_runs || '/' || flaky_runs FROM flaky_tests"
                + " WHERE scenario_key <> 'features/ability.feature:7'"))
                .containsExactly("5/0");
        assertThat(count("SELECT count(*) FROM scenario_results WHERE flaky AND attempts = 2")).isEqualTo(4);
    }

    @Test
    void aDatabaseThatCannotBeReachedCostsOneWarningAndNoResult() throws Exception {
        Map<String, String> settings = new HashMap<>(settings(Map.of("TAGS", "@smoke")));
        settings.put("POSTGRES_PORT", "1");
        settings.put("POSTGRES_PASSWORD", "s3cret-pw");

        SuiteProcess.Result result = SuiteProcess.run(settings, work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.all().lines().filter(line -> line.contains("History unavailable")))
                .singleElement().asString()
                .contains("127.0.0.1:1/" + database).contains("The run goes on without history.");
        assertThat(result.all()).doesNotContain("s3cret-pw");
        assertThat(result.out()).contains("10 scenarios (10 passed)");
    }

    @Test
    void aSlowerRunIsFlaggedAgainstItsBaselineAndFailsOnlyWhenConfigured() throws Exception {
        Map<String, String> pokemon = Map.of("TAGS", "@pokemon and not @negative and not @contract");
        run(null, pokemon).assertPassed();
        run(null, pokemon).assertPassed();

        // Well above what a busy machine adds to the baseline runs' own latency.
        Map<String, String> slow = new HashMap<>(pokemon);
        slow.put("REPLICA_LATENCY", "300ms");
        InProcessSuite.Result warned = run(null, slow);
        warned.assertPassed();
        assertThat(warned.all()).contains("Warning: slower than its baseline: /pokemon/{name} P95");
        assertThat(strings("SELECT status FROM runs ORDER BY started_at DESC LIMIT 1")).as("a warning passes")
                .containsExactly("passed");

        slow.put("REPLICA_LATENCY", "400ms");
        slow.put("BASELINE_FAILS", "true");
        // The command line's own exit code is the point here, and the history's verdict must agree with it.
        SuiteProcess.Result failed = SuiteProcess.run(settings(slow), work, "run");
        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(Main.FAILED);
        assertThat(failed.out()).contains("Warning: slower than its baseline: /pokemon/{name} P95");
        assertThat(strings("SELECT status FROM runs ORDER BY started_at DESC LIMIT 1"))
                .as("the history's verdict is the process's").containsExactly("failed");
        assertThat(count("SELECT count(*) FROM performance_baselines WHERE valid_until IS NULL"
                + " AND endpoint = '/pokemon/{name}'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM performance_baselines WHERE endpoint = '/pokemon/{name}'"))
                .isEqualTo(4);
    }

    @Test
    void aDatabaseThatGoesAwayDuringARunCostsOneWarningAndLeavesTheVerdictAndReports() throws Exception {
        Path reports = work.resolve("reports");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            Map<String, String> settings = new HashMap<>(settings(Map.of("TAGS", "@regression",
                    "REPLICA_LATENCY", "40ms", "REPORTS_DIR", reports.toString())));
            settings.put("POSTGRES_PORT", String.valueOf(server.getPort()));
            SuiteProcess.Running running = SuiteProcess.start(settings, work, "run");

            Jdbi history = Jdbi.create("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database,
                    "postgres", "");
            await("responses recorded before the database goes away").atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .failFast("the run ended before it recorded a response", () -> !running.isAlive())
                    .until(() -> recordedResponses(history) > 0);
            server.close();

            SuiteProcess.Result result = running.await();
            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.all().lines().filter(line -> line.contains("History unavailable")))
                    .singleElement().asString().contains("The run goes on without history.");
            assertThat(result.out()).containsPattern("\\d+ scenarios \\(\\d+ passed\\)");
        }
        assertThat(reports.resolve("cucumber.html")).isNotEmptyFile();
        assertThat(reports.resolve("cucumber-junit.xml")).content().contains("failures=\"0\"");
    }

    /** Rows in api_responses, or 0 while the run has not created its database and tables yet. */
    private static long recordedResponses(Jdbi history) {
        try {
            return history.withHandle(handle -> handle.createQuery("SELECT count(*) FROM api_responses")
                    .mapTo(Long.class).one());
        } catch (RuntimeException notYet) {
            return 0;
        }
    }

    /** A run in this JVM, of the Pokémon scenarios unless {@code extra} says otherwise. */
    private InProcessSuite.Result run(Path data, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(settings(extra));
        if (data != null) {
            settings.put("REPLICA_DATA", data.toString());
        }
        settings.putIfAbsent("TAGS", "@pokemon and not @negative");
        return InProcessSuite.run(settings, work);
    }

    private Map<String, String> settings(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica", "HISTORY", "on",
                "POSTGRES_HOST", "127.0.0.1", "POSTGRES_DB", database,
                "REPORTS_DIR", work.resolve("reports-" + UUID.randomUUID()).toString()));
        settings.putAll(extra);
        return settings;
    }

    private long count(String sql) {
        return jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private List<String> strings(String sql) {
        return jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    private Jdbi jdbi() {
        return throwaway.jdbi();
    }
}
