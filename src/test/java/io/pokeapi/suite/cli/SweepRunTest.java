package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.bench.RealPokeapiData;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.sweep.schema.SchemaFolderDispatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make sweep} end to end: the command line sweeping the replica, as make and CI run it, and in this
 * JVM where what the history keeps of its sweeps is the point.
 */
class SweepRunTest {

    /** PokéAPI's real data beside the project, as CI provides it: every ability and type, 62 of 1,351 Pokémon. */
    private static final Path POKEAPI_DATA = RealPokeapiData.folder().orElse(Path.of("../shared/pokeapi-data"));

    @TempDir
    Path work;

    @RegisterExtension
    final ThrowawayDatabase throwaway = new ThrowawayDatabase("suite_sweep_");

    @Test
    void theSweepPassesOnTheBundledFixtures() throws Exception {
        Path reports = work.resolve("reports");

        SuiteProcess.Result result = sweep(Map.of("REPORTS_DIR", reports.toString()));

        assertThat(result.exitCode()).as(result.all()).isZero();
        JsonObject sweep = summary(reports).getAsJsonObject("sweep");
        assertThat(sweep.get("documents_failed").getAsInt()).isZero();
        assertThat(sweep.getAsJsonArray("findings")).isEmpty();
        assertThat(sweep.getAsJsonObject("listed").get("pokemon").getAsInt()).isGreaterThan(20);
        assertThat(statuses(reports)).containsOnly("passed").hasSize(15);
    }

    @Test
    void overPokeapisDataEveryAbilityAndTypePasses() throws Exception {
        assumeTrue(Files.isDirectory(POKEAPI_DATA.resolve("data/api/v2")), "needs " + POKEAPI_DATA);
        Path reports = work.resolve("reports");

        SuiteProcess.Result result = sweep(Map.of("REPLICA_DATA", POKEAPI_DATA.toString(), "SWEEP", "ability,type",
                "REPORTS_DIR", reports.toString()));

        assertThat(result.exitCode()).as(result.all()).isZero();
        JsonObject sweep = summary(reports).getAsJsonObject("sweep");
        assertThat(sweep.getAsJsonObject("listed").get("ability").getAsInt()).isEqualTo(373);
        assertThat(sweep.getAsJsonObject("listed").get("type").getAsInt()).isEqualTo(21);
        assertThat(sweep.get("documents").getAsInt()).isEqualTo(373 + 21);
        assertThat(statuses(reports)).containsOnly("passed", "skipped").contains("skipped");
        assertThat(result.out()).contains("↷ Every Pokémon in the Pokédex honours the Pokémon contract");
    }

    @Test
    void overPokeapisDataThePokemonSweepNamesTheMissingOnesInOneGroupedSummary() throws Exception {
        assumeTrue(Files.isDirectory(POKEAPI_DATA.resolve("data/api/v2")), "needs " + POKEAPI_DATA);
        Path reports = work.resolve("reports");

        SuiteProcess.Result result = sweep(Map.of("REPLICA_DATA", POKEAPI_DATA.toString(), "SWEEP", "pokemon",
                "RETRIES", "0", "REPORTS_DIR", reports.toString()));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
        int missing = 1351 - 62;
        assertThat(result.out())
                .contains("✘ Every entry of the Pokémon list answers with the document it names")
                .contains(missing + " Pokémon cannot be fetched from their list:")
                .contains("the list names it, but it answers 404 in " + missing + " Pokémon: #31 nidoqueen, #32 "
                        + "nidoran-m, #33 nidorino, #34 nidoking, #36 clefable, … " + (missing - 5) + " more");
        assertThat(result.out().lines().filter(line -> line.contains("nidorino")).count())
                .as("lines naming one missing Pokémon: the grouped summary, no line per document").isLessThan(5);
        JsonObject finding = findings(reports).stream()
                .filter(entry -> entry.get("check").getAsString().equals("list_entries")).findFirst().orElseThrow();
        assertThat(finding.getAsJsonArray("documents")).hasSize(missing)
                .contains(new JsonPrimitive("#10326 meowstic-female-mega"))
                .doesNotContain(new JsonPrimitive("#1025 pecharunt"));
        assertThat(cucumberJson(reports)).as("the whole list attached to the failing step")
                .contains("sweep-list-entries-pokemon.txt");
    }

    @Test
    void anUnchangedSweepStoresNoBodyAndAChangedDocumentIsDataDriftWithItsPath() throws Exception {
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        Map<String, String> history = Map.of("REPLICA_DATA", data.toString(), "SWEEP", "type", "HISTORY", "on",
                "POSTGRES_HOST", "127.0.0.1", "POSTGRES_DB", throwaway.name());

        sweepInThisJvm(history).assertPassed();
        long bodies = count("SELECT count(*) FROM response_bodies");
        long responses = count("SELECT count(*) FROM api_responses");
        sweepInThisJvm(history).assertPassed();

        assertThat(count("SELECT count(*) FROM response_bodies")).as("body rows after an unchanged sweep")
                .isEqualTo(bodies);
        assertThat(count("SELECT count(*) FROM api_responses")).as("one row per response of each sweep")
                .isEqualTo(2 * responses);
        FixtureVariant.edit(data, "type", 10, fire -> {
            fire.getAsJsonObject("generation").addProperty("name", "generation-ix");
            fire.addProperty("color", "red");
        });
        sweepInThisJvm(history).assertPassed();
        List<String> changed = throwaway.jdbi().withHandle(handle -> handle.createQuery("SELECT field_path "
                + "FROM data_changes WHERE resource = 'type' AND resource_id = 10").mapTo(String.class).list());
        assertThat(changed).containsExactlyInAnyOrder("generation.name", "color");
        assertThat(count("SELECT count(*) FROM data_changes")).isEqualTo(2);
        List<String> unknown = throwaway.jdbi().withHandle(handle -> handle.createQuery("SELECT schema_file || ' ' "
                + "|| field_path || ' ' || documents FROM schema_unknown_fields WHERE field_path = 'color'")
                .mapTo(String.class).list());
        assertThat(unknown).as("a field the published schema does not know, kept by the history")
                .containsExactly("type/$id/index.json color 1");
    }

    @Test
    void aLiveSweepWithoutSchemaDirDownloadsThePublishedSchemasOnceFromSchemaUrl() throws Exception {
        Path schemas = Path.of(SweepRunTest.class.getResource("/replica-fixtures/data").toURI());
        SchemaFolderDispatcher served = new SchemaFolderDispatcher(schemas, "/api-data/data/");
        try (MockWebServer schemaServer = new MockWebServer();
                ReplicaServer live = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0)) {
            schemaServer.setDispatcher(served);
            schemaServer.start();
            Path reports = work.resolve("reports");

            SuiteProcess.Result result = sweep(Map.of("TARGET", "live", "POKEAPI_BASE_URL", live.baseUrl().toString(),
                    "RATE_LIMIT", "off", "SWEEP", "type", "REPORTS_DIR", reports.toString(),
                    "SCHEMA_URL", schemaServer.url("/api-data/data").toString()));

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(served.fetched()).contains("/api-data/data/schema/v2/type/$id/index.json",
                    "/api-data/data/schema/v2/named_api_resource.json").doesNotHaveDuplicates();
            assertThat(summary(reports).getAsJsonObject("sweep").has("schemas_unavailable")).isFalse();
        }
    }

    @Test
    void aLiveSweepWhoseSchemasCannotBeDownloadedFailsItsSchemaScenariosInOneLineAndChecksTheRest() throws Exception {
        try (ReplicaServer live = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0)) {
            Path reports = work.resolve("reports");

            SuiteProcess.Result result = sweep(Map.of("TARGET", "live", "POKEAPI_BASE_URL", live.baseUrl().toString(),
                    "RATE_LIMIT", "off", "SWEEP", "type", "REPORTS_DIR", reports.toString(), "RETRIES", "0",
                    "SCHEMA_URL", "http://127.0.0.1:" + TestHttp.freePort() + "/data/"));

            assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
            assertThat(result.out()).contains("✘ Every type honours PokéAPI's published schema")
                    .contains("No document could be checked against PokéAPI's published schemas: ")
                    .contains("✔ Every type in the Pokédex honours the type contract");
            assertThat(statuses(reports)).filteredOn("failed"::equals).hasSize(1);
        }
    }

    private long count(String sql) {
        return throwaway.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private SuiteProcess.Result sweep(Map<String, String> extra) throws IOException, InterruptedException {
        return SuiteProcess.run(sweepSettings(extra), work, "run");
    }

    private InProcessSuite.Result sweepInThisJvm(Map<String, String> extra) {
        return InProcessSuite.run(sweepSettings(extra), work);
    }

    private Map<String, String> sweepSettings(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica", "TAGS", "@sweep"));
        settings.putAll(extra);
        settings.putIfAbsent("REPORTS_DIR", work.resolve("reports-" + System.nanoTime()).toString());
        return settings;
    }

    private static JsonObject summary(Path reports) throws IOException {
        return JsonParser.parseString(Files.readString(reports.resolve("run-summary.json"))).getAsJsonObject();
    }

    private static List<JsonObject> findings(Path reports) throws IOException {
        return summary(reports).getAsJsonObject("sweep").getAsJsonArray("findings").asList().stream()
                .map(JsonElement::getAsJsonObject).toList();
    }

    private static String cucumberJson(Path reports) throws IOException {
        return Files.readString(reports.resolve("cucumber.json"));
    }

    /** The final status of each scenario in cucumber.json: failed if a step failed, else skipped or passed. */
    private static List<String> statuses(Path reports) throws IOException {
        JsonArray features = JsonParser.parseString(cucumberJson(reports)).getAsJsonArray();
        return features.asList().stream()
                .flatMap(feature -> feature.getAsJsonObject().getAsJsonArray("elements").asList().stream())
                .map(scenario -> {
                    List<String> steps = scenario.getAsJsonObject().getAsJsonArray("steps").asList().stream()
                            .map(step -> step.getAsJsonObject().getAsJsonObject("result").get("status").getAsString())
                            .toList();
                    return steps.contains("failed") ? "failed" : steps.contains("skipped") ? "skipped" : "passed";
                })
                .toList();
    }
}
