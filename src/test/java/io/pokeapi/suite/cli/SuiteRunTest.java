package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.outcome.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite run end to end: through its command line in a fresh JVM, as make runs it, where its exit code
 * and what it prints are the point, and in this JVM where what a run does with its scenarios is.
 */
class SuiteRunTest {

    @TempDir
    Path work;

    @Test
    void smokeRunAgainstTheReplicaPassesAndRunsOnlySmokeScenarios() throws Exception {
        Path reports = work.resolve("reports");
        SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@smoke",
                "REPORTS_DIR", reports.toString()), work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        List<List<String>> tagsPerScenario = scenarioTags(reports.resolve("cucumber.json"));
        assertThat(tagsPerScenario).isNotEmpty().allSatisfy(tags -> assertThat(tags).contains("@smoke"));
        assertThat(htmlReportMessages(reports.resolve("cucumber.html")))
                .contains("\"uri\":\"features/ability.feature\"", "\"uri\":\"features/pokemon.feature\"")
                .doesNotContain("file:").doesNotContain(Path.of("features").toAbsolutePath().toString());
        assertThat(reports.resolve("cucumber-junit.xml")).content().contains("<testsuite");
        assertThat(reports.resolve("cucumber-messages.ndjson")).isNotEmptyFile();
    }

    @Test
    void aMissingRequiredFieldFailsTheContractScenarioAndNamesItsPath() throws Exception {
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        FixtureVariant.edit(data, "pokemon", 25, pikachu -> {
            pikachu.remove("base_experience");
            pikachu.add("height", new JsonPrimitive("forty centimetres"));
        });

        InProcessSuite.Result result = InProcessSuite.run(Map.of("TARGET", "replica", "REPLICA_DATA", data.toString(),
                "TAGS", "@contract and @pokemon", "REPORTS_DIR", work.resolve("reports").toString()), work);

        assertThat(result.verdict()).as(result.all()).isEqualTo(RunResult.Verdict.FAILED);
        assertThat(result.out())
                .contains("✘ The Pokémon pikachu honours the Pokémon contract")
                .contains("breaks its contract in 2 field(s)")
                .contains("base_experience: expected integer or null but was missing")
                .contains("height: expected integer but was string")
                .contains("✔ The Pokémon bulbasaur honours the Pokémon contract");
    }

    @Test
    void aMalformedBodyFailsItsScenarioNamingTheUrlAndTheParseError() throws Exception {
        try (MockWebServer api = new MockWebServer()) {
            api.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String path = request.getUrl().encodedPath();
                    String body = path.endsWith("/pokemon/pikachu") ? "{\"id\": 25, \"name\": " : "{}";
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body(body).build();
                }
            });
            api.start();
            String baseUrl = api.url("/api/v2").toString();

            InProcessSuite.Result result = InProcessSuite.run(Map.of("POKEAPI_BASE_URL", baseUrl,
                    "TAGS", "@pokemon and @smoke and not @contract and not @negative",
                    "REPORTS_DIR", work.resolve("reports").toString()), work);

            assertThat(result.verdict()).as(result.all()).isEqualTo(RunResult.Verdict.FAILED);
            assertThat(result.out())
                    .contains("Response of GET " + baseUrl + "/pokemon/pikachu (status 200) is not valid JSON")
                    .doesNotContain("NullPointerException");
        }
    }

    @Test
    void aScenarioThatFailsOnceAndPassesOnARetryIsFlakyAndTheRunPasses() throws Exception {
        InProcessSuite.Result result = InProcessSuite.run(Map.of("TARGET", "replica", "TAGS", "@smoke",
                "REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500",
                "REPORTS_DIR", work.resolve("reports").toString()), work);

        result.assertPassed();
        assertThat(result.out())
                .contains("Retrying 1 failed scenario (retry 1 of 3)")
                .contains("Flaky scenarios, which failed and then passed on a retry:")
                .contains("features/ability.feature:7  Static has an English effect and is one of Pikachu's "
                        + "regular abilities (passed on attempt 2)");
        assertThat(work.resolve("reports/retry-1/cucumber.json")).isNotEmptyFile();
        JsonObject summary = JsonParser.parseString(Files.readString(work.resolve("reports/run-summary.json")))
                .getAsJsonObject();
        assertThat(summary.get("verdict").getAsString()).isEqualTo("passed");
        assertThat(summary.getAsJsonArray("flaky")).containsExactly(new JsonPrimitive("features/ability.feature:7"));
        assertThat(summary.getAsJsonArray("scenarios")).hasSize(10).anySatisfy(scenario -> {
            assertThat(scenario.getAsJsonObject().get("key").getAsString()).isEqualTo("features/ability.feature:7");
            assertThat(scenario.getAsJsonObject().get("attempts").getAsInt()).isEqualTo(2);
            assertThat(scenario.getAsJsonObject().get("flaky").getAsBoolean()).isTrue();
        });
        assertThat(summary.getAsJsonObject("history").get("unavailable").getAsString())
                .isEqualTo("history is off (HISTORY=off)");
    }

    @Test
    void withoutRetriesAScenarioThatFailsOnceFailsTheRun() throws Exception {
        InProcessSuite.Result result = InProcessSuite.run(Map.of("TARGET", "replica", "TAGS", "@smoke",
                "RETRIES", "0", "REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500",
                "REPORTS_DIR", work.resolve("reports").toString()), work);

        assertThat(result.verdict()).as(result.all()).isEqualTo(RunResult.Verdict.FAILED);
        assertThat(result.out()).doesNotContain("Retrying").doesNotContain("Flaky");
    }

    /** The command line's exit code for a failed run, 1, as much as the retries. */
    @Test
    void aScenarioThatKeepsFailingIsRetriedAndStillFails() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@smoke",
                "RETRIES", "2", "REPLICA_FAIL_FIRST", "/api/v2/ability/static:9:500",
                "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
        assertThat(result.out()).contains("(retry 1 of 2)").contains("(retry 2 of 2)").doesNotContain("Flaky");
    }

    @Test
    void anUnreachableTargetStopsTheRunWithOneClearLine() throws Exception {
        long started = System.nanoTime();
        SuiteProcess.Result result = SuiteProcess.run(Map.of("POKEAPI_BASE_URL", "http://127.0.0.1:9/api/v2",
                "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

        assertThat(result.exitCode()).isEqualTo(Main.CANNOT_RUN);
        // Seconds, not the minutes that retries and timeouts would take: a refused connection is not retried.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(result.err().strip()).isEqualTo("PokéAPI at http://127.0.0.1:9/api/v2 is unreachable: "
                + "ConnectException (Failed to connect to /127.0.0.1:9). Set POKEAPI_BASE_URL to a reachable "
                + "PokéAPI (such as https://pokeapi.co/api/v2), or TARGET=replica to test the embedded replica.");
        assertThat(result.out()).doesNotContain("✘");
    }

    @Test
    void anInvalidTagExpressionIsRejectedWithOneClearLine() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@smoke and (",
                "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

        assertThat(result.exitCode()).isEqualTo(Main.CANNOT_RUN);
        assertThat(result.err().strip().lines()).singleElement().asString()
                .startsWith("Invalid TAGS='@smoke and (' from the environment: not a Cucumber tag expression");
    }

    @Test
    void aTagExpressionMatchingNothingIsReported() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@no-such-tag",
                "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

        assertThat(result.exitCode()).isEqualTo(Main.CANNOT_RUN);
        assertThat(result.err()).contains("No scenario matches TAGS='@no-such-tag'.");
    }

    /** The messages the HTML report renders; its script holds words such as "file:" of its own. */
    private static String htmlReportMessages(Path html) throws IOException {
        return Files.readAllLines(html).stream().filter(line -> line.startsWith("window.CUCUMBER_MESSAGES = "))
                .findFirst().orElseThrow(() -> new AssertionError(html + " holds no messages"));
    }

    private static List<List<String>> scenarioTags(Path cucumberJson) throws IOException {
        List<List<String>> tags = new ArrayList<>();
        for (JsonElement feature : JsonParser.parseString(Files.readString(cucumberJson)).getAsJsonArray()) {
            for (JsonElement element : feature.getAsJsonObject().getAsJsonArray("elements")) {
                JsonArray scenarioTags = element.getAsJsonObject().getAsJsonArray("tags");
                List<String> names = new ArrayList<>();
                scenarioTags.forEach(tag -> names.add(tag.getAsJsonObject().get("name").getAsString()));
                tags.add(names);
            }
        }
        return tags;
    }
}
