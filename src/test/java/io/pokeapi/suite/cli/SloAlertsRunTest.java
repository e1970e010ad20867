package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.slo.SloRuleFile;
import io.pokeapi.suite.slo.SloRules;
import io.pokeapi.suite.slo.TimeScale;
import io.pokeapi.suite.stack.Dashboards;
import io.pokeapi.suite.stack.PrometheusServer;
import io.pokeapi.suite.stack.StackTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The availability objective's page against what the suite really exports: a real Prometheus scrapes the serve mode,
 * first against a healthy replica, then against one that answers 10% of requests with a server error
 * (REPLICA_ERROR_RATE=10%), 20 times the 0.5% a 99.5% objective allows. Its rules are generated from config/slo.yml
 * by the code that generates the committed ones, with every window 60 times shorter: the page's windows are 1m and
 * 5s, 6m and 30s, and the 30-day budget's 12h, longer than the test. The dashboard's budget query is the one asked.
 */
class SloAlertsRunTest {

    private static final int SHORTER_BY = 60;
    private static final Duration DEADLINE = Duration.ofSeconds(180);
    /** Prometheus scrapes and evaluates once a second: a look between two of them sees nothing new. */
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final String PAGE = "PokeApiAvailabilityFastBurn";
    /** The page's series while it is pending or firing; absent otherwise. */
    private static final String PAGE_ALERTS = "ALERTS{alertname=\"" + PAGE + "\"}";
    private static final String SLO = "availability";
    /** Evaluations of the page's long window, with requests in it, that a healthy replica must leave silent. */
    private static final int SILENT_EVALUATIONS = 30;
    /** The page's long window, 1h, shortened. */
    private static final String LONG_WINDOW = "1m";
    /** Longer than the test lasts. */
    private static final String WHOLE_TEST = "30m";

    @TempDir
    Path work;

    private Map<String, String> settings(String phase, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica", "TAGS", "@smoke",
                "SERVE_INTERVAL", "1s", "REPORTS_DIR", work.resolve("reports-" + phase).toString()));
        settings.putAll(extra);
        return settings;
    }

    @Test
    void aReplicaFailingOneRequestInTenPagesAndSpendsTheBudgetWhereAHealthyOneLeavesThePageSilent() throws Exception {
        StackTool.require("prometheus", "apt-get install prometheus",
                "the SLO alerts were not run against a real Prometheus");
        Path rules = Files.writeString(work.resolve("slo_rules.yml"),
                SloRuleFile.generate(SloRuleFile.CONFIG, TimeScale.shorterBy(SHORTER_BY)));
        int healthyPort = TestHttp.freePort();
        int failingPort = TestHttp.freePort();
        // The objectives add up each endpoint's requests over every instance: the two serve processes, one after
        // the other, are one history of the API for them.
        try (PrometheusServer prometheus = PrometheusServer.start(work, "test-runner",
                List.of("127.0.0.1:" + healthyPort, "127.0.0.1:" + failingPort), List.of(rules))) {
            try (ServedSuite healthy = ServedSuite.start(settings("healthy", Map.of()), work, healthyPort)) {
                waitFor(healthy, prometheus, "the page evaluated " + SILENT_EVALUATIONS + " times over requests",
                        () -> !result(prometheus, "count_over_time(" + ratio("1h") + "[" + LONG_WINDOW + "]) >= "
                                + SILENT_EVALUATIONS).isEmpty());

                assertThat(result(prometheus, "count_over_time(" + PAGE_ALERTS + "[" + WHOLE_TEST + "])"))
                        .as("%s pending or firing against a healthy replica", PAGE).isEmpty();
                assertThat(result(prometheus, "max_over_time(" + ratio("1h") + "[" + WHOLE_TEST + "]) > 0"))
                        .as("endpoints with bad requests against a healthy replica").isEmpty();
                assertThat(budgetLeft(prometheus)).as("the budget left by endpoint").isNotEmpty()
                        .allSatisfy((endpoint, left) -> assertThat(left).as(endpoint).isEqualTo(1.0));
            }

            try (ServedSuite failing = ServedSuite.start(settings("failing", Map.of("REPLICA_ERROR_RATE", "10%")),
                    work, failingPort)) {
                AtomicReference<JsonObject> page = new AtomicReference<>();
                waitFor(failing, prometheus, PAGE + " pending or firing", () -> {
                    JsonArray alerts = result(prometheus, PAGE_ALERTS);
                    alerts.forEach(alert -> page.set(labels(alert)));
                    return !alerts.isEmpty();
                });
                String endpoint = page.get().get("endpoint").getAsString();
                assertThat(page.get().get("severity").getAsString()).isEqualTo("critical");

                // From 100% when the healthy replica stopped to below nothing: the page needs over 3% of the
                // requests bad over 6m, longer than the test, or 7.2% over the last minute, far past the 0.5% of
                // the test's requests the budget allows.
                assertThat(budgetLeft(prometheus)).as("the budget left by endpoint once %s paged", endpoint)
                        .hasEntrySatisfying(endpoint, left -> assertThat(left).isLessThan(0));
            }
        }
    }

    private static String ratio(String window) {
        return SloRules.ERROR_RATIO + window + "{" + SloRules.SLO_LABEL + "=\"" + SLO + "\"}";
    }

    /** What the dashboard's error budget panel shows now for the availability objective, by endpoint. */
    private static Map<String, Double> budgetLeft(PrometheusServer prometheus) {
        Dashboards.Query panel = Dashboards.queries("prometheus").stream()
                .filter(query -> query.panel().startsWith("Error budget left")).findFirst()
                .orElseThrow(() -> new AssertionError("no error budget panel in the dashboards"));
        Map<String, Double> left = new HashMap<>();
        for (JsonElement series : result(prometheus, panel.concrete())) {
            if (SLO.equals(labels(series).get("slo").getAsString())) {
                left.put(labels(series).get("endpoint").getAsString(),
                        Double.parseDouble(series.getAsJsonObject().getAsJsonArray("value").get(1).getAsString()));
            }
        }
        return left;
    }

    private static JsonArray result(PrometheusServer prometheus, String promql) {
        JsonObject answer = prometheus.query(promql);
        assertThat(answer.get("status").getAsString()).as("%s: %s", promql, answer).isEqualTo("success");
        return answer.getAsJsonObject("data").getAsJsonArray("result");
    }

    private static JsonObject labels(JsonElement series) {
        return series.getAsJsonObject().getAsJsonObject("metric");
    }

    /**
     * Looks once a second until {@code seen}; fails with what serve printed and the availability ratios Prometheus
     * recorded if serve ends first or it never is.
     */
    private static void waitFor(ServedSuite serve, PrometheusServer prometheus, String what, Callable<Boolean> seen) {
        try {
            await(what).atMost(DEADLINE).pollDelay(Duration.ZERO).pollInterval(LOOK_EVERY).until(() -> {
                if (!serve.isAlive()) {
                    throw new AssertionError(serve.lastSaid("serve ended before " + what));
                }
                return seen.call();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(serve.lastSaid("no " + what + " within " + DEADLINE.toSeconds() + " s; ratios "
                    + "over 1h and 5m (shortened): " + result(prometheus, ratio("1h")) + " "
                    + result(prometheus, ratio("5m"))), e);
        }
    }
}
