package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.api.ApiResource;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

    /** A folder holding schema/v2, as SCHEMA_DIR asks. */
    @TempDir
    Path schemas;

    @BeforeEach
    void createTheSchemaFolder() throws IOException {
        Files.createDirectories(schemas.resolve("schema").resolve("v2"));
    }

    private static Settings load(Map<String, String> values) {
        return new SettingsLoader(new SettingSource().withLayer(values, "test")).load();
    }

    @Test
    void theReplicasVersionHeadersComeFromTheirSettings() {
        Settings settings = load(Map.of("REPLICA_VERSION_HASH", "4f1c2a9", "REPLICA_DEPLOY_DATE", "2026-04-23"));

        assertThat(settings.replica().version()).isEqualTo(new ReplicaVersion("4f1c2a9", "2026-04-23"));
    }

    @Test
    void aVersionHeaderValueAHeaderCannotCarryIsOneLineNamingTheSetting() {
        assertThatThrownBy(() -> load(Map.of("REPLICA_DEPLOY_DATE", "23 avril, été")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid REPLICA_DEPLOY_DATE=")
                .hasMessageContaining("expected printable ASCII text, not blank, as an HTTP header holds")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        assertThatThrownBy(() -> load(Map.of("REPLICA_VERSION_HASH", "héllo")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid REPLICA_VERSION_HASH=");
    }

    @Test
    void withNothingSetEverySettingHasItsDefault() {
        Settings settings = load(Map.of());

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://pokeapi.co/api/v2"));
        assertThat(settings.target()).isEqualTo(Settings.Target.LIVE);
        assertThat(settings.replica().data()).isEmpty();
        assertThat(settings.replica().host()).isEqualTo("127.0.0.1");
        assertThat(settings.replica().port()).isZero();
        assertThat(settings.replica().faults()).isEqualTo(ReplicaFaults.NONE);
        assertThat(settings.replica().version()).isEqualTo(new ReplicaVersion("replica", "unknown"));
        assertThat(settings.threads()).isEqualTo(4);
        assertThat(settings.tags()).isEmpty();
        assertThat(settings.featuresDir()).isEqualTo(Path.of("features"));
        assertThat(settings.reportsDir()).isEqualTo(Path.of("target", "reports"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.reportPortal()).isEqualTo(ReportPortalSettings.off());
        assertThat(settings.reportPortal().enabled()).isFalse();
        assertThat(settings.reportPortal().missing()).isEmpty();
    }

    @Test
    void reportPortalIsOnWithItsThreeConnectionSettingsAndSaysWhichOnesAreMissing() {
        Map<String, String> all = Map.of("REPORTPORTAL_ENDPOINT", "http://rp:8080", "REPORTPORTAL_PROJECT", "pokeapi",
                "REPORTPORTAL_API_TOKEN", "t0ken");
        assertThat(load(all).reportPortal().enabled()).isTrue();

        ReportPortalSettings endpointOnly = load(Map.of("REPORTPORTAL_ENDPOINT", "http://rp:8080")).reportPortal();

        assertThat(endpointOnly.enabled()).isFalse();
        assertThat(endpointOnly.missing()).containsExactly("REPORTPORTAL_PROJECT", "REPORTPORTAL_API_TOKEN");
        assertThat(endpointOnly.describe()).isEqualTo("ReportPortal at http://rp:8080 (project (none))");
    }

    @Test
    void theDocumentedDefaultsGiveTheSameSettingsAsNothingSet() {
        Map<String, String> documented = new LinkedHashMap<>();
        for (Setting<?> setting : Setting.values()) {
            setting.writtenDefault().ifPresent(text -> documented.put(setting.name(), text));
        }

        assertThat(documented).containsEntry("HTTP_READ_TIMEOUT", "15s").containsEntry("BASELINE_WINDOW", "7d")
                .containsEntry("BASELINE_TOLERANCE", "20%").containsEntry("CIRCUIT_BREAKER", "5/10:30s")
                .containsEntry("HISTORY_DIR", "~/.local/share/pokeapi-observability-tests/postgres")
                .containsEntry("SWEEP", "pokemon,ability,type").containsEntry("RATE_LIMIT", "10/s");
        assertThat(load(documented)).isEqualTo(load(Map.of()));
    }

    @Test
    void everyWrittenDefaultReadsBackAsTheDefault() {
        for (Setting<?> setting : Setting.values()) {
            setting.writtenDefault().ifPresent(text ->
                    assertThat((Object) setting.parse(text)).as("%s=%s", setting, text).isEqualTo(setting.defaultValue()));
        }
    }

    @Test
    void everySettingIsNamedAsItsConstantOnceAndFoundByName() throws IllegalAccessException {
        List<String> names = Setting.values().stream().map(Setting::name).toList();

        assertThat(names).doesNotHaveDuplicates().contains("POKEAPI_BASE_URL", "SCHEMA_URL");
        for (Field field : Setting.class.getFields()) {
            if (field.getType() == Setting.class && Modifier.isStatic(field.getModifiers())) {
                assertThat(Setting.named(field.getName())).as(field.getName()).containsSame((Setting<?>) field.get(null));
            }
        }
        assertThat(Setting.named("HTTP_READ_TIMEOUT")).containsSame(Setting.HTTP_READ_TIMEOUT);
        assertThat(Setting.named("NO_SUCH_SETTING")).isEmpty();
    }

    @Test
    void everySettingIsReadIntoItsOwnField() {
        Settings settings = load(Map.ofEntries(
                Map.entry("POKEAPI_BASE_URL", "http://localhost:8000/api/v2"),
                Map.entry("TARGET", "replica"),
                Map.entry("REPLICA_DATA", "/data/api-data"),
                Map.entry("REPLICA_HOST", "0.0.0.0"),
                Map.entry("REPLICA_PORT", "8080"),
                Map.entry("REPLICA_LATENCY", "250ms-1s"),
                Map.entry("REPLICA_FAIL_FIRST", "/api/v2/ability/static:1, /api/v2/type/13/:2:429"),
                Map.entry("REPLICA_ERROR_RATE", "12.5%:502|503"),
                Map.entry("REPLICA_RETRY_AFTER", "date:3s"),
                Map.entry("REPLICA_BREAK", "truncate:/api/v2/pokemon/1/, reset:5%"),
                Map.entry("REPLICA_TRICKLE_PAUSE", "4s"),
                Map.entry("THREADS", "8"),
                Map.entry("TAGS", "@smoke"),
                Map.entry("FEATURES_DIR", "specs"),
                Map.entry("REPORTS_DIR", "out"),
                Map.entry("HTTP_CONNECT_TIMEOUT", "1s"),
                Map.entry("HTTP_READ_TIMEOUT", "2s"),
                Map.entry("HTTP_CALL_TIMEOUT", "3s"),
                Map.entry("HTTP_REVALIDATE", "on"),
                Map.entry("HTTP_CACHE_DIR", "/var/cache/suite-http"),
                Map.entry("HTTP_RETRIES", "5"),
                Map.entry("HTTP_RETRY_BACKOFF", "100ms"),
                Map.entry("HTTP_RETRY_MAX_BACKOFF", "2s"),
                Map.entry("HTTP_RETRY_BUDGET", "20s"),
                Map.entry("HTTP_RETRY_AFTER_MAX", "4s"),
                Map.entry("CIRCUIT_BREAKER", "3/6:10s"),
                Map.entry("RATE_LIMIT", "2.5/s"),
                Map.entry("HISTORY", "off"),
                Map.entry("POSTGRES_HOST", "db.example"),
                Map.entry("POSTGRES_PORT", "5433"),
                Map.entry("POSTGRES_DB", "suite_history"),
                Map.entry("POSTGRES_USER", "suite"),
                Map.entry("POSTGRES_PASSWORD", "s3cret"),
                Map.entry("HISTORY_DIR", "/var/lib/suite"),
                Map.entry("BASELINE_WINDOW", "36h"),
                Map.entry("BASELINE_TOLERANCE", "15%"),
                Map.entry("BASELINE_FAILS", "true"),
                Map.entry("HISTORY_RETENTION", "90d"),
                Map.entry("RETRIES", "0"),
                Map.entry("FAIL_ON", "New"),
                Map.entry("PROMETHEUS_PORT", "9100"),
                Map.entry("PUSHGATEWAY_URL", "http://gateway:9091/"),
                Map.entry("LOG_FORMAT", "text"),
                Map.entry("SECRETS", "MY_TOKEN"),
                Map.entry("SERVE_INTERVAL", "90s"),
                Map.entry("RUNS_TOKEN", "runs-token-0123456789"),
                Map.entry("MY_TOKEN", "rp-token-1"),
                Map.entry("REPORTPORTAL_ENDPOINT", "https://rp.example/"),
                Map.entry("REPORTPORTAL_PROJECT", "pokeapi"),
                Map.entry("REPORTPORTAL_API_TOKEN", "rp-api-token"),
                Map.entry("REPORTPORTAL_LAUNCH", "nightly"),
                Map.entry("REPORTPORTAL_TIMEOUT", "4s"),
                Map.entry("ENVIRONMENT", "staging"),
                Map.entry("GIT_COMMIT", "0123abc"),
                Map.entry("SWEEP", "type, Pokémon"),
                Map.entry("SWEEP_SAMPLE", "25"),
                Map.entry("SCHEMA_DIR", schemas.toString()),
                Map.entry("SCHEMA_URL", "http://schemas.example/data")));

        assertThat(settings).isEqualTo(new Settings(
                URI.create("http://localhost:8000/api/v2"),
                Settings.Target.REPLICA,
                new ReplicaSettings(Optional.of(Path.of("/data/api-data")), "0.0.0.0", 8080,
                        new ReplicaFaults(
                                new ReplicaFaults.Latency(Duration.ofMillis(250), Duration.ofSeconds(1)),
                                List.of(new ReplicaFaults.FailFirst("/api/v2/ability/static", 1, 503),
                                        new ReplicaFaults.FailFirst("/api/v2/type/13", 2, 429)),
                                Optional.of(new ReplicaFaults.ErrorRate(0.125, List.of(502, 503))),
                                new ReplicaFaults.RetryAfter(Duration.ofSeconds(3), true),
                                List.of(new ReplicaFaults.BrokenBody(ReplicaFaults.BrokenBody.Kind.TRUNCATE,
                                                Optional.of("/api/v2/pokemon/1"), 1),
                                        new ReplicaFaults.BrokenBody(ReplicaFaults.BrokenBody.Kind.RESET,
                                                Optional.empty(), 0.05)),
                                Duration.ofSeconds(4))),
                8,
                0,
                FailOn.NEW,
                Optional.of("@smoke"),
                Path.of("specs"),
                Path.of("out"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                new ResilienceSettings(5, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(20),
                        Duration.ofSeconds(4),
                        Optional.of(new ResilienceSettings.CircuitBreaker(3, 6, Duration.ofSeconds(10))),
                        Optional.of(2.5)),
                new HistorySettings(false, Optional.of("db.example"), 5433, "suite_history", "suite", "s3cret",
                        Path.of("/var/lib/suite"), Duration.ofHours(36), 0.15, true, Optional.of(Duration.ofDays(90))),
                new ObservabilitySettings(9100, Optional.of(URI.create("http://gateway:9091")),
                        ObservabilitySettings.LogFormat.TEXT,
                        List.of("s3cret", "rp-api-token", "runs-token-0123456789", "rp-token-1"),
                        Optional.of(Duration.ofSeconds(90)), Optional.of("runs-token-0123456789")),
                new ReportPortalSettings(Optional.of(URI.create("https://rp.example")), Optional.of("pokeapi"),
                        Optional.of("rp-api-token"), "nightly", "staging", Optional.of("0123abc"),
                        Duration.ofSeconds(4)),
                new SweepSettings(EnumSet.of(ApiResource.TYPE, ApiResource.POKEMON), 25, Optional.of(schemas),
                        URI.create("http://schemas.example/data/")),
                Optional.of(Path.of("/var/cache/suite-http"))));
    }

    @Test
    void revalidationKeepsItsCacheInTheUsersCacheFolderUnlessTurnedOff() {
        assertThat(load(Map.of()).httpCache()).hasValue(Settings.DEFAULT_HTTP_CACHE_DIR);
        assertThat(Settings.DEFAULT_HTTP_CACHE_DIR).isEqualTo(Path.of(System.getProperty("user.home"), ".cache",
                "pokeapi-observability-tests", "http"));
        assertThat(load(Map.of("HTTP_REVALIDATE", "off", "HTTP_CACHE_DIR", "/tmp/x")).httpCache()).isEmpty();
    }

    @Test
    void aSweepCoversEveryDocumentOfEveryResourceByDefault() {
        SweepSettings sweep = load(Map.of()).sweep();

        assertThat(sweep.resources()).containsExactlyInAnyOrder(ApiResource.values());
        assertThat(sweep.sample()).isZero();
        assertThat(sweep.schemaDir()).isEmpty();
        assertThat(sweep.schemaUrl()).hasToString(SweepSettings.DEFAULT_SCHEMA_URL);
    }

    @Test
    void aSchemaDirWithoutSchemaV2IsRefusedNamingTheFolder() {
        assertThatThrownBy(() -> load(Map.of("SCHEMA_DIR", schemas.resolve("schema").toString())))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid SCHEMA_DIR=")
                .hasMessageContaining("expected a folder holding schema/v2")
                .hasMessageContaining(schemas.resolve("schema").resolve("schema").resolve("v2") + " is not a folder");
    }

    @Test
    void historyIsOnByDefaultWithAnEmbeddedDatabaseInTheUsersDataFolder() {
        HistorySettings history = load(Map.of()).history();

        assertThat(history.enabled()).isTrue();
        assertThat(history.host()).isEmpty();
        assertThat(history.embeddedDir()).isEqualTo(HistorySettings.DEFAULT_EMBEDDED_DIR);
        assertThat(history.baselineWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(history.baselineTolerance()).isEqualTo(0.2);
        assertThat(history.describe()).startsWith("embedded PostgreSQL in ");
    }

    @Test
    void aTildeInHistoryDirIsTheHomeFolder() {
        assertThat(load(Map.of("HISTORY_DIR", "~/pg")).history().embeddedDir())
                .isEqualTo(Path.of(System.getProperty("user.home"), "pg"));
    }

    @Test
    void describingAServerNamesItButNeverThePassword() {
        HistorySettings history = load(Map.of("POSTGRES_HOST", "db.example", "POSTGRES_PASSWORD", "s3cret")).history();

        assertThat(history.describe()).isEqualTo("PostgreSQL at db.example:5432/pokeapi_cache").doesNotContain("s3cret");
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

    @Test
    void anInvalidValueOfASettingNamedSecretIsNotShown() {
        assertThatThrownBy(() -> load(Map.of("SECRETS", "PROMETHEUS_PORT, OTHER", "PROMETHEUS_PORT", "h4x0r")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid PROMETHEUS_PORT (a secret, not shown) from test: expected a whole number")
                .hasMessageNotContaining("h4x0r");
    }

    @Test
    void aRunsTokenTooShortOrNotABearerTokenIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> load(Map.of("RUNS_TOKEN", "short-secret")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid RUNS_TOKEN (a secret, not shown) from test: expected a token of at least 16 "
                        + "characters: letters, digits and - . _ ~ + /")
                .hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> load(Map.of("RUNS_TOKEN", "a long token with spaces")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid RUNS_TOKEN (a secret, not shown)");
        assertThat(load(Map.of("RUNS_TOKEN", "mF_9.B5f-4.1JqM/p+==")).observability().runsToken())
                .contains("mF_9.B5f-4.1JqM/p+==");
    }

    @Test
    void theSettingsPrintedShowNoSecret() {
        Settings settings = load(Map.of("POSTGRES_PASSWORD", "pw-0123", "RUNS_TOKEN", "runs-token-0123456789"));

        assertThat(settings.observability().toString()).doesNotContain("runs-token-0123456789")
                .doesNotContain("pw-0123").contains("runsToken=set");
    }

    @Test
    void secretsAreThePasswordTheTokenAndTheValuesOfTheSettingsSecretsNames() {
        Settings settings = load(Map.of("POSTGRES_PASSWORD", "pw", "REPORTPORTAL_API_TOKEN", "tok",
                "RUNS_TOKEN", "runs-token-0123456789", "SECRETS", "MY_KEY , POKEAPI_BASE_URL", "MY_KEY", "k3y", "POKEAPI_BASE_URL", "http://u:p@host/api/v2"));

        assertThat(settings.observability().secrets())
                .containsExactlyInAnyOrder("pw", "tok", "runs-token-0123456789", "k3y",
                        "http://u:p@host/api/v2");
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
            HTTP_CONNECT_TIMEOUT | 5 seconds    | expected a duration from 1ms to 60m, such as 500ms, 5s or 2m
            HTTP_READ_TIMEOUT    | soon         | expected a duration from 1ms to 60m, such as 500ms, 5s or 2m
            HTTP_READ_TIMEOUT    | 0s           | expected a duration from 1ms to 60m
            HTTP_CALL_TIMEOUT    | -5s          | expected a duration from 1ms to 60m
            TAGS                 | @smoke and ( | not a Cucumber tag expression
            REPLICA_LATENCY      | slow         | expected a duration from 0 to 60m
            REPLICA_FAIL_FIRST   | static:1     | expected <path>:<count>[:<status>]
            REPLICA_FAIL_FIRST   | /a:1:200     | expected a whole number from 400 to 599
            REPLICA_LATENCY      | 2s-1s        | expected the shorter latency first
            REPLICA_LATENCY      | 1s-2s-3s     | or a range such as 100ms-500ms
            REPLICA_ERROR_RATE   | often        | expected a percentage with optional statuses
            REPLICA_ERROR_RATE   | 0%           | expected a percentage above 0% and at most 100%
            REPLICA_ERROR_RATE   | 101%         | expected a percentage above 0% and at most 100%
            REPLICA_ERROR_RATE   | 20%:404      | expected a whole number from 500 to 599
            REPLICA_RETRY_AFTER  | 1500ms       | expected whole seconds
            REPLICA_RETRY_AFTER  | tomorrow     | expected a duration from 0 to 60m
            REPLICA_BREAK        | explode:/a   | expected <truncate|malformed|reset|trickle>:<path or percentage>
            REPLICA_BREAK        | reset        | expected <truncate|malformed|reset|trickle>:<path or percentage>
            HTTP_RETRIES         | 11           | expected a whole number from 0 to 10
            HTTP_RETRY_BACKOFF   | quick        | expected a duration from 1ms to 60m
            HTTP_RETRY_BUDGET    | 0s           | expected a duration from 1ms to 60m
            CIRCUIT_BREAKER      | 5            | expected <failures>/<requests>:<open time> such as 5/10:30s
            CIRCUIT_BREAKER      | 11/10:30s    | failures at most requests
            CIRCUIT_BREAKER      | 5/10:soon    | expected a duration from 1ms to 60m
            RATE_LIMIT           | fast         | expected requests per second such as 10/s
            RATE_LIMIT           | 0/s          | expected requests per second such as 10/s
            HISTORY              | maybe        | expected on or off
            POSTGRES_PORT        | 0            | expected a whole number from 1 to 65535
            POSTGRES_DB          | pokeapi-db   | expected letters, digits and underscores
            POSTGRES_DB          | 1db          | expected letters, digits and underscores
            REPORTPORTAL_ENDPOINT | rp.example  | expected an http(s) URL
            REPORTPORTAL_PROJECT | my project   | expected a name of 1 to 128 characters without spaces
            REPORTPORTAL_LAUNCH  | a/b          | expected a name of 1 to 128 characters without spaces
            REPORTPORTAL_TIMEOUT | forever      | expected a duration from 1ms to 60m
            BASELINE_WINDOW      | 7            | expected a duration from 1h to 365d, such as 36h or 7d
            BASELINE_WINDOW      | 366d         | expected a duration from 1h to 365d
            BASELINE_WINDOW      | 0d           | expected a duration from 1h to 365d
            BASELINE_TOLERANCE   | lots         | expected a percentage such as 20%
            BASELINE_TOLERANCE   | 0%           | expected a percentage such as 20%
            BASELINE_FAILS       | sometimes    | expected on or off
            HISTORY_RETENTION    | 12h          | expected a duration from 1d to 3650d, such as 36h or 7d, or off
            HISTORY_RETENTION    | a month      | expected a duration from 1d to 3650d
            RETRIES              | 11           | expected a whole number from 0 to 10
            PROMETHEUS_PORT      | 70000        | expected a whole number from 0 to 65535
            PUSHGATEWAY_URL      | gateway:9091 | expected an http(s) URL
            LOG_FORMAT           | xml          | expected 'json' or 'text'
            SWEEP                | berry        | 'berry' is not a resource the sweep knows
            SWEEP                | ,            | expected pokemon, ability and type, comma-separated
            SWEEP_SAMPLE         | -1           | expected a whole number from 0 to 1000000
            SCHEMA_URL           | schemas      | expected an http(s) URL
            SCHEMA_URL           | http://      | expected an http(s) URL such as https://raw.githubusercontent.com
            PUSHGATEWAY_URL      | ftp://x:9091 | expected an http(s) URL such as http://127.0.0.1:9091
            REPORTPORTAL_ENDPOINT | not a url   | expected an http(s) URL such as https://reportportal.example.com
            """)
    void anInvalidValueGivesAOneLineMessageNamingSettingValueAndOrigin(String setting, String value, String problem) {
        assertThatThrownBy(() -> load(Map.of(setting, value)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid " + setting + "='" + value + "' from test: ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMaximumBackoffShorterThanTheFirstIsRefusedNamingBoth() {
        assertThatThrownBy(() -> load(Map.of("HTTP_RETRY_BACKOFF", "2s", "HTTP_RETRY_MAX_BACKOFF", "1s")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("HTTP_RETRY_MAX_BACKOFF").hasMessageContaining("HTTP_RETRY_BACKOFF");
    }

    @Test
    void theHistoryIsKeptThirtyDaysByDefaultOrAsSetOrForEver() {
        assertThat(load(Map.of()).history().retention()).contains(Duration.ofDays(30));
        assertThat(load(Map.of("HISTORY_RETENTION", "90d")).history().retention()).contains(Duration.ofDays(90));
        assertThat(load(Map.of("HISTORY_RETENTION", "off")).history().retention()).isEmpty();
        assertThat(load(Map.of("HISTORY_RETENTION", "0")).history().retention()).isEmpty();
    }

    @Test
    void theDefaultRetentionGrowsToALongerBaselineWindowAndOneSetShorterIsRefusedNamingBoth() {
        assertThat(load(Map.of("BASELINE_WINDOW", "60d")).history().retention()).contains(Duration.ofDays(60));
        assertThat(load(Map.of("BASELINE_WINDOW", "60d", "HISTORY_RETENTION", "off")).history().retention())
                .isEmpty();

        assertThatThrownBy(() -> load(Map.of("BASELINE_WINDOW", "60d", "HISTORY_RETENTION", "45d")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid HISTORY_RETENTION=45d: it is shorter than BASELINE_WINDOW=60d, whose responses "
                        + "the baselines are renewed from; keep the history at least that long");
    }

    @Test
    void theRateLimitIsConservativeForTheLiveApiAndOffForTheReplica() {
        assertThat(load(Map.of()).resilience().rateLimit()).contains(10.0);
        assertThat(load(Map.of("TARGET", "replica")).resilience().rateLimit()).isEmpty();
        assertThat(load(Map.of("TARGET", "replica", "RATE_LIMIT", "20/s")).resilience().rateLimit()).contains(20.0);
        assertThat(load(Map.of("RATE_LIMIT", "off")).resilience().rateLimit()).isEmpty();
        assertThat(load(Map.of("CIRCUIT_BREAKER", "off")).resilience().circuitBreaker()).isEmpty();
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

    @Test
    void theServeModeRunsEveryFiveMinutesByDefaultAndOnlyOnDemandWhenOff() {
        assertThat(load(Map.of()).observability().serveInterval()).contains(Duration.ofMinutes(5));
        assertThat(load(Map.of("SERVE_INTERVAL", "2s")).observability().serveInterval())
                .contains(Duration.ofSeconds(2));
        assertThat(load(Map.of("SERVE_INTERVAL", "1500ms")).observability().serveInterval())
                .contains(Duration.ofMillis(1500));
        assertThat(load(Map.of("SERVE_INTERVAL", "2h")).observability().serveInterval()).contains(Duration.ofHours(2));
        assertThat(load(Map.of("SERVE_INTERVAL", "off")).observability().serveInterval()).isEmpty();
        assertThat(load(Map.of("SERVE_INTERVAL", "0")).observability().serveInterval()).isEmpty();
    }

    @Test
    void aServeIntervalOutsideOneSecondToADayIsRefusedWithItsRange() {
        for (String value : new String[] {"soon", "500ms", "25h", "-5m"}) {
            assertThatThrownBy(() -> load(Map.of("SERVE_INTERVAL", value)))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessage("Invalid SERVE_INTERVAL='" + value + "' from test: expected a duration from 1s to 24h, "
                            + "such as 5s or 2m, or off");
        }
    }
}
