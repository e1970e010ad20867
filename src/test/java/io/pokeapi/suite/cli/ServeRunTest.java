package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.observability.Exposition;
import io.pokeapi.suite.observability.TestHttp;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve mode end to end: the suite's command line in a fresh JVM, as the Compose test runner runs it. */
class ServeRunTest {

    private static final Map<String, String> SCHEDULE = Map.of("trigger", "schedule");
    private static final Map<String, String> HTTP = Map.of("trigger", "http");

    @TempDir
    Path work;

    private Map<String, String> settings(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica", "TAGS", "@smoke", "RETRIES", "0",
                "REPORTS_DIR", work.resolve("reports").toString(), "LOG_FORMAT", "text"));
        settings.putAll(extra);
        return settings;
    }

    private static double value(Exposition scrape, String name, Map<String, String> labels) {
        return scrape.find(name, labels).stream().mapToDouble(Exposition.Sample::value).sum();
    }

    private static JsonObject check(ServedSuite.Answer health, String name) {
        return health.body().getAsJsonObject("checks").getAsJsonObject(name);
    }

    private static String text(JsonObject object, String field) {
        return object.has(field) ? object.get(field).getAsString() : "";
    }

    @Test
    void theServeModeSweepsOnItsScheduleEachRunSweepingAnewAndCountingItsDocuments() throws Exception {
        try (ServedSuite serve = ServedSuite.start(settings(Map.of("TAGS", "@sweep", "SWEEP", "type",
                "SERVE_INTERVAL", "1s")), work)) {
            // 21 types a sweep: 42 passed documents are two sweeps, each with its own run.
            Exposition twoSweeps = serve.metricsWhen(scrape ->
                    value(scrape, "pokeapi_suite_sweep_documents_total", Map.of("resource", "type", "result", "passed"))
                            >= 42, "two scheduled sweeps");
            assertThat(value(twoSweeps, "pokeapi_suite_sweep_documents_total", Map.of("result", "failed"))).isZero();
            assertThat(value(twoSweeps, "pokeapi_suite_runs_total", SCHEDULE)).isGreaterThanOrEqualTo(2);
            ServedSuite.Answer health = serve.healthWhen(answer -> !"running".equals(text(check(answer, "lastRun"),
                    "result")), "a finished sweep");
            assertThat(text(check(health, "lastRun"), "result")).as(health.body().toString()).isEqualTo("passed");
            assertThat(text(check(health, "lastRun"), "tags")).isEqualTo("@sweep");
        }
    }

    @Test
    void runsOnItsScheduleAndOnDemandOneAtATimeAndStopsOnSigterm() throws Exception {
        // Replica latency keeps each run going long enough for a request to find it going.
        try (ServedSuite serve = ServedSuite.start(settings(Map.of("SERVE_INTERVAL", "2s",
                "REPLICA_LATENCY", "100ms")), work)) {
            // 8 smoke scenarios a run: 16 passed and no run going is two runs finished.
            Exposition twoScheduled = serve.metricsWhen(scrape ->
                    value(scrape, "pokeapi_suite_scenarios_total", Map.of("status", "passed")) >= 16
                            && value(scrape, "pokeapi_suite_run_in_progress", Map.of()) == 0
                            && value(scrape, "pokeapi_suite_last_run_success", Map.of()) == 1,
                    "two scheduled runs finished");
            assertThat(value(twoScheduled, "pokeapi_suite_runs_total", SCHEDULE)).isGreaterThanOrEqualTo(2);
            assertThat(value(twoScheduled, "pokeapi_suite_runs_total", HTTP)).isZero();
            ServedSuite.Answer scheduledHealth = serve.healthWhen(health -> true, "/health");
            assertThat(scheduledHealth.status()).isEqualTo(200);
            assertThat(text(scheduledHealth.body(), "status")).isEqualTo("UP");
            assertThat(text(check(scheduledHealth, "lastRun"), "tags")).isEqualTo("@smoke");

            ServedSuite.Answer accepted = serve.postUntilAccepted("/runs?tags=%40smoke+and+%40pokemon");
            ServedSuite.Answer conflict = serve.post("/runs?tags=@type");
            ServedSuite.Answer badTags = serve.post("/runs?tags=%40smoke+and");

            assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
            String runId = text(accepted.body(), "run");
            assertThat(text(accepted.body(), "tags")).isEqualTo("@smoke and @pokemon");
            assertThat(conflict.status()).as(conflict.body().toString()).isEqualTo(409);
            assertThat(text(conflict.body(), "going")).isEqualTo(runId);
            assertThat(badTags.status()).isEqualTo(400);
            assertThat(text(badTags.body(), "error")).contains("not a Cucumber tag expression");

            // Its own end, from serve's log: /health shows only the latest run, and the schedule's next one may
            // start the moment the requested one ends.
            serve.printedWhen("Run " + runId + " (http, scenarios tagged @smoke and @pokemon) passed.",
                    "the requested run's end");
            Exposition scrape = serve.metricsWhen(any -> true, "/metrics");
            assertThat(value(scrape, "pokeapi_suite_runs_total", HTTP)).isEqualTo(1);
            assertThat(value(scrape, "pokeapi_suite_runs_skipped_total", HTTP))
                    .as("the POST while the run went, and any before it while a scheduled run went")
                    .isGreaterThanOrEqualTo(1);
            assertThat(serve.printed()).contains("Running scenarios tagged @smoke and @pokemon against")
                    .contains("Serving /metrics, /health and POST /runs (open to anyone: set RUNS_TOKEN to require a "
                            + "token) at http://localhost:")
                    .contains("now and every 2s");

            assertThat(serve.stop()).as("serve ends by itself on SIGTERM:\n" + serve.printed()).isTrue();
            assertThat(serve.printed()).doesNotContain("Exception");
        }
    }

    @Test
    void withARunsTokenOnlyAPostBearingItStartsARunAndTheTokenIsShownNowhere() throws Exception {
        String token = "runs-token-5e2f9a7c41d8";
        Path reports = work.resolve("reports");
        try (ServedSuite serve = ServedSuite.start(settings(Map.of("SERVE_INTERVAL", "off", "RUNS_TOKEN", token,
                "LOG_FORMAT", "json")), work)) {
            assertThat(serve.healthWhen(health -> true, "/health").status()).as("/health stays open").isEqualTo(200);
            ServedSuite.Answer none = serve.post("/runs");
            ServedSuite.Answer wrong = serve.post("/runs", Map.of("Authorization", "Bearer " + token + "x"));
            ServedSuite.Answer basic = serve.post("/runs", Map.of("Authorization", "Basic " + token));
            assertThat(none.status()).isEqualTo(401);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(basic.status()).isEqualTo(401);
            assertThat(text(none.body(), "error")).contains("Authorization: Bearer <token>");
            assertThat(serve.metricsWhen(scrape -> true, "/metrics").named("pokeapi_suite_runs_total"))
                    .as("/metrics stays open, and no refused request started a run")
                    .allSatisfy(runs -> assertThat(runs.value()).isZero());

            ServedSuite.Answer accepted = serve.post("/runs", Map.of("Authorization", "Bearer " + token));
            assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
            serve.printedWhen("\"Run " + text(accepted.body(), "run") + " (http, scenarios tagged @smoke) passed.\"",
                    "the requested run's end");
            assertThat(serve.printed()).contains("POST /runs (with RUNS_TOKEN)")
                    .contains("refused: no Authorization: Bearer <RUNS_TOKEN> header")
                    .contains("refused: the bearer token is not RUNS_TOKEN").doesNotContain(token);
            assertThat(serve.stop()).isTrue();
        }
        try (Stream<Path> files = Files.walk(reports)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).isNotEmpty();
            for (Path file : written) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(token);
            }
        }
    }

    @Test
    void aFailedRunMakesHealthDownAndTheNextPassingRunBringsItBack() throws Exception {
        // The first request for the ability fails, so does the first run; the next run gets an answer. Runs start
        // on request only, so that the failed one stays the last until the test asks for the next, however slow
        // the machine: a schedule could start the next before /health is read.
        try (ServedSuite serve = ServedSuite.start(settings(Map.of("SERVE_INTERVAL", "off",
                "REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500")), work)) {
            serve.healthWhen(health -> true, "/health");
            assertThat(serve.postUntilAccepted("/runs").status()).isEqualTo(202);
            ServedSuite.Answer failed = serve.healthWhen(health -> "failed".equals(text(check(health, "lastRun"),
                    "result")), "a failed run in /health");

            assertThat(failed.status()).isEqualTo(503);
            assertThat(text(failed.body(), "status")).isEqualTo("DOWN");
            assertThat(text(check(failed, "lastRun"), "status")).isEqualTo("DOWN");
            assertThat(text(check(failed, "lastRun"), "detail")).isEqualTo("1 of 10 scenarios failed");

            // The failed run may still hold the gate for a moment after /health shows its end.
            assertThat(serve.postUntilAccepted("/runs").status()).isEqualTo(202);
            ServedSuite.Answer recovered = serve.healthWhen(health -> "passed".equals(text(check(health, "lastRun"),
                    "result")), "a passing run after the failed one");
            assertThat(recovered.status()).isEqualTo(200);
            assertThat(text(recovered.body(), "status")).isEqualTo("UP");
            Exposition scrape = serve.metricsWhen(any -> true, "/metrics");
            assertThat(value(scrape, "pokeapi_suite_last_run_success", Map.of())).isEqualTo(1);
            assertThat(value(scrape, "pokeapi_suite_scenarios_total", Map.of("status", "failed"))).isEqualTo(1);
        }
    }

    @Test
    void aTargetThatIsDownFailsEachRunAsIncompleteAndServingGoesOn() throws Exception {
        int closed = TestHttp.freePort();
        String target = "http://127.0.0.1:" + closed + "/api/v2";
        try (ServedSuite serve = ServedSuite.start(settings(Map.of("TARGET", "live", "POKEAPI_BASE_URL", target,
                "SERVE_INTERVAL", "1s")), work)) {
            // One run at a time: a third run started is two runs ended.
            serve.metricsWhen(scrape -> value(scrape, "pokeapi_suite_runs_total", SCHEDULE) >= 3,
                    "two scheduled runs ended");
            ServedSuite.Answer health = serve.healthWhen(answer -> !"running".equals(text(check(answer, "lastRun"),
                    "result")), "a run that ended");
            Exposition ended = serve.metricsWhen(scrape -> !scrape.named("pokeapi_suite_last_run_success").isEmpty(),
                    "a run that ended");

            assertThat(value(ended, "pokeapi_suite_last_run_success", Map.of())).isZero();
            assertThat(health.status()).isEqualTo(503);
            JsonObject lastRun = check(health, "lastRun");
            assertThat(text(lastRun, "result")).isEqualTo("incomplete");
            assertThat(text(lastRun, "detail")).contains(target);
            assertThat(serve.isAlive()).isTrue();
            assertThat(serve.printed().lines().filter(line -> line.contains("could not run")).count())
                    .as("one line a run").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aMissingDatabaseIsDownWithItsReasonAndDegradesTheWhole() throws Exception {
        int closed = TestHttp.freePort();
        try (ServedSuite serve = ServedSuite.start(settings(Map.of("SERVE_INTERVAL", "off", "HISTORY", "on",
                "POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", Integer.toString(closed))), work)) {
            ServedSuite.Answer beforeAnyRun = serve.healthWhen(health ->
                    !text(check(health, "database"), "detail").contains("not open yet"), "the history opened");

            assertThat(beforeAnyRun.status()).isEqualTo(200);
            assertThat(text(beforeAnyRun.body(), "status")).isEqualTo("DEGRADED");
            JsonObject database = check(beforeAnyRun, "database");
            assertThat(text(database, "status")).isEqualTo("DOWN");
            assertThat(text(database, "detail")).contains("127.0.0.1:" + closed).contains("Connection refused");
            assertThat(text(check(beforeAnyRun, "lastRun"), "result")).isEqualTo("none");

            ServedSuite.Answer accepted = serve.postUntilAccepted("/runs");
            ServedSuite.Answer afterRun = serve.healthWhen(health -> text(accepted.body(), "run")
                    .equals(text(check(health, "lastRun"), "run"))
                    && "passed".equals(text(check(health, "lastRun"), "result")), "the run without history passed");
            assertThat(text(afterRun.body(), "status")).isEqualTo("DEGRADED");
        }
    }

    @Test
    void aMetricsPortInUseStopsServeWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> settings = settings(Map.of("PROMETHEUS_PORT", Integer.toString(taken.getLocalPort())));

            SuiteProcess.Result result = SuiteProcess.run(settings, work, "serve");

            assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.CANNOT_RUN);
            assertThat(result.err().lines().filter(line -> line.contains("PROMETHEUS_PORT"))).singleElement()
                    .asString().contains("Cannot serve /metrics, /health and /runs")
                    .contains("port " + taken.getLocalPort() + " cannot be bound");
        }
    }
}
