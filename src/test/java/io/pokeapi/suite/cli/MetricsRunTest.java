package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.observability.Exposition;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.stack.StackTool;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics, health and the Pushgateway end to end: the suite's command line in a fresh JVM, as make runs it. */
class MetricsRunTest {

    /** A route template: no host, no id, no name, no query. */
    private static final Pattern TEMPLATE = Pattern.compile("/|(/[a-z-]+)(/\\{id}|/\\{name})?(/[a-z-]+)?");

    @TempDir
    Path work;

    private Map<String, String> smoke(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica", "TAGS", "@smoke", "RETRIES", "0",
                "REPORTS_DIR", work.resolve("reports").toString()));
        settings.putAll(extra);
        return settings;
    }

    @Test
    void metricsAndHealthAnswerWhileTheRunGoes() throws Exception {
        int port = TestHttp.freePort();
        // Replica latency keeps the run going for seconds, long enough to look at it.
        SuiteProcess.Running running = SuiteProcess.start(smoke(Map.of("PROMETHEUS_PORT", Integer.toString(port),
                "REPLICA_LATENCY", "400ms")), work, "run");
        URI metrics = URI.create("http://127.0.0.1:" + port + "/metrics");

        String first = TestHttp.poll(metrics, body -> true, running::isAlive)
                .orElseThrow(() -> new AssertionError("/metrics never answered while the run went:\n"
                        + running.printed()));
        String health = TestHttp.get(URI.create("http://127.0.0.1:" + port + "/health")).orElseThrow().body();
        String withRequests = TestHttp.poll(metrics, body -> Exposition.parse(body)
                        .named("pokeapi_suite_http_requests_total").stream()
                        .anyMatch(sample -> !"/".equals(sample.label("endpoint"))), running::isAlive)
                .orElseThrow(() -> new AssertionError("no scenario request in /metrics while the run went:\n"
                        + running.printed()));
        SuiteProcess.Result result = running.await();

        assertThat(result.exitCode()).as(result.all()).isZero();
        Exposition going = Exposition.parse(first);
        assertThat(going.named("pokeapi_suite_run_in_progress")).singleElement()
                .extracting(Exposition.Sample::value).isEqualTo(1.0);
        assertThat(going.named("pokeapi_suite_last_run_start_time_seconds")).hasSize(1);
        assertThat(going.named("pokeapi_suite_last_run_success")).as("no verdict while the run goes").isEmpty();
        assertThat(going.named("jvm_memory_bytes_used")).isNotEmpty();
        JsonObject healthJson = JsonParser.parseString(health).getAsJsonObject();
        assertThat(healthJson.get("status").getAsString()).isEqualTo("UP");
        assertThat(healthJson.getAsJsonObject("checks").getAsJsonObject("database").get("status").getAsString())
                .isEqualTo("OFF");
        assertThat(healthJson.getAsJsonObject("checks").getAsJsonObject("lastRun").get("result").getAsString())
                .isEqualTo("running");
        Exposition later = Exposition.parse(withRequests);
        assertThat(later.named("pokeapi_suite_http_requests_total")).allSatisfy(sample -> {
            assertThat(sample.label("endpoint")).matches(TEMPLATE);
            assertThat(sample.label("method")).isEqualTo("GET");
            assertThat(sample.label("status")).matches("\\d{3}|none");
        });
        assertThat(withRequests).doesNotContain("/api/v2").doesNotContain("http://127.0.0.1");
        assertThat(URI.create("http://127.0.0.1:" + port + "/metrics")).satisfies(uri ->
                assertThat(TestHttp.get(uri)).as("nothing served once the run is over").isEmpty());
    }

    @Test
    void aPortInUseCostsOneWarningLineAndTheRunPasses() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            SuiteProcess.Result result = SuiteProcess.run(smoke(Map.of("PROMETHEUS_PORT",
                    Integer.toString(taken.getLocalPort()))), work, "run");

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.all().lines().filter(line -> line.contains("PROMETHEUS_PORT"))).singleElement()
                    .asString().contains("port " + taken.getLocalPort() + " cannot be bound").contains("WARN");
            assertThat(result.out()).contains("10 scenarios (10 passed)");
        }
    }

    @Test
    void aPushgatewayThatIsDownCostsOneWarningLineAndTheRunPasses() throws Exception {
        int closed = TestHttp.freePort();

        SuiteProcess.Result result = SuiteProcess.run(smoke(Map.of("PUSHGATEWAY_URL", "http://127.0.0.1:" + closed)),
                work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.all().lines().filter(line -> line.contains("Pushgateway"))).singleElement().asString()
                .contains("http://127.0.0.1:" + closed).contains("Connection refused").contains("The run goes on");
        assertThat(result.out()).contains("10 scenarios (10 passed)");
    }

    @Test
    void aPushgatewayReceivesTheFinishedRunsMetricsUnderItsJobAndInstance() throws Exception {
        Path binary = StackTool.require("prometheus-pushgateway", "apt-get install prometheus-pushgateway",
                "no push to a real Pushgateway was tested");
        int port = TestHttp.freePort();
        Path log = work.resolve("pushgateway.log");
        Process gateway = new ProcessBuilder(binary.toString(), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            TestHttp.poll(base.resolve("/-/ready"), body -> true, gateway::isAlive)
                    .orElseThrow(() -> new AssertionError("the Pushgateway did not start: "
                            + SuiteProcess.read(log)));

            SuiteProcess.Result result = SuiteProcess.run(smoke(Map.of("PUSHGATEWAY_URL", base.toString())), work, "run");

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.all()).doesNotContain("Pushgateway");
            Exposition pushed = Exposition.parse(TestHttp.get(base.resolve("/metrics")).orElseThrow().body());
            Map<String, String> group = Map.of("job", "pokeapi-suite",
                    "instance", InetAddress.getLocalHost().getHostName());
            assertThat(pushed.find("pokeapi_suite_last_run_success", group)).singleElement()
                    .extracting(Exposition.Sample::value).isEqualTo(1.0);
            assertThat(pushed.find("pokeapi_suite_run_in_progress", group)).singleElement()
                    .extracting(Exposition.Sample::value).isEqualTo(0.0);
            assertThat(pushed.find("pokeapi_suite_scenarios_total", group).stream()
                    .filter(sample -> "passed".equals(sample.label("status")))
                    .mapToDouble(Exposition.Sample::value).sum()).isEqualTo(10);
            assertThat(pushed.find("pokeapi_suite_http_requests_total", group))
                    .anySatisfy(sample -> assertThat(sample.label("endpoint")).isEqualTo("/pokemon/{name}"));
            assertThat(pushed.find("push_time_seconds", group)).hasSize(1);
        } finally {
            gateway.destroy();
            if (!gateway.waitFor(10, TimeUnit.SECONDS)) {
                gateway.destroyForcibly().waitFor();
            }
        }
    }

}
