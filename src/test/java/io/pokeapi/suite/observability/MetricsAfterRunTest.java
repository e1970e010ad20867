package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioOutcome;
import io.pokeapi.suite.run.SuiteLauncher;
import io.pokeapi.suite.run.SuiteRun;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRuntime;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The registry and its server after a run of the smoke scenarios in this JVM against the replica, which
 * fails the first request for the ability Static: what they show agrees with the run's own outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsAfterRunTest {

    /** A route template: no host, no id, no name, no query. */
    private static final Pattern TEMPLATE = Pattern.compile("/|(/[a-z-]+)(/\\{id}|/\\{name})?(/[a-z-]+)?");
    private static final String ABILITIES = "Looking up abilities";

    private Path work;
    private InstalledRuntime installed;
    private SuiteRuntime runtime;
    private RunOutcome outcome;
    private URI server;
    private Exposition scrape;
    private String scrapeText;

    @BeforeAll
    void runTheSmokeScenarios() throws Exception {
        work = Files.createTempDirectory("metrics-after-run");
        Settings settings = new SettingsLoader(new SettingSource().withLayer(Map.of("TARGET", "replica",
                "HISTORY", "off", "PROMETHEUS_PORT", "0", "TAGS", "@smoke", "RETRIES", "1",
                "REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500,/api/v2/type/electric:2:503",
                "HTTP_RETRY_BACKOFF", "1ms",
                "REPORTS_DIR", work.resolve("reports").toString()), "test")).load();
        runtime = SuiteRuntime.start(settings);
        installed = InstalledRuntime.install(runtime); // Cucumber's glue finds this run's runtime, then the one before
        SuiteRun run = runtime.beginRun();
        outcome = new SuiteLauncher(runtime, new PrintStream(OutputStream.nullOutputStream())).run();
        HistoryReport report = run.finish(outcome);
        runtime.observability().runFinished(new RunResult(run.identity(), outcome, report, Optional.empty(),
                outcome.passed() ? RunResult.Verdict.PASSED : RunResult.Verdict.FAILED));
        server = URI.create("http://127.0.0.1:" + runtime.observability().port().orElseThrow());
        scrapeText = TestHttp.get(server.resolve("/metrics")).orElseThrow().body();
        scrape = Exposition.parse(scrapeText);
    }

    @AfterAll
    void closeTheRuntime() {
        if (installed != null) {
            installed.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void theScenarioCountsAreTheRunsAttemptsByFeatureAndStatus() {
        assertThat(outcome.passed()).as("the smoke run passed").isTrue();
        assertThat(outcome.flaky()).singleElement().extracting(ScenarioOutcome::feature).isEqualTo(ABILITIES);
        assertThat(scrape.sum("pokeapi_suite_scenarios_total", labels -> "passed".equals(labels.get("status"))))
                .isEqualTo(outcome.scenarios().stream().filter(ScenarioOutcome::passed).count())
                .isEqualTo(10);
        assertThat(scrape.find("pokeapi_suite_scenarios_total", Map.of("feature", ABILITIES, "status", "failed")))
                .singleElement().extracting(Exposition.Sample::value).isEqualTo(1.0);
        Map<String, Long> attemptsByFeature = outcome.scenarios().stream().collect(Collectors.groupingBy(
                ScenarioOutcome::feature, Collectors.summingLong(ScenarioOutcome::attempts)));
        attemptsByFeature.forEach((feature, attempts) -> assertThat(
                scrape.sum("pokeapi_suite_scenarios_total", labels -> feature.equals(labels.get("feature"))))
                .as(feature).isEqualTo(attempts.doubleValue()));
        assertThat(scrape.sum("pokeapi_suite_scenario_duration_seconds_count", labels -> true)).isEqualTo(11);
        assertThat(scrape.sum("pokeapi_suite_step_duration_seconds_count", labels -> "failed".equals(labels.get("status"))))
                .isEqualTo(1);
        assertThat(scrape.find("pokeapi_suite_flaky_scenarios_total", Map.of("feature", ABILITIES))).singleElement()
                .extracting(Exposition.Sample::value).isEqualTo(1.0);
    }

    @Test
    void theFailedAttemptIsPutDownToItsEndpointAndItsStatus() {
        assertThat(scrape.named("pokeapi_suite_test_failures_total")).singleElement().satisfies(failure -> {
            assertThat(failure.labels()).containsEntry("endpoint", "/ability/{name}")
                    .containsEntry("failure_type", "status");
            assertThat(failure.value()).isEqualTo(1.0);
        });
        assertThat(scrape.find("pokeapi_suite_http_requests_total",
                Map.of("endpoint", "/ability/{name}", "status", "500"))).singleElement()
                .extracting(Exposition.Sample::value).isEqualTo(1.0);
    }

    @Test
    void theClientsRetriesAreCountedByEndpointAndReasonWithTheirWaits() {
        assertThat(scrape.named("pokeapi_suite_http_retries_total")).singleElement().satisfies(retries -> {
            assertThat(retries.labels()).containsEntry("endpoint", "/type/{name}").containsEntry("reason", "503");
            assertThat(retries.value()).isEqualTo(2.0);
        });
        assertThat(scrape.find("pokeapi_suite_http_retry_wait_seconds_total", Map.of("endpoint", "/type/{name}")))
                .singleElement().extracting(Exposition.Sample::value).satisfies(wait -> assertThat(wait).isPositive());
        assertThat(scrape.find("pokeapi_suite_http_requests_total",
                Map.of("endpoint", "/type/{name}", "status", "503"))).singleElement()
                .extracting(Exposition.Sample::value).isEqualTo(2.0);
    }

    @Test
    void everyEndpointsCircuitIsClosedAndNoneChanged() {
        Set<String> endpoints = scrape.named("pokeapi_suite_http_requests_total").stream()
                .map(sample -> sample.labels().get("endpoint")).collect(Collectors.toSet());
        for (String endpoint : endpoints) {
            assertThat(scrape.find("pokeapi_suite_circuit_breaker_state", Map.of("endpoint", endpoint, "state", "closed")))
                    .as(endpoint).singleElement().extracting(Exposition.Sample::value).isEqualTo(1.0);
            assertThat(scrape.find("pokeapi_suite_circuit_breaker_state", Map.of("endpoint", endpoint, "state", "open")))
                    .as(endpoint).singleElement().extracting(Exposition.Sample::value).isEqualTo(0.0);
        }
        assertThat(scrape.named("pokeapi_suite_circuit_breaker_transitions_total")).isEmpty();
    }

    @Test
    void requestsAreLabelledByRouteTemplateNeverByUrl() {
        Set<String> endpoints = scrape.named("pokeapi_suite_http_requests_total").stream()
                .map(sample -> sample.label("endpoint")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(endpoints).contains("/pokemon/{name}", "/");
        assertThat(endpoints).allSatisfy(endpoint -> assertThat(endpoint).matches(TEMPLATE));
        assertThat(scrapeText).doesNotContain("http://127.0.0.1").doesNotContain("/api/v2");
        assertThat(scrape.find("pokeapi_suite_http_requests_total",
                Map.of("endpoint", "/pokemon/{name}", "method", "GET", "status", "200"))).singleElement()
                .extracting(Exposition.Sample::value).isNotNull();
        for (String endpoint : endpoints) {
            assertThat(scrape.sum("pokeapi_suite_http_request_duration_seconds_count",
                    labels -> endpoint.equals(labels.get("endpoint"))))
                    .as("requests to %s timed as often as counted", endpoint)
                    .isEqualTo(scrape.sum("pokeapi_suite_http_requests_total",
                            labels -> endpoint.equals(labels.get("endpoint"))));
        }
    }

    @Test
    void theRunItsVerdictAndTheJvmAreThere() {
        assertThat(scrape.named("pokeapi_suite_last_run_success")).singleElement()
                .extracting(Exposition.Sample::value).isEqualTo(1.0);
        assertThat(scrape.named("pokeapi_suite_run_in_progress")).singleElement()
                .extracting(Exposition.Sample::value).isEqualTo(0.0);
        assertThat(scrape.named("pokeapi_suite_last_run_duration_seconds")).singleElement()
                .extracting(Exposition.Sample::value).satisfies(seconds -> assertThat(seconds).isPositive());
        assertThat(scrape.named("pokeapi_suite_last_run_start_time_seconds")).singleElement()
                .extracting(Exposition.Sample::value).satisfies(seconds -> assertThat(seconds).isPositive());
        assertThat(scrape.named("jvm_memory_bytes_used")).isNotEmpty();
        assertThat(scrape.named("jvm_threads_current")).isNotEmpty();
        assertThat(scrape.named("process_cpu_seconds_total")).isNotEmpty();
    }

    @Test
    void healthSaysThatTheLastRunPassedAndTheHistoryIsOff() {
        HttpResponse<String> response = TestHttp.get(server.resolve("/health")).orElseThrow();

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(health.get("status").getAsString()).isEqualTo("UP");
        JsonObject checks = health.getAsJsonObject("checks");
        assertThat(checks.getAsJsonObject("database").get("status").getAsString()).isEqualTo("OFF");
        assertThat(checks.getAsJsonObject("lastRun").get("status").getAsString()).isEqualTo("UP");
        assertThat(checks.getAsJsonObject("lastRun").get("result").getAsString()).isEqualTo("passed");
    }

    @Test
    void promtoolFindsNothingToSayAboutTheScrape() throws Exception {
        Promtool.Check check = Promtool.checkMetrics(scrapeText, work);

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).isBlank();
    }
}
