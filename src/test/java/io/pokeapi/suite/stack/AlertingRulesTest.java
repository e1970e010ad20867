package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.observability.Promtool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus configuration and its rules, hand-written and generated from slo.yml: valid for promtool, and each
 * alert tested both ways.
 */
class AlertingRulesTest {

    /** The rule files prometheus.yml names. */
    private static final List<Path> RULE_FILES = List.of(StackFiles.ALERTING_RULES, StackFiles.SLO_RULES);

    /** The alerts of every rule file: the hand-written ones and those generated from slo.yml. */
    private static List<Map<String, Object>> alerts() {
        return rules(RULE_FILES).stream().filter(rule -> rule.containsKey("alert")).toList();
    }

    private static List<Map<String, Object>> rules(List<Path> files) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Path file : files) {
            List<Object> groups = StackFiles.get(StackFiles.yaml(file), "groups");
            groups.forEach(group -> rules.addAll(StackFiles.get(group, "rules")));
        }
        return rules;
    }

    private static List<Map<String, Object>> scrapeConfig(String job) {
        List<Map<String, Object>> configs = StackFiles.get(StackFiles.yaml(StackFiles.PROMETHEUS), "scrape_configs");
        return configs.stream().filter(config -> job.equals(config.get("job_name"))).toList();
    }

    private static List<String> targets(Map<String, Object> scrapeConfig) {
        List<Object> staticConfigs = StackFiles.get(scrapeConfig, "static_configs");
        List<String> targets = new ArrayList<>();
        staticConfigs.forEach(config -> targets.addAll(StackFiles.get(config, "targets")));
        return targets;
    }

    @Test
    void prometheusScrapesTheRunnerEvery15sThePushgatewayWithItsPushedLabelsAndTheLocustExporter() {
        Map<String, Object> global = StackFiles.get(StackFiles.yaml(StackFiles.PROMETHEUS), "global");
        assertThat(global).containsEntry("scrape_interval", "15s");
        assertThat(scrapeConfig("test-runner")).singleElement()
                .satisfies(config -> assertThat(targets(config)).containsExactly("test-runner:8000"));
        assertThat(scrapeConfig("pushgateway")).singleElement().satisfies(config -> {
            assertThat(targets(config)).containsExactly("pushgateway:9091");
            assertThat(config).containsEntry("honor_labels", true);
        });
        assertThat(scrapeConfig("locust")).singleElement()
                .satisfies(config -> assertThat(targets(config)).containsExactly("locust-exporter:9646"));
        List<String> ruleFiles = StackFiles.get(StackFiles.yaml(StackFiles.PROMETHEUS), "rule_files");
        assertThat(ruleFiles).containsExactlyElementsOf(RULE_FILES.stream().map(file -> file.getFileName().toString())
                .toList());
    }

    @Test
    void everyAlertSaysWhatItIsAboutAndHowSevere() {
        assertThat(alerts()).extracting(alert -> alert.get("alert")).contains("PokeApiSchemaChanged",
                "PokeApiRunnerDown", "PokeApiNoRecentRun", "PokeApiLastRunFailed", "PokeApiCircuitOpen",
                "PokeApiBaselineRegression", "PokeApiFlakyScenarios", "PokeApiAvailabilityFastBurn",
                "PokeApiAvailabilitySlowBurn", "PokeApiLatencyFastBurn", "PokeApiLatencySlowBurn");
        assertThat(alerts()).allSatisfy(alert -> {
            Map<String, Object> labels = StackFiles.get(alert, "labels");
            Map<String, Object> annotations = StackFiles.get(alert, "annotations");
            assertThat(labels).as("%s", alert.get("alert")).containsKey("severity");
            assertThat(annotations).as("%s", alert.get("alert")).containsKeys("summary", "description");
            assertThat(annotations.get("summary") + " " + annotations.get("description")).as("%s", alert.get("alert"))
                    .contains("{{ $labels.");
        });
    }

    @Test
    void everyAlertHasAUnitTestWhereItFiresAndOneWhereItStaysSilent() {
        Set<Object> firing = new HashSet<>();
        Set<Object> silent = new HashSet<>();
        for (Path file : StackFiles.files(StackFiles.RULE_TESTS, ".yml")) {
            List<Object> tests = StackFiles.get(StackFiles.yaml(file), "tests");
            for (Object test : tests) {
                List<Object> alertTests = StackFiles.get(test, "alert_rule_test");
                for (Object alertTest : alertTests == null ? List.of() : alertTests) {
                    List<Object> expected = StackFiles.get(alertTest, "exp_alerts");
                    (expected == null || expected.isEmpty() ? silent : firing)
                            .add(StackFiles.<Object>get(alertTest, "alertname"));
                }
            }
        }

        assertThat(alerts()).allSatisfy(alert -> {
            assertThat(firing).as("tests where %s fires", alert.get("alert")).contains(alert.get("alert"));
            assertThat(silent).as("tests where %s stays silent", alert.get("alert")).contains(alert.get("alert"));
        });
    }

    @Test
    void promtoolAcceptsTheConfiguration() throws Exception {
        Promtool.Check check = Promtool.run(List.of("check", "config", StackFiles.PROMETHEUS.toString()),
                "prometheus.yml was not checked");

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: " + RULE_FILES.size() + " rule files found");
    }

    @Test
    void promtoolAcceptsTheRules() throws Exception {
        for (Path file : RULE_FILES) {
            Promtool.Check check = Promtool.run(List.of("check", "rules", file.toString()),
                    "the alerting rules were not checked");

            assertThat(check.exitCode()).as(check.output()).isZero();
            assertThat(check.output()).contains("SUCCESS: " + rules(List.of(file)).size() + " rules found");
        }
    }

    @Test
    void theRulesPassTheirPromtoolUnitTests() throws Exception {
        List<String> arguments = new ArrayList<>(List.of("test", "rules"));
        List<Path> files = StackFiles.files(StackFiles.RULE_TESTS, ".yml");
        files.forEach(file -> arguments.add(file.toString()));

        Promtool.Check check = Promtool.run(arguments, "the alerting rules' unit tests did not run");

        assertThat(files).isNotEmpty();
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output().lines().filter(line -> line.strip().equals("SUCCESS"))).hasSize(files.size());
    }
}
