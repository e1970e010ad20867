package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.stack.Dashboards;
import io.pokeapi.suite.stack.PrometheusServer;
import io.pokeapi.suite.stack.StackTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Grafana dashboards against what the suite really exports: a real Prometheus scrapes the serve mode, whose
 * runs find a schema change, a slower baseline, a flaky scenario, retries and a failing endpoint, and every
 * panel's query must return data. The history records into a throwaway database on 127.0.0.1:5432.
 */
class DashboardQueriesRunTest {

    private static final Duration DEADLINE = Duration.ofSeconds(150);
    /** Prometheus scrapes and evaluates once a second: a look between two of them sees nothing new. */
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    /** Locust's metrics exist while a load test runs: LocustPanelsTest checks those panels against one. */
    private static final String LOCUST = "locust_";
    private static final Pattern LOG_FIELD = Pattern.compile("\\| (\\w+)=~|\\{\\{\\.(\\w+)}}");

    @TempDir
    Path work;

    @RegisterExtension
    final ThrowawayDatabase throwaway = new ThrowawayDatabase("suite_stack_");

    private Map<String, String> settings(Map<String, String> extra) {
        // Beyond the smoke scenarios, the Pokémon lookups give /pokemon/{name} the samples a baseline needs.
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica",
                "TAGS", "@smoke or (@pokemon and not @negative and not @contract)", "HISTORY", "on", "POSTGRES_HOST", "127.0.0.1", "POSTGRES_DB", throwaway.name(),
                "REPORTS_DIR", work.resolve("reports").toString()));
        settings.putAll(extra);
        return settings;
    }

    @Test
    void everySuitePanelQueryHasDataFromARealPrometheusScrapingServeAndTheLocustQueriesParse() throws Exception {
        StackTool.require("prometheus", "apt-get install prometheus", "no dashboard query was run against a real Prometheus");
        // A first run over Pokémon without past_abilities, at full speed: the served runs over the bundled
        // fixtures then find a schema change (past_abilities added) and are slower than the baselines.
        Path variant = FixtureVariant.copyOfBundled(work.resolve("variant"));
        try (Stream<Path> pokemon = Files.list(variant.resolve("data/api/v2/pokemon"))) {
            for (Path document : pokemon.filter(dir -> Files.exists(dir.resolve("index.json"))).toList()) {
                String id = document.getFileName().toString();
                if (id.matches("\\d+")) {
                    FixtureVariant.edit(variant, "pokemon", Integer.parseInt(id), p -> p.remove("past_abilities"));
                }
            }
        }
        SuiteProcess.Result first = SuiteProcess.run(settings(Map.of("REPLICA_DATA", variant.toString(),
                "RETRIES", "0")), work, "run");
        assertThat(first.exitCode()).as(first.all()).isZero();

        // The served runs' latency is far above what a cold JVM on a busy machine adds to the first run's, so
        // that they are slower than its baselines however loaded the machine.
        Map<String, String> served = settings(Map.of("SERVE_INTERVAL", "1s", "RETRIES", "1",
                "REPLICA_LATENCY", "250ms", "RATE_LIMIT", "20/s",
                // Static fails once (a flaky scenario), Pikachu's first answer is retried, Electric always fails.
                "REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500,/api/v2/pokemon/pikachu:1:503,"
                        + "/api/v2/type/electric:1000000:500"));
        try (ServedSuite serve = ServedSuite.start(served, work);
             PrometheusServer prometheus = PrometheusServer.start(work, "test-runner",
                     List.of("127.0.0.1:" + serve.port()))) {
            List<Dashboards.Query> queries = Dashboards.queries("prometheus");
            List<Dashboards.Query> suite = queries.stream().filter(q -> !q.expr().contains(LOCUST)).toList();
            List<Dashboards.Query> locust = queries.stream().filter(q -> q.expr().contains(LOCUST)).toList();
            assertThat(suite).hasSizeGreaterThan(15);
            assertThat(locust).isNotEmpty();

            Map<Dashboards.Query, JsonArray> results = resultsOnceAllHaveData(prometheus, serve, suite);

            assertThat(labelValues(results, "Latency by endpoint", "histogram_quantile(0.95", "endpoint"))
                    .contains("/pokemon/{name}", "/type/{name}");
            assertThat(labelValues(results, "Latency by endpoint", "baseline_p95", "endpoint"))
                    .contains("/pokemon/{name}");
            assertThat(labelValues(results, "Schema changes", "", "change_type")).contains("field_added");
            assertThat(labelValues(results, "Schema changes", "", "endpoint")).contains("/pokemon/{id}");
            assertThat(labelValues(results, "Failed steps", "", "failure_type")).contains("status");
            assertThat(labelValues(results, "Flaky scenarios", "", "feature")).contains("Looking up abilities");
            assertThat(labelValues(results, "New failures", "new_failures", "feature")).as("Electric always fails")
                    .contains("Looking up types");
            assertThat(labelValues(results, "Retries", "", "reason")).contains("503");
            for (Dashboards.Query query : locust) {
                JsonObject answer = prometheus.query(query.concrete());
                assertThat(answer.get("status").getAsString()).as("%s: %s", query, answer).isEqualTo("success");
            }

            JsonArray groups = prometheus.get("/api/v1/rules").getAsJsonObject("data").getAsJsonArray("groups");
            List<String> unhealthy = new ArrayList<>();
            groups.forEach(group -> group.getAsJsonObject().getAsJsonArray("rules").forEach(rule -> {
                if (!"ok".equals(rule.getAsJsonObject().get("health").getAsString())) {
                    unhealthy.add(rule.toString());
                }
            }));
            assertThat(unhealthy).as("rules Prometheus could not evaluate").isEmpty();
            Map<String, Set<String>> alerts = alertsWhen(prometheus, serve, Set.of("PokeApiSchemaChanged",
                    "PokeApiLastRunFailed", "PokeApiFlakyScenarios", "PokeApiBaselineRegression"));
            assertThat(alerts.get("PokeApiSchemaChanged")).contains("/pokemon/{id}");
            assertThat(alerts.get("PokeApiBaselineRegression")).contains("/pokemon/{name}");
            assertThat(alerts).doesNotContainKey("PokeApiRunnerDown").doesNotContainKey("PokeApiNoRecentRun");
        }
    }

    /** Queries Prometheus until every query has a result, and returns them; fails naming those without. */
    private static Map<Dashboards.Query, JsonArray> resultsOnceAllHaveData(PrometheusServer prometheus,
            ServedSuite serve, List<Dashboards.Query> queries) {
        AtomicReference<Map<Dashboards.Query, JsonArray>> results = new AtomicReference<>(Map.of());
        AtomicReference<List<String>> empty = new AtomicReference<>(List.of());
        try {
            await("every suite panel query with data").atMost(DEADLINE).pollDelay(Duration.ZERO)
                    .pollInterval(LOOK_EVERY).until(() -> {
                        results.set(results(prometheus, queries));
                        empty.set(results.get().entrySet().stream().filter(entry -> entry.getValue().isEmpty())
                                .map(entry -> entry.getKey().toString()).toList());
                        return empty.get().isEmpty() || !serve.isAlive();
                    });
        } catch (ConditionTimeoutException e) {
            // reported below, naming the queries without data
        }
        if (!empty.get().isEmpty()) {
            throw new AssertionError(serve.lastSaid("queries without data after " + DEADLINE.toSeconds()
                    + " s:\n  " + String.join("\n  ", empty.get())));
        }
        return results.get();
    }

    private static Map<Dashboards.Query, JsonArray> results(PrometheusServer prometheus,
            List<Dashboards.Query> queries) {
        Map<Dashboards.Query, JsonArray> results = new LinkedHashMap<>();
        for (Dashboards.Query query : queries) {
            JsonObject answer = prometheus.query(query.concrete());
            assertThat(answer.get("status").getAsString()).as("%s: %s", query, answer).isEqualTo("success");
            results.put(query, answer.getAsJsonObject("data").getAsJsonArray("result"));
        }
        return results;
    }

    /** The values of a label in the results of the queries of panels titled so, whose expression contains that. */
    private static Set<String> labelValues(Map<Dashboards.Query, JsonArray> results, String panel, String exprPart,
            String label) {
        Set<String> values = new HashSet<>();
        results.forEach((query, result) -> {
            if (query.panel().startsWith(panel) && query.expr().contains(exprPart)) {
                result.forEach(series -> {
                    JsonElement value = series.getAsJsonObject().getAsJsonObject("metric").get(label);
                    if (value != null) {
                        values.add(value.getAsString());
                    }
                });
            }
        });
        return values;
    }

    /** Waits until these alerts fire; returns every firing alert with the endpoints it names. */
    private static Map<String, Set<String>> alertsWhen(PrometheusServer prometheus, ServedSuite serve,
            Set<String> expected) {
        AtomicReference<Map<String, Set<String>>> alerts = new AtomicReference<>(Map.of());
        try {
            await("alerts " + expected + " firing").atMost(DEADLINE).pollDelay(Duration.ZERO)
                    .pollInterval(LOOK_EVERY).until(() -> {
                        alerts.set(firing(prometheus));
                        return alerts.get().keySet().containsAll(expected) || !serve.isAlive();
                    });
        } catch (ConditionTimeoutException e) {
            // reported below, with the rules as Prometheus evaluates them
        }
        if (!alerts.get().keySet().containsAll(expected)) {
            throw new AssertionError("alerts " + alerts.get().keySet() + " rather than all of " + expected
                    + "\n" + prometheus.get("/api/v1/rules"));
        }
        return alerts.get();
    }

    /** The alerts firing now, each with the endpoints it names. */
    private static Map<String, Set<String>> firing(PrometheusServer prometheus) {
        Map<String, Set<String>> alerts = new HashMap<>();
        for (JsonElement element : prometheus.get("/api/v1/alerts").getAsJsonObject("data").getAsJsonArray("alerts")) {
            JsonObject alert = element.getAsJsonObject();
            if (!"firing".equals(alert.get("state").getAsString())) {
                continue;
            }
            JsonObject labels = alert.getAsJsonObject("labels");
            Set<String> endpoints = alerts.computeIfAbsent(labels.get("alertname").getAsString(),
                    name -> new HashSet<>());
            if (labels.has("endpoint")) {
                endpoints.add(labels.get("endpoint").getAsString());
            }
        }
        return alerts;
    }

    @Test
    void logQueriesFilterOnlyOnFieldsOfTheSuitesJsonLines() throws Exception {
        SuiteProcess.Result run = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@smoke", "LOG_FORMAT", "json",
                "REPORTS_DIR", work.resolve("reports").toString()), work, "run");
        assertThat(run.exitCode()).as(run.all()).isZero();
        Set<String> fields = new HashSet<>();
        Set<String> levels = new HashSet<>();
        run.out().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).forEach(line -> {
            fields.addAll(line.keySet());
            levels.add(line.get("level").getAsString());
        });

        List<Dashboards.Query> logs = Dashboards.queries("loki");
        assertThat(logs).isNotEmpty();
        for (Dashboards.Query query : logs) {
            Matcher field = LOG_FIELD.matcher(query.expr());
            Set<String> used = new HashSet<>();
            while (field.find()) {
                used.add(field.group(1) != null ? field.group(1) : field.group(2));
            }
            assertThat(used).as("%s", query).contains("level", "endpoint", "scenario");
            assertThat(fields).as("fields of the suite's JSON lines, for %s", query).containsAll(used);
        }
        Set<String> levelChoices = Dashboards.all().values().stream()
                .flatMap(dashboard -> dashboard.getAsJsonObject("templating").getAsJsonArray("list").asList().stream())
                .map(JsonElement::getAsJsonObject).filter(variable -> "level".equals(variable.get("name").getAsString()))
                .flatMap(variable -> List.of(variable.get("query").getAsString().split(",")).stream())
                .collect(Collectors.toSet());
        assertThat(levelChoices).as("the level variable offers every level the suite logs").containsAll(levels);
    }
}
