package io.pokeapi.suite.stack;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.observability.TestHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Prometheus ({@code /usr/bin/prometheus}) of a test's own, on 127.0.0.1 and a free port, with its storage
 * in the test's folder, scraping every second and evaluating the project's rules, or a test's, every second.
 */
public final class PrometheusServer implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(60);

    private final Process process;
    private final URI base;
    private final Path log;

    private PrometheusServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts Prometheus scraping {@code /metrics} of these {@code host:port} targets under the job
     * {@code job}, with the project's rules, those prometheus.yml names; returns once it is ready.
     */
    public static PrometheusServer start(Path work, String job, List<String> targets)
            throws IOException, InterruptedException {
        List<String> ruleFiles = StackFiles.get(StackFiles.yaml(StackFiles.PROMETHEUS), "rule_files");
        return start(work, job, targets, ruleFiles.stream()
                .map(StackFiles.PROMETHEUS::resolveSibling).toList());
    }

    /** Starts Prometheus as {@link #start(Path, String, List)} does, with these rule files instead. */
    public static PrometheusServer start(Path work, String job, List<String> targets, List<Path> ruleFiles)
            throws IOException, InterruptedException {
        Path binary = StackTool.require("prometheus", "apt-get install prometheus",
                "no dashboard query was run against a real Prometheus");
        Path config = Files.writeString(work.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files: [%s]
                scrape_configs:
                  - job_name: %s
                    static_configs:
                      - targets: [%s]
                """.formatted(quoted(ruleFiles.stream().map(file -> file.toAbsolutePath().toString()).toList()), job,
                quoted(targets)));
        int port = TestHttp.freePort();
        Path log = work.resolve("prometheus.log");
        Process process = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + work.resolve("prometheus-data"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            await("Prometheus ready").atMost(START_DEADLINE).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).until(() -> server.ready() || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            // reported below, with what Prometheus logged
        }
        if (!server.ready()) {
            server.close();
            throw new AssertionError("Prometheus did not become ready:\n" + server.log());
        }
        return server;
    }

    /** YAML flow sequence items: each in double quotes. */
    private static String quoted(List<String> items) {
        return String.join(", ", items.stream().map(item -> "\"" + item + "\"").toList());
    }

    private boolean ready() {
        return TestHttp.get(base.resolve("/-/ready")).filter(response -> response.statusCode() == 200).isPresent();
    }

    /** An instant query's whole answer: {@code status}, and {@code data} or {@code error}. */
    public JsonObject query(String promql) {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    /** A GET of the HTTP API, as JSON. */
    public JsonObject get(String pathAndQuery) {
        Optional<HttpResponse<String>> response = TestHttp.get(base.resolve(pathAndQuery));
        return JsonParser.parseString(response.orElseThrow(() -> new AssertionError("Prometheus does not answer "
                + pathAndQuery + ":\n" + log())).body()).getAsJsonObject();
    }

    /** What Prometheus logged, for failure messages. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(" + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
