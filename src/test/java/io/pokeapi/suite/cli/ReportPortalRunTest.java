package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.reportportal.FakeReportPortal;
import io.pokeapi.suite.reportportal.FakeReportPortalExtension;
import io.pokeapi.suite.reportportal.FakeReportPortal.Item;
import io.pokeapi.suite.reportportal.FakeReportPortal.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** ReportPortal end to end: the suite's command line in a fresh JVM, reporting to a fake ReportPortal. */
class ReportPortalRunTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path work;

    @RegisterExtension
    final FakeReportPortalExtension fakes = new FakeReportPortalExtension();

    private final FakeReportPortal reportPortal = fakes.reportPortal();

    @Test
    void aRunWithRetriesIsOneLaunchWithAnItemPerAttemptTheFlakyMarkerAndTheFailingResponse() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(settings(Map.of("RETRIES", "1",
                "REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500,/api/v2/type/electric:5:500")), work, "run");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
        assertThat(reportPortal.unknown()).isEmpty();
        JsonObject launch = single(reportPortal.launches());
        assertThat(launch.get("name").getAsString()).isEqualTo("pokeapi-suite");
        assertThat(launch.getAsJsonPrimitive("startTime").isNumber()).as("epoch millis for " + FakeReportPortal.DEFAULT_VERSION)
                .isTrue();
        assertThat(launch.get("description").getAsString()).contains("@smoke").contains("commit 0123456789ab");
        assertThat(attributes(launch)).containsEntry("suite", "@smoke").containsEntry("commit", COMMIT)
                .containsEntry("environment", "test").hasEntrySatisfying("target",
                        target -> assertThat(target).matches("http://127\\.0\\.0\\.1:\\d+/api/v2"));
        String launchUuid = launch.get("uuid").getAsString();
        assertThat(single(reportPortal.launchFinishes()).get("launchUuid").getAsString()).isEqualTo(launchUuid);
        assertThat(attributes(single(reportPortal.launchFinishes()))).containsEntry("flaky_scenarios", "1");

        List<Item> items = reportPortal.items();
        assertThat(items).allSatisfy(item -> {
            assertThat(item.start().get("launchUuid").getAsString()).isEqualTo(launchUuid);
            assertThat(item.finished()).as("finished: " + item.name()).isPresent();
        });
        Map<String, List<String>> statuses = scenarios(items).stream().collect(Collectors.groupingBy(
                item -> item.start().get("codeRef").getAsString(), java.util.TreeMap::new,
                Collectors.mapping(item -> item.finished().orElseThrow().get("status").getAsString(), Collectors.toList())));
        assertThat(statuses).hasSize(10)
                .containsEntry("features/type.feature:7", List.of("FAILED", "FAILED"))
                .containsEntry("features/ability.feature:7", List.of("FAILED", "PASSED"))
                .containsEntry("features/pokemon.feature:7", List.of("PASSED"));
        assertThat(statuses.values().stream().mapToInt(List::size).sum()).isEqualTo(12);

        List<Item> statics = scenarios(items).stream()
                .filter(item -> item.start().get("codeRef").getAsString().equals("features/ability.feature:7")).toList();
        Item retry = statics.get(1);
        assertThat(retry.start().get("retry").getAsBoolean()).isTrue();
        assertThat(retry.start().get("retryOf").getAsString()).isEqualTo(statics.get(0).uuid());
        assertThat(retry.parent()).as("a retry lands beside its first attempt").isEqualTo(statics.get(0).parent());
        JsonObject flaky = retry.finished().orElseThrow();
        assertThat(attributes(flaky)).containsEntry("flaky", "true");
        assertThat(flaky.get("description").getAsString()).startsWith("Flaky: failed once, then passed on attempt 2");
        assertThat(scenarios(items).stream().filter(item -> item != retry)
                .map(item -> attributes(item.finished().orElseThrow()))).allSatisfy(attributes ->
                assertThat(attributes).doesNotContainKey("flaky"));
        assertThat(tags(scenarios(items).stream()
                .filter(item -> item.start().get("codeRef").getAsString().equals("features/pokemon.feature:7"))
                .findFirst().orElseThrow())).contains("@smoke", "@regression", "@pokemon");

        List<Item> electric = scenarios(items).stream()
                .filter(item -> item.start().get("codeRef").getAsString().equals("features/type.feature:7")).toList();
        List<Log> attachments = reportPortal.logs().stream().filter(log -> log.attachment().isPresent()).toList();
        assertThat(attachments).hasSize(3); // static's failed attempt, both of electric's
        Log electricResponse = attachments.stream().filter(log -> log.message().contains("/type/electric")).findFirst()
                .orElseThrow();
        assertThat(electricResponse.level()).isEqualTo("ERROR");
        assertThat(electricResponse.message()).contains("→ 500");
        assertThat(electricResponse.attachment().orElseThrow().text()).isEqualTo("Injected fault: 500");
        Item failedStep = items.stream().filter(item -> item.uuid().equals(
                electricResponse.request().get("itemUuid").getAsString())).findFirst().orElseThrow();
        assertThat(failedStep.name()).isEqualTo("Then it does double damage to Water and Flying");
        assertThat(electric).extracting(Item::uuid).contains(failedStep.parent());
        assertThat(result.all()).contains("Reported the run to ReportPortal at " + reportPortal.endpoint())
                .contains("it kept all " + (items.size() - 2) + " items and ");
        JsonObject kept = runSummary(work).getAsJsonObject("reportportal");
        assertThat(kept.get("launch").getAsString()).isEqualTo(launchUuid);
        assertThat(kept.get("complete").getAsBoolean()).isTrue();
        assertThat(kept.get("items_kept").getAsInt()).as("a retried attempt is its retry's, not the launch's")
                .isEqualTo(items.size() - 2);
    }

    /** The reports' run-summary.json of the run in {@code work}. */
    static JsonObject runSummary(Path work) throws Exception {
        return JsonParser.parseString(Files.readString(work.resolve("reports").resolve("run-summary.json")))
                .getAsJsonObject();
    }

    @Test
    void nothingIsSentWhenASettingIsMissingAndOneLineSaysWhich() throws Exception {
        Map<String, String> settings = settings(Map.of());
        settings.remove("REPORTPORTAL_API_TOKEN");

        SuiteProcess.Result result = SuiteProcess.run(settings, work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(reportPortal.requests()).isEmpty();
        assertThat(result.all().lines().filter(line -> line.contains("ReportPortal"))).singleElement().asString()
                .contains("REPORTPORTAL_API_TOKEN is not set").contains("WARN");
    }

    @Test
    void aReportPortalThatIsDownCostsOneWarningLineAndTheRunPasses() throws Exception {
        int closed = TestHttp.freePort();

        SuiteProcess.Result result = SuiteProcess.run(settings(Map.of("REPORTPORTAL_ENDPOINT",
                "http://127.0.0.1:" + closed)), work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("10 scenarios (10 passed)");
        assertThat(result.all().lines().filter(line -> line.contains("ReportPortal"))).singleElement().asString()
                .contains("ReportPortal at http://127.0.0.1:" + closed + " (project pokeapi) cannot be reached")
                .contains("Connection refused").contains("the run goes on without ReportPortal");
    }

    @Test
    void aTokenReportPortalRefusesCostsOneWarningLineAndNoToken() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(settings(Map.of("REPORTPORTAL_API_TOKEN", "wrong-token")),
                work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(reportPortal.launches()).isEmpty();
        assertThat(result.all().lines().filter(line -> line.contains("ReportPortal"))).singleElement().asString()
                .contains("answered 401").contains("check REPORTPORTAL_API_TOKEN");
        assertThat(result.all()).doesNotContain("wrong-token");
    }

    @Test
    void aSlowReportPortalCostsOneWarningLineAndTheRunDoesNotWaitForIt() throws Exception {
        Duration delay = Duration.ofMinutes(10); // longer than the run may take: it must not wait for the answers
        reportPortal.slowReporting(delay);
        Instant started = Instant.now();

        SuiteProcess.Result result = SuiteProcess.run(settings(Map.of("REPORTPORTAL_TIMEOUT", "1s")), work, "run");

        assertThat(Duration.between(started, Instant.now())).as(result.all()).isLessThan(delay);
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("10 scenarios (10 passed)");
        assertThat(result.all().lines().filter(line -> line.contains("ReportPortal"))).singleElement().asString()
                .contains("did not take the whole run").contains("requests failed or went unanswered within 1 s")
                .contains("The run goes on");
    }

    @Test
    void aSchemaChangeMarksItsScenarioAndTheLaunchWithTheDiffAsWarnings() throws Exception {
        String database = "suite_rp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        Map<String, String> history = Map.of("HISTORY", "on", "POSTGRES_HOST", "127.0.0.1", "POSTGRES_DB", database,
                "REPLICA_DATA", data.toString(), "TAGS", "@history");
        try {
            Map<String, String> first = new HashMap<>(history);
            first.putAll(Map.of("TARGET", "replica", "REPORTS_DIR", work.resolve("reports-1").toString()));
            SuiteProcess.Result recorded = SuiteProcess.run(first, work, "run");
            assertThat(recorded.exitCode()).as(recorded.all()).isZero();
            FixtureVariant.edit(data, "pokemon", 25, pikachu -> pikachu.add("color", new JsonPrimitive("yellow")));

            SuiteProcess.Result result = SuiteProcess.run(settings(history), work, "run");

            assertThat(result.exitCode()).as(result.all()).isZero();
            Item pokemonSchema = scenarios(reportPortal.items()).stream()
                    .filter(item -> item.name().equals("Scenario: Changes to the Pokémon schema since the last run are reported"))
                    .findFirst().orElseThrow();
            assertThat(attributes(pokemonSchema.finished().orElseThrow()))
                    .containsEntry("schema_change", "/pokemon/{name}");
            assertThat(scenarios(reportPortal.items()).stream().filter(item -> item != pokemonSchema)
                    .map(item -> attributes(item.finished().orElseThrow()))).allSatisfy(attributes ->
                    assertThat(attributes).doesNotContainKey("schema_change"));
            List<String> stepsOfIt = reportPortal.items().stream()
                    .filter(item -> pokemonSchema.uuid().equals(item.parent())).map(Item::uuid).toList();
            assertThat(reportPortal.logs()).filteredOn(log -> stepsOfIt.contains(itemOf(log)))
                    .filteredOn(log -> log.level().equals("WARN")).singleElement()
                    .satisfies(log -> assertThat(log.message()).contains("the pokémon schema changed since the last run")
                            .contains("/pokemon/{name} field_added color (string)"));
            List<Log> launchWarnings = reportPortal.logs().stream()
                    .filter(log -> log.launchLevel() && log.level().equals("WARN")).toList();
            assertThat(launchWarnings).extracting(Log::message).anySatisfy(message -> assertThat(message)
                            .startsWith("The schema of /pokemon/{id} changed since the last run:")
                            .contains("field_added color (string)"))
                    .anySatisfy(message -> assertThat(message)
                            .startsWith("The data of pokemon pikachu (25) changed since the last run:")
                            .contains("color: (absent) → \"yellow\""));
            assertThat(attributes(single(reportPortal.launchFinishes())))
                    .containsEntry("schema_change", "/pokemon/{id}").containsEntry("data_change", "/pokemon/{id}");
        } finally {
            Jdbi.create("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")
                    .useHandle(handle -> handle.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
        }
    }

    @Test
    void aFailingSweepCarriesEveryFindingToReportPortalAsItsStepsAttachment() throws Exception {
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        FixtureVariant.edit(data, "pokemon", 25, pikachu -> pikachu.addProperty("height", "tall"));

        SuiteProcess.Result result = SuiteProcess.run(settings(Map.of("TAGS", "@sweep and @contract",
                "SWEEP", "pokemon", "REPLICA_DATA", data.toString())), work, "run");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
        Log findings = reportPortal.logs().stream()
                .filter(log -> log.attachment().isPresent() && log.message().equals("sweep-contract-pokemon.txt"))
                .findFirst().orElseThrow(() -> new AssertionError("no sweep attachment among " + reportPortal.logs()));
        assertThat(findings.attachment().orElseThrow().text())
                .contains("height: expected integer but was string in 1 Pokémon: #25 pikachu");
        Item step = reportPortal.items().stream()
                .filter(item -> item.uuid().equals(findings.request().get("itemUuid").getAsString())).findFirst()
                .orElseThrow();
        assertThat(step.name()).startsWith("Then each of them honours the Pokémon contract");
    }

    private static String itemOf(Log log) {
        return log.request().has("itemUuid") && !log.request().get("itemUuid").isJsonNull()
                ? log.request().get("itemUuid").getAsString() : "";
    }

    private Map<String, String> settings(Map<String, String> extra) {
        return settings(reportPortal, work, extra);
    }

    /** The settings of a run in {@code work} against the replica, reported to {@code reportPortal}. */
    static Map<String, String> settings(FakeReportPortal reportPortal, Path work, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica", "TAGS", "@smoke", "RETRIES", "0",
                "REPORTS_DIR", work.resolve("reports").toString(),
                "REPORTPORTAL_ENDPOINT", reportPortal.endpoint().toString(),
                "REPORTPORTAL_PROJECT", FakeReportPortal.PROJECT,
                "REPORTPORTAL_API_TOKEN", FakeReportPortal.TOKEN,
                "ENVIRONMENT", "test", "GIT_COMMIT", COMMIT));
        settings.putAll(extra);
        return settings;
    }

    /** The scenarios' items: tests with statistics, unlike their steps. */
    static List<Item> scenarios(List<Item> items) {
        return items.stream().filter(item -> item.type().equals("STEP") && item.start().get("hasStats").getAsBoolean())
                .toList();
    }

    static Map<String, String> attributes(JsonObject request) {
        Map<String, String> attributes = new HashMap<>();
        Optional.ofNullable(request.getAsJsonArray("attributes")).ifPresent(array -> array.forEach(element -> {
            JsonObject attribute = element.getAsJsonObject();
            if (attribute.has("key") && !attribute.get("key").isJsonNull()) {
                attributes.put(attribute.get("key").getAsString(), attribute.get("value").getAsString());
            }
        }));
        return attributes;
    }

    private static List<String> tags(Item item) {
        return StreamSupport.stream(item.start().getAsJsonArray("attributes").spliterator(), false)
                .map(JsonElement::getAsJsonObject).map(attribute -> attribute.get("value").getAsString()).toList();
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
