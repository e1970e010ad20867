package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Grafana provisioning and dashboards: what they show, and that every query has a source to ask. */
class DashboardsTest {

    /**
     * The Loki stream labels the dashboards select the suite's lines by: Promtail labels each container's lines
     * with its Compose service; every other field (level, scenario, endpoint…) comes from the JSON line itself.
     */
    static final Map<String, String> STREAM_LABELS = Map.of("service", "test-runner");

    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    private static final Pattern STREAM_SELECTOR = Pattern.compile("^\\{([^}]*)}");
    /** A recorded series' name: level, metric and operations, separated by colons. */
    private static final Pattern RECORDED_SERIES = Pattern.compile("\\b[a-z_]+:[a-z_]+:[a-z0-9_]+\\b");

    private static Map<String, String> datasourceTypes() {
        List<Map<String, Object>> datasources = StackFiles.get(StackFiles.yaml(StackFiles.DATASOURCES), "datasources");
        return datasources.stream().collect(Collectors.toMap(ds -> (String) ds.get("uid"), ds -> (String) ds.get("type")));
    }

    private static JsonObject dashboard(String uid) {
        return Dashboards.all().values().stream().filter(d -> uid.equals(d.get("uid").getAsString())).findFirst()
                .orElseThrow(() -> new AssertionError("no dashboard with uid " + uid));
    }

    private static List<String> titles(JsonObject dashboard) {
        return Dashboards.panels(dashboard).stream().map(panel -> panel.get("title").getAsString()).toList();
    }

    @Test
    void grafanaGetsPrometheusAndLokiWithFixedUidsAndLoadsTheDashboardsFolder() {
        List<Map<String, Object>> datasources = StackFiles.get(StackFiles.yaml(StackFiles.DATASOURCES), "datasources");
        assertThat(datasources).anySatisfy(ds -> assertThat(ds).containsEntry("uid", "prometheus")
                .containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090"));
        assertThat(datasources).anySatisfy(ds -> assertThat(ds).containsEntry("uid", "loki")
                .containsEntry("type", "loki").containsEntry("url", "http://loki:3100"));

        List<Map<String, Object>> providers = StackFiles.get(StackFiles.yaml(StackFiles.DASHBOARD_PROVIDERS), "providers");
        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).containsEntry("type", "file");
            assertThat(StackFiles.<Map<String, Object>>get(provider, "options"))
                    .containsEntry("path", "/var/lib/grafana/dashboards");
        });
    }

    @Test
    void everyDashboardIsJsonWithAUniqueUidAndTitledPanelsWithQueries() {
        Map<Path, JsonObject> dashboards = Dashboards.all();

        assertThat(dashboards).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dashboards.values().stream().map(d -> d.get("uid").getAsString()).distinct()).hasSize(dashboards.size());
        dashboards.forEach((file, dashboard) -> assertThat(Dashboards.panels(dashboard)).as("%s", file).isNotEmpty()
                .allSatisfy(panel -> {
                    assertThat(panel.get("title").getAsString()).isNotBlank();
                    assertThat(panel.getAsJsonArray("targets")).as("%s", panel.get("title")).isNotEmpty();
                }));
    }

    @Test
    void theSuiteDashboardShowsLatencyWithItsBaselineFailuresHistoryResilienceAndLogs() {
        JsonObject suite = dashboard("pokeapi-suite");

        assertThat(titles(suite)).contains("Latency by endpoint: P50, P95 and the baseline", "Requests by endpoint",
                "Failed steps by endpoint and failure type", "Failure rate by endpoint", "Scenario attempts by status",
                "Schema changes (cumulative)", "Flaky scenarios (cumulative)", "Retries by endpoint and reason",
                "New failures (cumulative) and scenarios still failing",
                "Open circuits", "Suite logs", "Last run");
        List<String> latency = Dashboards.queries("prometheus").stream()
                .filter(query -> query.panel().startsWith("Latency by endpoint")).map(Dashboards.Query::expr).toList();
        assertThat(latency).anyMatch(expr -> expr.startsWith("histogram_quantile(0.50,"))
                .anyMatch(expr -> expr.startsWith("histogram_quantile(0.95,"))
                .anyMatch(expr -> expr.contains("pokeapi_suite_baseline_p95_seconds"));
        Set<String> variables = new HashSet<>();
        suite.getAsJsonObject("templating").getAsJsonArray("list")
                .forEach(variable -> variables.add(variable.getAsJsonObject().get("name").getAsString()));
        assertThat(variables).contains("endpoint", "level", "scenario");
    }

    @Test
    void theServiceLevelRowShowsEachObjectiveItsBudgetLeftAndBurnRateFromSeriesTheSloRulesRecord() {
        JsonObject suite = dashboard("pokeapi-suite");
        assertThat(titles(suite)).contains("Objectives", "Error budget left over 30 days", "Burn rate over 1h and 6h");

        Set<String> recorded = new HashSet<>();
        List<Object> groups = StackFiles.get(StackFiles.yaml(StackFiles.SLO_RULES), "groups");
        groups.forEach(group -> StackFiles.<List<Map<String, Object>>>get(group, "rules").stream()
                .filter(rule -> rule.containsKey("record")).forEach(rule -> recorded.add((String) rule.get("record"))));
        Set<String> read = new HashSet<>();
        for (Dashboards.Query query : Dashboards.queries("prometheus")) {
            Matcher series = RECORDED_SERIES.matcher(query.expr());
            while (series.find()) {
                read.add(series.group());
            }
        }
        assertThat(read).as("series the dashboards read from the SLO rules").isNotEmpty();
        assertThat(recorded).as("series %s records", StackFiles.SLO_RULES).containsAll(read);
    }

    @Test
    void theLoadDashboardShowsLocustUsersRequestsFailuresAndPercentiles() {
        JsonObject load = dashboard("pokeapi-load");

        String queries = Dashboards.queries("prometheus").stream().filter(query -> query.dashboard()
                .equals(load.get("title").getAsString())).map(Dashboards.Query::expr).collect(Collectors.joining("\n"));
        assertThat(queries).contains("locust_users", "locust_requests_current_rps", "locust_requests_num_failures",
                "locust_requests_current_response_time_percentile_50",
                "locust_requests_current_response_time_percentile_95");
    }

    @Test
    void everyQueryAsksAProvisionedDataSourceOfItsTypeWithVariablesTheDashboardDefines() {
        Map<String, String> types = datasourceTypes();
        Dashboards.all().forEach((file, dashboard) -> {
            Set<String> defined = new HashSet<>();
            dashboard.getAsJsonObject("templating").getAsJsonArray("list")
                    .forEach(variable -> defined.add(variable.getAsJsonObject().get("name").getAsString()));
            for (JsonObject panel : Dashboards.panels(dashboard)) {
                JsonObject datasource = panel.getAsJsonObject("datasource");
                assertThat(types).as("%s: %s", file, panel.get("title"))
                        .containsEntry(datasource.get("uid").getAsString(), datasource.get("type").getAsString());
                for (JsonElement target : panel.getAsJsonArray("targets")) {
                    JsonObject query = target.getAsJsonObject();
                    assertThat(query.getAsJsonObject("datasource")).isEqualTo(datasource);
                    Matcher variable = VARIABLE.matcher(query.get("expr").getAsString());
                    while (variable.find()) {
                        assertThat(variable.group(1)).as("a variable of %s", panel.get("title"))
                                .satisfiesAnyOf(name -> assertThat(name).startsWith("__"),
                                        name -> assertThat(defined).contains(name));
                    }
                }
            }
        });
    }

    @Test
    void logQueriesSelectTheSuitesStreamByTheLabelsPromtailGivesIt() throws Exception {
        List<Dashboards.Query> logs = Dashboards.queries("loki");
        assertThat(logs).isNotEmpty();
        for (Dashboards.Query query : logs) {
            Matcher selector = STREAM_SELECTOR.matcher(query.expr());
            assertThat(selector.find()).as("%s starts with a stream selector", query).isTrue();
            List<String> matchers = new ArrayList<>();
            STREAM_LABELS.forEach((label, value) -> matchers.add(label + "=\"" + value + "\""));
            assertThat(List.of(selector.group(1).split(",\\s*"))).as("%s", query)
                    .containsExactlyInAnyOrderElementsOf(matchers);
            assertThat(query.expr()).as("fields come from the JSON line").contains("| json |");
        }
        // Promtail's pipeline is part of the stack: once it is there, it must label the suite's stream so.
        if (Files.exists(StackFiles.PROMTAIL)) {
            String promtail = Files.readString(StackFiles.PROMTAIL);
            STREAM_LABELS.forEach((label, value) -> assertThat(promtail).as(StackFiles.PROMTAIL.toString())
                    .contains(label).contains(value));
        }
    }
}
