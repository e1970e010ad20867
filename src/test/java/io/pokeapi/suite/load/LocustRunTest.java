package io.pokeapi.suite.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.observability.Exposition;
import io.pokeapi.suite.observability.Promtool;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Locust load test end to end, against the replica. */
class LocustRunTest {

    @TempDir
    Path work;

    @BeforeAll
    static void locustIsInstalled() {
        LocustRun.requireLocust();
    }

    private static ReplicaServer replica(ReplicaFaults faults) throws Exception {
        return ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0, faults);
    }

    private static String origin(ReplicaServer replica) {
        return "http://127.0.0.1:" + replica.port();
    }

    @Test
    void aShortLoadPassesItsThresholdsWithoutFailuresAndWritesItsReports() throws Exception {
        try (ReplicaServer replica = replica(ReplicaFaults.NONE)) {
            LocustRun.Result result = LocustRun.run(origin(replica), work.resolve("load"), Map.of());

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Load test of " + origin(replica) + ": profile smoke, 6 users")
                    .containsPattern("GET /pokemon/\\{id\\}\\s+\\d+\\s+0\\s")
                    .contains("Passed: failure ratio at most 1.00%");
            assertThat(result.file("stats_stats.csv")).contains("/pokemon/{id}").contains("/pokemon/{name}")
                    .contains("/ability/{id}").contains("/type/{id}").containsPattern("/(pokemon|ability|type)"
                            + "\\?limit&offset").doesNotContain("/pokemon/25");
            assertThat(result.file("report.html")).contains("<html");
        }
    }

    @Test
    void locustsOwnCommandLineRunsTheUsersForTheTimeItSays() throws Exception {
        try (ReplicaServer replica = replica(ReplicaFaults.NONE)) {
            Path reports = work.resolve("cli");
            // As the README gives it, for 5 s instead of a minute; CI runs it for the minute.
            LocustRun.Result result = LocustRun.locust(List.of("-f", "locust/locustfile.py", "--headless", "-u", "10",
                    "-r", "5", "-t", "5s", "--host", origin(replica), "--csv", reports.resolve("stats").toString()),
                    reports, Map.of("LOAD_MAX_P95_MS", "5000"));

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Load test of " + origin(replica) + ": 10 users for 5 s")
                    .contains("Passed").doesNotContain("LoadShape").doesNotContain("Ignoring arguments");
            String aggregated = result.file("stats_stats.csv").lines().filter(row -> row.contains("Aggregated"))
                    .findFirst().orElseThrow();
            String[] columns = aggregated.split(",");
            assertThat(Long.parseLong(columns[2])).as("requests").isPositive();
            assertThat(Long.parseLong(columns[3])).as("failures").isZero();
        }
    }

    @Test
    void theStagedFileRunsTheProfileWhoseStagesEndTheRun() throws Exception {
        try (ReplicaServer replica = replica(ReplicaFaults.NONE)) {
            LocustRun.Result result = LocustRun.locust(List.of("-f", "locust/staged.py", "--headless",
                    "--only-summary", "--host", origin(replica)), work.resolve("staged"), Map.of("LOAD_USERS", "3",
                    "LOAD_RAMP_UP", "0", "LOAD_SUSTAIN", "2", "LOAD_RAMP_DOWN", "0", "LOAD_MAX_P95_MS", "5000"));

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Load test of " + origin(replica) + ": profile smoke, 3 users");
        }
    }

    @Test
    void twoLocalWorkersCompleteARunAndTheMasterReportsTheirCombinedStatistics() throws Exception {
        try (ReplicaServer replica = replica(ReplicaFaults.NONE)) {
            LocustRun.Result result = LocustRun.run(origin(replica), work.resolve("load"), Map.of("WORKERS", "2"));

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("6 users on 2 workers").contains("Passed");
            List<String> rows = result.file("stats_stats.csv").lines().toList();
            long total = rows.stream().filter(row -> row.contains("\"Aggregated\"") || row.contains(",Aggregated,"))
                    .mapToLong(row -> Long.parseLong(row.split(",")[2])).findFirst().orElseThrow();
            long routes = rows.stream().skip(1).filter(row -> !row.contains("Aggregated"))
                    .mapToLong(row -> Long.parseLong(row.split(",")[2])).sum();
            assertThat(total).isPositive().isEqualTo(routes);
        }
    }

    @Test
    void aRunBeyondItsP95ThresholdFailsSayingWhich() throws Exception {
        try (ReplicaServer replica = replica(new ReplicaFaults(java.time.Duration.ofMillis(30), List.of()))) {
            LocustRun.Result result = LocustRun.run(origin(replica), work.resolve("load"),
                    Map.of("LOAD_MAX_P95_MS", "10"));

            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.output()).containsPattern("FAILED: P95 of GET /pokemon/\\{id\\} is \\d+ ms, above "
                    + "LOAD_MAX_P95_MS 10 ms");
        }
    }

    @Test
    void answersThatAreNotTheDocumentAskedForCountAsFailures() throws Exception {
        ReplicaFaults broken = ReplicaFaults.NONE.withBrokenBodies(List.of(new ReplicaFaults.BrokenBody(
                ReplicaFaults.BrokenBody.Kind.MALFORMED, Optional.of("/api/v2/pokemon/25"), 1)));
        try (ReplicaServer replica = replica(broken)) {
            LocustRun.Result result = LocustRun.run(origin(replica), work.resolve("load"),
                    Map.of("LOAD_POKEMON", "25:pikachu,26:raichu"));

            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.output()).contains("FAILED: failure ratio");
            assertThat(result.file("stats_failures.csv")).contains("/pokemon/{id}").contains("not JSON");
        }
    }

    @Test
    void theLoadStatisticsReachPrometheusUnderTheLocustExportersNames() throws Exception {
        LocustRun.requireLocustMetrics();
        int port = TestHttp.freePort();
        try (ReplicaServer replica = replica(ReplicaFaults.NONE)) {
            CompletableFuture<LocustRun.Result> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return LocustRun.run(origin(replica), work.resolve("load"),
                            Map.of("LOAD_METRICS_PORT", Integer.toString(port), "LOAD_SUSTAIN", "8"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            URI metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
            String scrape = TestHttp.poll(metrics, body -> body.contains("locust_requests_num_requests{method=\"GET\","
                    + "name=\"/pokemon/{id}\"}"), () -> !run.isDone()).orElseThrow(() -> new AssertionError(
                    "no Locust metrics at " + metrics + "; the run printed:\n" + run.join().output()));
            Exposition exposition = Exposition.parse(scrape);

            assertThat(exposition.named("locust_users")).singleElement()
                    .satisfies(users -> assertThat(users.value()).isPositive());
            assertThat(exposition.find("locust_requests_num_requests", Map.of("name", "/pokemon/{id}")))
                    .singleElement().satisfies(requests -> assertThat(requests.value()).isPositive());
            assertThat(exposition.named("locust_requests_current_rps")).isNotEmpty();
            assertThat(exposition.named("locust_requests_current_response_time_percentile_95")).isNotEmpty();
            // The exporter's own name, kept so that the dashboards read either source, is promtool's only complaint.
            assertThat(Promtool.checkMetrics(scrape, work).output().strip()).isEqualTo(
                    "locust_requests_current_fail_per_sec metric names should not contain abbreviated units");
            assertThat(run.join().exitCode()).isZero();
        }
    }

    @Test
    void thePublicApiIsNotLoadedWithoutAnExplicitYes() throws Exception {
        LocustRun.Result result = LocustRun.run("https://pokeapi.co", work.resolve("load"), Map.of());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("https://pokeapi.co is the public PokéAPI: load it only with "
                + "LOAD_ALLOW_PUBLIC=yes, and at most 5 users (its fair-use policy)");
    }
}
