package io.pokeapi.suite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.stack.Dashboards;
import io.pokeapi.suite.stack.PrometheusServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Grafana Locust panels have data from a real Prometheus scraping a real load test's metrics. */
class LocustPanelsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void everyLocustPanelQueryHasDataWhileALoadTestRuns() throws Exception {
        LocustRun.requireLocustMetrics();
        List<Dashboards.Query> locust = Dashboards.queries("prometheus").stream()
                .filter(query -> query.expr().contains("locust_")).toList();
        assertThat(locust).isNotEmpty();
        int metricsPort = TestHttp.freePort();
        try (ReplicaServer replica = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0, ReplicaFaults.NONE)) {
            // Longer than the test needs: the run is stopped as soon as every panel has data.
            LocustRun.Running run = LocustRun.start("http://127.0.0.1:" + replica.port(), work.resolve("load"),
                    Map.of("LOAD_METRICS_PORT", Integer.toString(metricsPort), "LOAD_SUSTAIN", "120"));
            try (PrometheusServer prometheus = PrometheusServer.start(work, "locust",
                    List.of("127.0.0.1:" + metricsPort))) {
                List<Dashboards.Query> empty = new ArrayList<>(locust);
                try {
                    await("every Locust panel query with data").atMost(DEADLINE).pollDelay(Duration.ZERO)
                            .pollInterval(Duration.ofMillis(500)).until(() -> {
                                empty.removeIf(query -> hasData(prometheus.query(query.concrete())));
                                return empty.isEmpty() || !run.process().isAlive();
                            });
                } catch (ConditionTimeoutException e) {
                    // reported below, naming the queries without data
                }
                assertThat(empty).as("Locust panel queries without data; Prometheus said:%n%s%nLocust printed:%n%s",
                        prometheus.log(), run.printed()).isEmpty();
            } finally {
                run.stop();
            }
        }
    }

    private static boolean hasData(JsonObject answer) {
        if (!"success".equals(answer.get("status").getAsString())) {
            throw new AssertionError("Prometheus refused a Locust panel query: " + answer);
        }
        JsonArray result = answer.getAsJsonObject("data").getAsJsonArray("result");
        return !result.isEmpty();
    }
}
