package io.pokeapi.suite.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The rules generated from config/slo.yml: committed as generated, and what they record and alert on. */
class SloRuleFileTest {

    private static final Pattern RANGE = Pattern.compile("\\[(\\w+)]");

    private static String generated(TimeScale scale) {
        return SloRuleFile.generate(SloRuleFile.CONFIG, scale);
    }

    /** Every rule of a generated file, in its order. */
    private static List<Map<String, Object>> rules(String file) {
        Map<String, Object> yaml = new Yaml().load(file);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object group : (List<?>) yaml.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> each = (Map<String, Object>) rule;
                rules.add(each);
            }
        }
        return rules;
    }

    private static String expr(String file, String alert) {
        return rules(file).stream().filter(rule -> alert.equals(rule.get("alert")))
                .map(rule -> (String) rule.get("expr")).findFirst()
                .orElseThrow(() -> new AssertionError("no alert " + alert + " in\n" + file));
    }

    private static Set<String> ranges(String text) {
        Set<String> ranges = new TreeSet<>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            ranges.add(range.group(1));
        }
        return ranges;
    }

    @Test
    void theCommittedRulesAreWhatSloYmlGenerates() throws Exception {
        assertThat(Files.readString(SloRuleFile.RULES))
                .as("%s is not what %s generates: run make slo-rules, and never edit the rules by hand",
                        SloRuleFile.RULES, SloRuleFile.CONFIG)
                .isEqualTo(generated(TimeScale.REAL));
    }

    @Test
    void eachObjectiveRecordsItsTargetAndItsErrorRatioOverEachWindowAndThePeriod() {
        List<String> recorded = rules(generated(TimeScale.REAL)).stream().filter(rule -> rule.containsKey("record"))
                .map(rule -> rule.get("record") + "{" + ((Map<?, ?>) rule.get("labels")).get("slo") + "}").toList();

        List<String> expected = new ArrayList<>();
        for (String slo : List.of("availability", "latency")) {
            expected.add(SloRules.OBJECTIVE + "{" + slo + "}");
            for (String window : List.of("5m", "30m", "1h", "6h", "1d", "3d", "30d")) {
                expected.add(SloRules.ERROR_RATIO + window + "{" + slo + "}");
            }
        }
        assertThat(recorded).containsExactlyElementsOf(expected);
    }

    @Test
    void thePageComparesBothOfEachPairOfWindowsWithItsBurnRateTimesTheErrorBudget() {
        String page = expr(generated(TimeScale.REAL), "PokeApiAvailabilityFastBurn");

        assertThat(page.replaceAll("\\s+", " ").trim()).isEqualTo("( "
                + SloRules.ERROR_RATIO + "1h{slo=\"availability\"} > (14.4 * 0.005) and "
                + SloRules.ERROR_RATIO + "5m{slo=\"availability\"} > (14.4 * 0.005) ) or ( "
                + SloRules.ERROR_RATIO + "6h{slo=\"availability\"} > (6 * 0.005) and "
                + SloRules.ERROR_RATIO + "30m{slo=\"availability\"} > (6 * 0.005) )");
        assertThat(expr(generated(TimeScale.REAL), "PokeApiLatencySlowBurn").replaceAll("\\s+", " ").trim())
                .isEqualTo("( " + SloRules.ERROR_RATIO + "3d{slo=\"latency\"} > (1 * 0.05) and "
                        + SloRules.ERROR_RATIO + "6h{slo=\"latency\"} > (1 * 0.05) )");
    }

    @Test
    void availabilityCountsServerErrorsAndRequestsWithoutAnswerLatencyThoseOverTheThresholdBucket() {
        List<Map<String, Object>> rules = rules(generated(TimeScale.REAL));
        String availability = ratio(rules, "availability");
        String latency = ratio(rules, "latency");

        assertThat(availability)
                .contains("pokeapi_suite_http_requests_total{job=\"test-runner\", status=~\"5..|none\"}[5m]")
                .contains("pokeapi_suite_http_requests_total{job=\"test-runner\"}[5m]");
        assertThat(latency)
                .contains("pokeapi_suite_http_request_duration_seconds_bucket{job=\"test-runner\", le=\"0.5\"}[5m]")
                .contains("pokeapi_suite_http_request_duration_seconds_count{job=\"test-runner\"}[5m]");
    }

    private static String ratio(List<Map<String, Object>> rules, String slo) {
        return rules.stream().filter(rule -> (SloRules.ERROR_RATIO + "5m").equals(rule.get("record"))
                && slo.equals(((Map<?, ?>) rule.get("labels")).get("slo"))).map(rule -> (String) rule.get("expr"))
                .findFirst().orElseThrow();
    }

    @Test
    void aShorterTimeScaleShortensTheRangesAndNothingElse() {
        String real = generated(TimeScale.REAL);
        String shorter = generated(TimeScale.shorterBy(60));

        assertThat(ranges(real)).containsExactlyInAnyOrder("5m", "30m", "1h", "6h", "1d", "3d", "30d");
        assertThat(ranges(shorter)).containsExactlyInAnyOrder("5s", "30s", "1m", "6m", "24m", "72m", "12h");
        assertThat(shorter).startsWith("# FOR TESTS ONLY: every window 60 times shorter");
        assertThat(withoutRangesAndComments(shorter)).isEqualTo(withoutRangesAndComments(real));
    }

    private static String withoutRangesAndComments(String rules) {
        return RANGE.matcher(rules.lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n"))
                .replaceAll("[]");
    }
}
