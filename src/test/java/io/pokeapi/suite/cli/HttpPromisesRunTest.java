package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.HttpPromise;
import io.pokeapi.suite.replica.ReplicaServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scenarios of features/http.feature against a replica that breaks one of the live API's HTTP
 * promises: exactly the scenarios about that promise fail, so each scenario can tell it from the others.
 */
class HttpPromisesRunTest {

    private static final Map<HttpPromise, Set<String>> SCENARIOS_ABOUT = new EnumMap<>(Map.of(
            HttpPromise.CORS, Set.of(
                    "A browser app on any site may read the Pokémon \"pikachu\"",
                    "A browser app on any site may read the ability \"static\"",
                    "A browser app on any site may read the type \"electric\"",
                    "A browser app that checks first is allowed to read a Pokémon"),
            HttpPromise.CACHING, Set.of(
                    "A Pokémon may be kept in a cache for a day",
                    "The ability list may be kept in a cache for a day",
                    "The type list may be kept in a cache for a day",
                    "The answer that a Pokémon does not exist may be kept for five days"),
            HttpPromise.REVALIDATION, Set.of(
                    "An app that holds the current copy of a Pokémon is told so without the body",
                    "An app whose copy of a type is out of date gets the current one"),
            HttpPromise.V1_REDIRECT, Set.of(
                    "The old v1 address of a Pokémon leads to its v2 address"),
            HttpPromise.JS_PAGING, Set.of(
                    "A limit of -1 shows every Pokémon but the last",
                    "A negative offset counts back from the end of the list",
                    "A negative offset whose page would end before it starts shows no entries")));

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} broken")
    @EnumSource(HttpPromise.class)
    void withOnePromiseBrokenExactlyTheScenariosAboutItFail(HttpPromise broken) throws Exception {
        try (ReplicaServer replica = ReplicaServer.startBreaking(ApiData.bundled(), broken)) {
            Path reports = work.resolve("reports");
            SuiteProcess.Result result = SuiteProcess.run(Map.of("POKEAPI_BASE_URL", replica.baseUrl().toString(),
                    "TAGS", "@http", "RETRIES", "0", "RATE_LIMIT", "off", "HISTORY", "off",
                    "REPORTS_DIR", reports.toString()), work, "run");

            assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
            Map<String, String> statuses = statusesByName(reports.resolve("run-summary.json"));
            Set<String> everyScenario = new HashSet<>();
            SCENARIOS_ABOUT.values().forEach(everyScenario::addAll);
            assertThat(statuses.keySet()).as("the scenarios of http.feature, each about one promise")
                    .containsExactlyInAnyOrderElementsOf(everyScenario);
            assertThat(statuses.entrySet().stream().filter(scenario -> !scenario.getValue().equals("passed"))
                    .map(Map.Entry::getKey).toList())
                    .as("scenarios that did not pass with %s broken:%n%s", broken, result.all())
                    .containsExactlyInAnyOrderElementsOf(SCENARIOS_ABOUT.get(broken));
        }
    }

    private static Map<String, String> statusesByName(Path summary) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(summary)).getAsJsonObject();
        List<JsonObject> scenarios = json.getAsJsonArray("scenarios").asList().stream()
                .map(JsonElement::getAsJsonObject).toList();
        return scenarios.stream().collect(Collectors.toMap(scenario -> scenario.get("name").getAsString(),
                scenario -> scenario.get("status").getAsString()));
    }
}
