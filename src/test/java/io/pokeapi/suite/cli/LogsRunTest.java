package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs end to end: the suite's command line in a fresh JVM with LOG_FORMAT=json, against a replica whose
 * data carries the secrets, so that they reach failure messages, history warnings and reports, and
 * with its history in a throwaway database on the PostgreSQL server at 127.0.0.1:5432.
 */
class LogsRunTest {

    private static final String TOKEN = "rp-token-" + UUID.randomUUID().toString().substring(0, 8);
    // Trust authentication lets any password in: the history works, and the password is configured.
    private static final String PASSWORD = "pg-pass-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String NAMED_SECRET = "named-" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> SECRETS = List.of(TOKEN, PASSWORD, NAMED_SECRET);

    @TempDir
    Path work;

    @RegisterExtension
    final ThrowawayDatabase database = new ThrowawayDatabase("suite_logs_");

    @Test
    void jsonLinesCarryTheirFieldsAndNoSecretReachesAnyLineOrReport() throws Exception {
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        SuiteProcess.Result baseline = run(data, work.resolve("reports-1"));
        assertThat(baseline.exitCode()).as(baseline.all()).isZero();
        // The data changes to hold the secrets where steps compare it, and the history sees the change.
        renameFirstType(data, 25, TOKEN);
        renameFirstType(data, 6, PASSWORD);
        renameFirstType(data, 1, NAMED_SECRET);
        Path reports = work.resolve("reports-2");

        SuiteProcess.Result result = run(data, reports);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
        assertThat(storedBodiesHolding(TOKEN)).as("the responses did carry the token").isPositive();
        List<JsonObject> lines = result.jsonLines();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.keySet())
                .contains("time", "level", "logger", "message"));
        String runId = JsonParser.parseString(Files.readString(reports.resolve("run-summary.json")))
                .getAsJsonObject().get("run").getAsString();
        int runBegan = lines.indexOf(lines.stream().filter(line -> line.has("run_id")).findFirst().orElseThrow());
        // A ReportPortal token alone is a setting ReportPortal reporting warns about: it needs its endpoint too.
        assertThat(lines.subList(0, runBegan)).extracting(line -> text(line, "logger"))
                .as("before the run: the replica's start, the ReportPortal warning and the target's probe")
                .containsExactly("io.pokeapi.suite.replica.ReplicaServer",
                        "io.pokeapi.suite.reportportal.ReportPortalReporting",
                        "io.pokeapi.suite.logging.RequestLogInterceptor");
        assertThat(lines.subList(runBegan, lines.size())).extracting(line -> text(line, "run_id")).containsOnly(runId);

        assertThat(lines).filteredOn(line -> "/pokemon/{name}".equals(text(line, "endpoint")))
                .isNotEmpty().allSatisfy(line -> {
                    assertThat(text(line, "method")).isEqualTo("GET");
                    assertThat(line.get("status").getAsInt()).isEqualTo(200);
                    assertThat(line.get("latency_ms").getAsLong()).isNotNegative();
                    assertThat(text(line, "feature")).isNotEmpty();
                    assertThat(text(line, "scenario")).isNotEmpty();
                    assertThat(text(line, "tags")).contains("@pokemon");
                });
        assertThat(lines).filteredOn(line -> "ERROR".equals(text(line, "level"))
                        && text(line, "scenario").startsWith("Pikachu is an Electric-type Pokémon"))
                .first().satisfies(failure -> {
                    assertThat(text(failure, "feature")).isEqualTo("Looking up Pokémon");
                    assertThat(text(failure, "tags")).isEqualTo("@pokemon @smoke @regression");
                    assertThat(text(failure, "step")).isEqualTo("And its type is Electric");
                    assertThat(text(failure, "message")).contains("****");
                    assertThat(text(failure, "stack_trace")).contains("****")
                            .contains("at io.pokeapi.suite.steps.PokemonSteps.itsTypeIs");
                });
        assertThat(lines).filteredOn(line -> text(line, "message").startsWith("The data of pokemon"))
                .as("the history's warnings of changed data").isNotEmpty()
                .anySatisfy(line -> assertThat(text(line, "message")).contains("****"));

        assertThat(result.err()).as("the report, on standard error").contains("✘ Pikachu is an Electric-type Pokémon")
                .contains("****");
        assertThat(reports.resolve("run-summary.json")).content().contains("****");
        assertThat(reports.resolve("retry-1/cucumber.json")).isNotEmptyFile();
        for (String secret : SECRETS) {
            assertThat(result.out()).as("standard output").doesNotContain(secret);
            assertThat(result.err()).as("standard error").doesNotContain(secret);
            assertThat(filesUnder(reports)).allSatisfy(file -> assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                    .as("%s", file).doesNotContain(secret));
        }
    }

    private SuiteProcess.Result run(Path data, Path reports) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("TARGET", "replica", "REPLICA_DATA", data.toString(),
                "TAGS", "@pokemon and not @negative", "RETRIES", "1", "REPORTS_DIR", reports.toString(),
                "LOG_FORMAT", "json", "HISTORY", "on", "POSTGRES_HOST", "127.0.0.1", "POSTGRES_DB", database.name()));
        settings.putAll(Map.of("POSTGRES_PASSWORD", PASSWORD, "REPORTPORTAL_API_TOKEN", TOKEN,
                "SECRETS", "SUITE_TEST_NAMED_SECRET", "SUITE_TEST_NAMED_SECRET", NAMED_SECRET));
        return SuiteProcess.run(settings, work, "run");
    }

    private static void renameFirstType(Path data, int pokemon, String name) throws IOException {
        FixtureVariant.edit(data, "pokemon", pokemon, document -> document.getAsJsonArray("types").get(0)
                .getAsJsonObject().getAsJsonObject("type").addProperty("name", name));
    }

    private long storedBodiesHolding(String text) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT count(*) FROM response_bodies WHERE body::text LIKE :text")
                .bind("text", "%" + text + "%").mapTo(Long.class).one());
    }

    private static String text(JsonObject line, String field) {
        return line.has(field) ? line.get(field).getAsString() : "";
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
