package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.cli.SuiteProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promtail's pipeline against the suite's real JSON lines: a run of the command line with LOG_FORMAT=json against
 * a replica whose first answer for Pikachu is a 503, so that a WARN line and a retry event are among them.
 */
class PromtailPipelineTest {

    private static final String REQUESTS = "io.pokeapi.suite.logging.RequestLogInterceptor";
    private static final String SCENARIO_RESULTS = "io.pokeapi.suite.logging.ScenarioLogPlugin";
    private static final String RESILIENCE_EVENTS = "io.pokeapi.suite.observability.ResilienceEvents";
    // The target probe asks for the API root before the run and in the features' BeforeAll hook: no scenario's.
    private static final String TARGET_PROBE = "/";
    /** Label values must come from a small closed set: each distinct label set is a stream Loki indexes. */
    private static final Map<String, Set<String>> CLOSED_SETS = Map.of(
            "level", Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR"));

    /** For each field the pipeline may extract, the lines of a run that must carry it. */
    private static final Map<String, Function<List<JsonObject>, List<JsonObject>>> WHERE_EXPECTED = Map.of(
            "time", lines -> lines,
            "level", lines -> lines,
            "run_id", lines -> lines.subList(firstWith(lines, "run_id"), lines.size()),
            "scenario", lines -> lines.stream().filter(line -> logger(line).equals(SCENARIO_RESULTS)
                    || logger(line).equals(REQUESTS) && !text(line, "endpoint").equals(TARGET_PROBE)).toList(),
            "endpoint", lines -> lines.stream().filter(line -> logger(line).equals(REQUESTS)
                    || logger(line).equals(RESILIENCE_EVENTS)).toList());

    private static PromtailPipeline pipeline;
    private static List<JsonObject> lines;
    private static String runId;

    @BeforeAll
    static void runTheSuiteWithJsonLines(@TempDir Path work) throws Exception {
        pipeline = PromtailPipeline.read(PromtailPipeline.config());
        Path reports = work.resolve("reports");
        SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "LOG_FORMAT", "json",
                "TAGS", "@pokemon and not @negative", "REPORTS_DIR", reports.toString(),
                "REPLICA_FAIL_FIRST", "/api/v2/pokemon/pikachu:1:503"), work, "run");
        assertThat(result.exitCode()).as(result.all()).isZero();
        lines = result.jsonLines();
        runId = JsonParser.parseString(Files.readString(reports.resolve("run-summary.json"))).getAsJsonObject()
                .get("run").getAsString();
    }

    @Test
    void everyFieldTheJsonStageExtractsIsInTheSuitesLinesWhereExpected() {
        assertThat(pipeline.expressions()).as("the json stage's fields").containsKeys("level", "time");
        pipeline.expressions().forEach((name, expression) -> {
            assertThat(expression).as("%s: the suite's lines are flat, each field a top-level key", name)
                    .matches("[A-Za-z_][A-Za-z0-9_]*");
            assertThat(lines.stream().anyMatch(line -> line.has(expression))).as("a line of the run carries %s",
                    expression).isTrue();
            assertThat(WHERE_EXPECTED).as("where the suite's lines carry %s (add it to WHERE_EXPECTED)", expression)
                    .containsKey(expression);
            List<JsonObject> expected = WHERE_EXPECTED.get(expression).apply(lines);
            assertThat(expected).as("lines that must carry %s", expression).isNotEmpty()
                    .allSatisfy(line -> assertThat(text(line, expression)).as("%s of %s", expression, line)
                            .isNotBlank());
        });
        assertThat(lines).filteredOn(line -> line.has("run_id")).extracting(line -> text(line, "run_id"))
                .containsOnly(runId);
    }

    @Test
    void labelsTakeOnlyFieldsOfASmallClosedSetAndTheRestIsStructuredMetadata() {
        assertThat(pipeline.labels()).as("the labels the pipeline adds").isNotEmpty();
        pipeline.labels().forEach((label, source) -> {
            assertThat(pipeline.expressions()).as("label %s comes from an extracted field", label).containsKey(source);
            assertThat(CLOSED_SETS).as("%s as a label: a field whose values are few and known", source)
                    .containsKey(source);
            Set<String> values = lines.stream().map(line -> text(line, source)).collect(Collectors.toSet());
            assertThat(CLOSED_SETS.get(source)).as("values of %s in a run", source).containsAll(values);
        });
        assertThat(lines).extracting(line -> text(line, "level")).as("a run's levels").contains("INFO", "WARN");
        assertThat(pipeline.structuredMetadata().values()).as("structured metadata comes from extracted fields")
                .isSubsetOf(pipeline.expressions().keySet())
                .as("the fields of many values that queries filter on").contains("run_id", "scenario", "endpoint")
                .doesNotContainAnyElementsOf(pipeline.labels().values());
        assertThat(lines.stream().map(line -> text(line, "scenario")).distinct().count())
                .as("scenario names in one run: far too many values for a label").isGreaterThan(10);
    }

    @Test
    void eachLinesTimeIsItsTimestamp() {
        assertThat(pipeline.expressions()).containsKey(pipeline.timestampSource());
        assertThat(pipeline.timestampFormat()).as("a format this test reads as RFC 3339").isIn("RFC3339", "RFC3339Nano");
        String field = pipeline.expressions().get(pipeline.timestampSource());
        assertThat(lines).allSatisfy(line -> {
            try {
                assertThat(OffsetDateTime.parse(text(line, field), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .getOffset().getTotalSeconds()).as("UTC").isZero();
            } catch (DateTimeParseException e) {
                throw new AssertionError("not an RFC 3339 time: " + line, e);
            }
        });
    }

    @Test
    void theSuitesLinesAreSelectedByLabelsTheRelabelRulesGive() {
        assertThat(pipeline.relabelledLabels()).contains("service", "project", "container", "stream");
        Matcher matchers = Pattern.compile("(\\w+)\\s*(=|!=|=~|!~)\\s*\"([^\"]*)\"").matcher(pipeline.selector());
        List<String> selected = matchers.results().map(match -> match.group(1) + "=" + match.group(3)).toList();
        // JSON lines are the suite's standard output alone; its report goes to standard error.
        assertThat(selected).as("the selector %s", pipeline.selector()).contains("service=test-runner", "stream=stdout");
        selected.forEach(matcher -> assertThat(pipeline.relabelledLabels()).as("a label of the selector")
                .contains(matcher.substring(0, matcher.indexOf('='))));
    }

    private static int firstWith(List<JsonObject> lines, String field) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).has(field)) {
                return i;
            }
        }
        throw new AssertionError("no line carries " + field);
    }

    private static String logger(JsonObject line) {
        return text(line, "logger");
    }

    private static String text(JsonObject line, String field) {
        return line.has(field) && !line.get(field).isJsonNull() ? line.get(field).getAsString() : "";
    }
}
