package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

    private static Settings load(Map<String, String> values) {
        return new SettingsLoader(new SettingSource().withLayer(values, "test")).load();
    }

    @Test
    void withNothingSetEverySettingHasItsDefault() {
        Settings settings = load(Map.of());

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://pokeapi.co/api/v2"));
        assertThat(settings.target()).isEqualTo(Settings.Target.LIVE);
        assertThat(settings.replicaData()).isEmpty();
        assertThat(settings.replicaHost()).isEqualTo("127.0.0.1");
        assertThat(settings.replicaPort()).isZero();
        assertThat(settings.threads()).isEqualTo(4);
        assertThat(settings.tags()).isEmpty();
        assertThat(settings.featuresDir()).isEqualTo(Path.of("features"));
        assertThat(settings.reportsDir()).isEqualTo(Path.of("target", "reports"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theDocumentedDefaultsGiveTheSameSettingsAsNothingSet() {
        Map<String, String> documented = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            if (!setting.defaultText().startsWith("(")) { // "(bundled fixtures)" and "(all scenarios)" mean unset
                documented.put(setting.name(), setting.defaultText());
            }
        }

        assertThat(load(documented)).isEqualTo(load(Map.of()));
    }

    @Test
    void everySettingIsReadIntoItsOwnField() {
        Settings settings = load(Map.ofEntries(
                Map.entry("POKEAPI_BASE_URL", "http://localhost:8000/api/v2"),
                Map.entry("TARGET", "replica"),
                Map.entry("REPLICA_DATA", "/data/api-data"),
                Map.entry("REPLICA_HOST", "0.0.0.0"),
                Map.entry("REPLICA_PORT", "8080"),
                Map.entry("THREADS", "8"),
                Map.entry("TAGS", "@smoke"),
                Map.entry("FEATURES_DIR", "specs"),
                Map.entry("REPORTS_DIR", "out"),
                Map.entry("HTTP_CONNECT_TIMEOUT", "1s"),
                Map.entry("HTTP_READ_TIMEOUT", "2s"),
                Map.entry("HTTP_CALL_TIMEOUT", "3s")));

        assertThat(settings).isEqualTo(new Settings(
                URI.create("http://localhost:8000/api/v2"),
                Settings.Target.REPLICA,
                Optional.of(Path.of("/data/api-data")),
                "0.0.0.0",
                8080,
                8,
                Optional.of("@smoke"),
                Path.of("specs"),
                Path.of("out"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3)));
    }

    @Test
    void theFirstLayerWins() {
        Settings settings = new SettingsLoader(new SettingSource()
                .withLayer(Map.of("THREADS", "2"), "a system property")
                .withLayer(Map.of("THREADS", "8"), "the environment")).load();

        assertThat(settings.threads()).isEqualTo(2);
    }

    @Test
    void aBlankValueInAHigherLayerLeavesTheLowerLayersValue() {
        Settings settings = new SettingsLoader(new SettingSource()
                .withLayer(Map.of("THREADS", " "), "a system property")
                .withLayer(Map.of("THREADS", "8"), "the environment")).load();

        assertThat(settings.threads()).isEqualTo(8);
    }

    @Test
    void aBlankValueMeansTheDefault() {
        assertThat(load(Map.of("THREADS", "")).threads()).isEqualTo(4);
    }

    @Test
    void anInvalidValueIsBlamedOnTheLayerThatSetIt() {
        SettingsLoader loader = new SettingsLoader(new SettingSource()
                .withLayer(Map.of("THREADS", "abc"), "a system property")
                .withLayer(Map.of("THREADS", "8"), "the environment"));

        assertThatThrownBy(loader::load)
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("from a system property")
                .hasMessageNotContaining("the environment");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            THREADS              | abc          | expected a whole number from 1 to 64
            THREADS              | 0            | expected a whole number from 1 to 64
            THREADS              | 65           | expected a whole number from 1 to 64
            REPLICA_PORT         | 70000        | expected a whole number from 0 to 65535
            TARGET               | staging      | expected 'live' or 'replica'
            POKEAPI_BASE_URL     | ftp://x      | expected an http(s) URL
            POKEAPI_BASE_URL     | not-a-url    | expected an http(s) URL
            POKEAPI_BASE_URL     | http://      | expected an http(s) URL
            HTTP_CONNECT_TIMEOUT | 5 seconds    | expected a duration such as 500ms, 5s or 2m
            HTTP_READ_TIMEOUT    | soon         | expected a duration such as 500ms, 5s or 2m
            HTTP_READ_TIMEOUT    | 0s           | expected a duration from 1ms to 60m
            HTTP_CALL_TIMEOUT    | -5s          | expected a duration such as 500ms, 5s or 2m
            TAGS                 | @smoke and ( | not a Cucumber tag expression
            """)
    void anInvalidValueGivesAOneLineMessageNamingSettingValueAndOrigin(String setting, String value, String problem) {
        assertThatThrownBy(() -> load(Map.of(setting, value)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid " + setting + "='" + value + "' from test: ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void targetIsCaseInsensitive() {
        assertThat(load(Map.of("TARGET", "REPLICA")).target()).isEqualTo(Settings.Target.REPLICA);
    }

    @Test
    void theTrailingSlashOfTheBaseUrlIsStripped() {
        assertThat(load(Map.of("POKEAPI_BASE_URL", "http://localhost:8000/api/v2/")).baseUrl())
                .isEqualTo(URI.create("http://localhost:8000/api/v2"));
    }

    @Test
    void everyTrailingSlashOfTheBaseUrlIsStripped() {
        assertThat(load(Map.of("POKEAPI_BASE_URL", "http://localhost:8000/api/v2//")).baseUrl())
                .isEqualTo(URI.create("http://localhost:8000/api/v2"));
    }

    @Test
    void threadsMayBeOneToSixtyFour() {
        assertThat(load(Map.of("THREADS", "1")).threads()).isEqualTo(1);
        assertThat(load(Map.of("THREADS", "64")).threads()).isEqualTo(64);
    }

    @Test
    void cucumberFilterTagsIsAnAliasOfTags() {
        assertThat(load(Map.of("cucumber.filter.tags", "@pokemon")).tags()).contains("@pokemon");
    }

    @Test
    void tagsWinsOverCucumberFilterTags() {
        Settings settings = load(Map.of("TAGS", "@smoke", "cucumber.filter.tags", "@pokemon"));

        assertThat(settings.tags()).contains("@smoke");
    }

    @Test
    void tagsWinsEvenOverCucumberFilterTagsFromAHigherLayer() {
        Settings settings = new SettingsLoader(new SettingSource()
                .withLayer(Map.of("cucumber.filter.tags", "@pokemon"), "a system property")
                .withLayer(Map.of("TAGS", "@smoke"), "the environment")).load();

        assertThat(settings.tags()).contains("@smoke");
    }

    @Test
    void anInvalidCucumberFilterTagsIsReportedUnderItsOwnName() {
        assertThatThrownBy(() -> load(Map.of("cucumber.filter.tags", "@smoke and (")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid cucumber.filter.tags='@smoke and (' from test: ")
                .hasMessageContaining("not a Cucumber tag expression");
    }

    @Test
    void withTagsReplacesTheTagsAndTreatsBlankAsNone() {
        Settings settings = load(Map.of("TAGS", "@smoke"));

        assertThat(settings.withTags("@type").tags()).contains("@type");
        assertThat(settings.withTags("  ").tags()).isEmpty();
        assertThat(settings.withTags(null).tags()).isEmpty();
        assertThat(settings.withTags("@type").threads()).isEqualTo(settings.threads());
    }
}
