package io.pokeapi.suite.config;

import io.pokeapi.suite.api.ApiResource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A setting of the suite: its name, how its value is written, its default and what it does, each said once here;
 * {@link SettingsLoader} reads every setting through its definition, and the README's table lists the same.
 *
 * @param <T> the value the setting's text stands for
 */
public final class Setting<T> {

    private static final List<Setting<?>> ALL = new ArrayList<>();
    private static final DurationSyntax HTTP_DURATION = DurationSyntax.between("1ms", "60m");
    private static final Syntax<Integer> PORT = ValueSyntax.wholeNumber(0, 65535);
    private static final Syntax<Integer> RETRY_COUNT = ValueSyntax.wholeNumber(0, 10);
    private static final String NONE = "none";

    public static final Setting<URI> POKEAPI_BASE_URL = written("POKEAPI_BASE_URL",
            HttpUrlSyntax.suchAs(Settings.DEFAULT_BASE_URL), URI.create(Settings.DEFAULT_BASE_URL),
            "PokéAPI base URL the suite tests when TARGET=live");
    public static final Setting<Settings.Target> TARGET = written("TARGET", ValueSyntax.choice(Settings.Target.class),
            Settings.Target.LIVE, "live: test POKEAPI_BASE_URL; replica: start the embedded replica and test it");
    public static final Setting<Optional<Path>> REPLICA_DATA = unset("REPLICA_DATA", ValueSyntax.path(),
            "the bundled fixtures", "api-data folder (holding data/api/v2) the replica serves");
    public static final Setting<String> REPLICA_HOST = written("REPLICA_HOST", ValueSyntax.text(), "127.0.0.1",
            "address the replica binds to");
    public static final Setting<Integer> REPLICA_PORT = written("REPLICA_PORT", PORT, 0,
            "port the replica binds to; 0 picks a free port (make replica uses 8080)");
    public static final Setting<ReplicaFaults.Latency> REPLICA_LATENCY = written("REPLICA_LATENCY",
            Syntax.of(ReplicaFaultSyntax::latency, ReplicaFaultSyntax::format), ReplicaFaults.Latency.NONE,
            "latency the replica adds to every answer: 200ms, or 100ms-500ms drawn at random");
    public static final Setting<List<ReplicaFaults.FailFirst>> REPLICA_FAIL_FIRST = inWords("REPLICA_FAIL_FIRST",
            Syntax.readOnly(ReplicaFaultSyntax::failFirst), List.of(), NONE,
            "requests the replica fails: <path>:<count>[:<status>], comma-separated");
    public static final Setting<Optional<ReplicaFaults.ErrorRate>> REPLICA_ERROR_RATE = unset("REPLICA_ERROR_RATE",
            Syntax.readOnly(ReplicaFaultSyntax::errorRate), NONE,
            "share of answers the replica replaces by server errors: 20%, 20%:503, 10%:502|503");
    public static final Setting<ReplicaFaults.RetryAfter> REPLICA_RETRY_AFTER = written("REPLICA_RETRY_AFTER",
            Syntax.of(ReplicaFaultSyntax::retryAfter, ReplicaFaultSyntax::format), ReplicaFaults.DEFAULT_RETRY_AFTER,
            "Retry-After of the replica's 429 answers: 2s (delta-seconds) or date:2s (HTTP date)");
    public static final Setting<List<ReplicaFaults.BrokenBody>> REPLICA_BREAK = inWords("REPLICA_BREAK",
            Syntax.readOnly(ReplicaFaultSyntax::brokenBodies), List.of(), NONE,
            "answers that break: <truncate|malformed|reset|trickle>:<path or percentage>, comma-separated");
    public static final Setting<Duration> REPLICA_TRICKLE_PAUSE = written("REPLICA_TRICKLE_PAUSE", HTTP_DURATION,
            ReplicaFaults.DEFAULT_TRICKLE_PAUSE, "pause between the chunks of a trickled body (REPLICA_BREAK=trickle:…)");
    public static final Setting<String> REPLICA_VERSION_HASH = written("REPLICA_VERSION_HASH", ValueSyntax.headerValue(),
            ReplicaVersion.DEFAULT.hash(), "X-PokeAPI-Hash of the replica's successful answers");
    public static final Setting<String> REPLICA_DEPLOY_DATE = written("REPLICA_DEPLOY_DATE", ValueSyntax.headerValue(),
            ReplicaVersion.DEFAULT.deployDate(), "X-PokeAPI-Deploy-Date of the replica's successful answers");
    public static final Setting<Integer> THREADS = written("THREADS", ValueSyntax.wholeNumber(1, 64), 4,
            "scenarios run in parallel on this many threads");
    public static final Setting<Optional<String>> TAGS = unset("TAGS",
            Syntax.of(ValueSyntax::tagExpression, tags -> tags), "all scenarios",
            "Cucumber tag expression selecting the scenarios, such as '@smoke and not @negative'");
    public static final Setting<Path> FEATURES_DIR = written("FEATURES_DIR", ValueSyntax.path(), Path.of("features"),
            "folder holding the .feature files");
    public static final Setting<Path> REPORTS_DIR = written("REPORTS_DIR", ValueSyntax.path(),
            Path.of("target", "reports"), "folder the HTML, JSON, JUnit XML and message reports are written to");
    public static final Setting<Duration> HTTP_CONNECT_TIMEOUT = written("HTTP_CONNECT_TIMEOUT", HTTP_DURATION,
            Duration.ofSeconds(5), "connect timeout of the HTTP client");
    public static final Setting<Duration> HTTP_READ_TIMEOUT = written("HTTP_READ_TIMEOUT", HTTP_DURATION,
            Duration.ofSeconds(15), "read timeout of the HTTP client");
    public static final Setting<Duration> HTTP_CALL_TIMEOUT = written("HTTP_CALL_TIMEOUT", HTTP_DURATION,
            Duration.ofSeconds(30), "limit on one whole HTTP call, body included");
    public static final Setting<Boolean> HTTP_REVALIDATE = written("HTTP_REVALIDATE", ValueSyntax.onOff(), true,
            "on: keep the bodies fetched in HTTP_CACHE_DIR and ask for each again with If-None-Match, a 304 giving "
                    + "the kept body; never answered from the cache without asking; off: every request unconditional");
    public static final Setting<Path> HTTP_CACHE_DIR = written("HTTP_CACHE_DIR", ValueSyntax.path(),
            Settings.DEFAULT_HTTP_CACHE_DIR, "folder of the HTTP cache that HTTP_REVALIDATE revalidates, kept between "
                    + "runs; one running suite at a time uses it");
    public static final Setting<Integer> HTTP_RETRIES = written("HTTP_RETRIES", RETRY_COUNT, 3,
            "times a request is sent again after an I/O error, a 502, 503 or 504, or a 429; 0 turns retries off");
    public static final Setting<Duration> HTTP_RETRY_BACKOFF = written("HTTP_RETRY_BACKOFF", HTTP_DURATION,
            Duration.ofMillis(200), "ceiling of the first retry's random wait (full jitter); it doubles with each retry");
    public static final Setting<Duration> HTTP_RETRY_MAX_BACKOFF = written("HTTP_RETRY_MAX_BACKOFF", HTTP_DURATION,
            Duration.ofSeconds(5), "ceiling of any retry's random wait");
    public static final Setting<Duration> HTTP_RETRY_BUDGET = written("HTTP_RETRY_BUDGET", HTTP_DURATION,
            Duration.ofSeconds(30), "time one request may take with its retries and waits before retries stop");
    public static final Setting<Duration> HTTP_RETRY_AFTER_MAX = written("HTTP_RETRY_AFTER_MAX", HTTP_DURATION,
            Duration.ofSeconds(10), "longest Retry-After of a 429 the client waits for; a longer one fails the request");
    public static final Setting<Optional<ResilienceSettings.CircuitBreaker>> CIRCUIT_BREAKER = written(
            "CIRCUIT_BREAKER", ResilienceSyntax.circuitBreaker(),
            Optional.of(new ResilienceSettings.CircuitBreaker(5, 10, Duration.ofSeconds(30))),
            "an endpoint's circuit opens after 5 failed of its last 10 requests, failing fast for 30 s; off");
    /** The default is for the live API: PokéAPI is free and asks for fair use; the replica is the suite's own. */
    public static final Setting<Optional<Double>> RATE_LIMIT = written("RATE_LIMIT", ResilienceSyntax.rate(),
            Optional.of(10.0), "requests per second the client sends at most, all scenarios together (off for the "
                    + "replica unless set); off");
    public static final Setting<Boolean> HISTORY = written("HISTORY", ValueSyntax.onOff(), true,
            "on: remember responses, schemas, latencies and flaky scenarios in PostgreSQL; off: no history");
    public static final Setting<Optional<String>> POSTGRES_HOST = unset("POSTGRES_HOST", ValueSyntax.text(),
            "an embedded PostgreSQL", "PostgreSQL server of the history; unset starts an embedded one in HISTORY_DIR");
    public static final Setting<Integer> POSTGRES_PORT = written("POSTGRES_PORT", ValueSyntax.wholeNumber(1, 65535),
            5432, "PostgreSQL port");
    public static final Setting<String> POSTGRES_DB = written("POSTGRES_DB", ValueSyntax.identifier(), "pokeapi_cache",
            "database of the history, created if missing");
    public static final Setting<String> POSTGRES_USER = written("POSTGRES_USER", ValueSyntax.text(), "postgres",
            "database user");
    public static final Setting<String> POSTGRES_PASSWORD = inWords("POSTGRES_PASSWORD", ValueSyntax.text(), "", NONE,
            "database password (secret: never logged)");
    public static final Setting<Path> HISTORY_DIR = written("HISTORY_DIR", ValueSyntax.path(),
            HistorySettings.DEFAULT_EMBEDDED_DIR, "data folder of the embedded PostgreSQL, kept between runs");
    public static final Setting<Duration> BASELINE_WINDOW = written("BASELINE_WINDOW",
            DurationSyntax.between("1h", "365d"), Duration.ofDays(7),
            "latency samples this recent make the performance baselines");
    public static final Setting<Optional<Duration>> HISTORY_RETENTION = written("HISTORY_RETENTION",
            DurationSyntax.between("1d", "3650d").orOff(), Optional.of(HistorySettings.DEFAULT_RETENTION),
            "responses, runs and scenario results this recent are kept and older ones pruned, daily by the serve "
                    + "mode or by make history-prune; never shorter than BASELINE_WINDOW; off keeps everything");
    public static final Setting<Double> BASELINE_TOLERANCE = written("BASELINE_TOLERANCE", ValueSyntax.percentage(),
            0.2, "how far a run's P95 latency may stray from its baseline");
    public static final Setting<Boolean> BASELINE_FAILS = written("BASELINE_FAILS", ValueSyntax.trueFalse(), false,
            "true: a baseline regression fails the run; false: it is a warning");
    public static final Setting<Integer> RETRIES = written("RETRIES", RETRY_COUNT, 3,
            "times a failed scenario is retried; one that then passes is flaky; 0 turns retries off");
    public static final Setting<FailOn> FAIL_ON = written("FAIL_ON", ValueSyntax.choice(FailOn.class), FailOn.ANY,
            "any: a run fails when any scenario fails; new: only when a scenario fails that passed last time");
    public static final Setting<Integer> PROMETHEUS_PORT = written("PROMETHEUS_PORT", PORT, 8000,
            "port of /metrics and /health while the suite runs; 0 picks a free port");
    public static final Setting<Optional<Duration>> SERVE_INTERVAL = written("SERVE_INTERVAL",
            DurationSyntax.between("1s", "24h").orOff(), Optional.of(Duration.ofMinutes(5)),
            "serve mode: time between scheduled runs of TAGS; off: runs only on demand");
    public static final Setting<Optional<String>> RUNS_TOKEN = unset("RUNS_TOKEN", ValueSyntax.bearerToken(16),
            "none: anyone who reaches the port may start a run",
            "serve mode: POST /runs needs Authorization: Bearer <this token> (secret: never logged)");
    public static final Setting<Optional<URI>> PUSHGATEWAY_URL = unset("PUSHGATEWAY_URL",
            HttpUrlSyntax.suchAs("http://127.0.0.1:9091"), NONE,
            "Prometheus Pushgateway that receives each run's final metrics");
    public static final Setting<ObservabilitySettings.LogFormat> LOG_FORMAT = written("LOG_FORMAT",
            ValueSyntax.choice(ObservabilitySettings.LogFormat.class), ObservabilitySettings.LogFormat.JSON,
            "json: one JSON object a line, for Loki; text: readable lines for a terminal");
    public static final Setting<List<String>> SECRETS = inWords("SECRETS", ValueSyntax.commaSeparated(), List.of(),
            NONE, "names of further settings or environment variables whose values are secret");
    public static final Setting<Optional<URI>> REPORTPORTAL_ENDPOINT = unset("REPORTPORTAL_ENDPOINT",
            HttpUrlSyntax.suchAs("https://reportportal.example.com"), NONE,
            "ReportPortal address; with REPORTPORTAL_PROJECT and REPORTPORTAL_API_TOKEN each run is reported there");
    public static final Setting<Optional<String>> REPORTPORTAL_PROJECT = unset("REPORTPORTAL_PROJECT",
            ValueSyntax.name(), NONE, "ReportPortal project the launches go to");
    public static final Setting<Optional<String>> REPORTPORTAL_API_TOKEN = unset("REPORTPORTAL_API_TOKEN",
            ValueSyntax.text(), NONE, "API token of a ReportPortal user of that project (secret: never logged)");
    public static final Setting<String> REPORTPORTAL_LAUNCH = written("REPORTPORTAL_LAUNCH",
            ReportPortalNames.launchSyntax(), ReportPortalSettings.DEFAULT_LAUNCH,
            "name of each run's launch in ReportPortal, " + ReportPortalNames.MIN_LENGTH + " to "
                    + ReportPortalNames.longestLaunch() + " characters so that the dashboard's names made of it fit");
    public static final Setting<Duration> REPORTPORTAL_TIMEOUT = written("REPORTPORTAL_TIMEOUT", HTTP_DURATION,
            ReportPortalSettings.DEFAULT_TIMEOUT,
            "limit on each request to ReportPortal, and on the wait at a run's end for the rest");
    public static final Setting<String> ENVIRONMENT = written("ENVIRONMENT", ValueSyntax.name(),
            ReportPortalSettings.DEFAULT_ENVIRONMENT, "where the suite runs, such as ci or staging: a launch attribute");
    public static final Setting<Optional<String>> GIT_COMMIT = unset("GIT_COMMIT", ValueSyntax.name(),
            "git rev-parse HEAD", "commit the suite was built from: a launch attribute");
    public static final Setting<Set<ApiResource>> SWEEP = written("SWEEP",
            Syntax.of(SweepSyntax::resources, SweepSyntax::format), EnumSet.allOf(ApiResource.class),
            "what a sweep (TAGS=@sweep) walks: pokemon, ability, type, comma-separated");
    public static final Setting<Integer> SWEEP_SAMPLE = written("SWEEP_SAMPLE", ValueSyntax.wholeNumber(0, 1_000_000),
            0, "documents of each resource a sweep draws at random per run, seeded by the run id; 0 sweeps all");
    public static final Setting<Optional<Path>> SCHEMA_DIR = unset("SCHEMA_DIR",
            ValueSyntax.path().map(SweepSyntax::schemaDir, folder -> folder), "the replica's data, else downloaded",
            "folder holding PokéAPI's published JSON Schemas under schema/v2");
    public static final Setting<URI> SCHEMA_URL = written("SCHEMA_URL",
            HttpUrlSyntax.suchAs(SweepSettings.DEFAULT_SCHEMA_URL).map(url -> URI.create(url + "/"), url -> url),
            URI.create(SweepSettings.DEFAULT_SCHEMA_URL),
            "where a sweep without SCHEMA_DIR downloads schema/v2 from, once per run");

    private final String name;
    private final Syntax<T> syntax;
    private final T defaultValue;
    private final Optional<String> writtenDefault;
    private final String defaultText;
    private final String description;

    private Setting(String name, Syntax<T> syntax, T defaultValue, Optional<String> writtenDefault, String defaultText,
            String description) {
        this.name = name;
        this.syntax = syntax;
        this.defaultValue = defaultValue;
        this.writtenDefault = writtenDefault;
        this.defaultText = defaultText;
        this.description = description;
        ALL.add(this);
    }

    /** A setting whose default is a value one could write, and is documented so: {@code 5s}, {@code live}. */
    private static <T> Setting<T> written(String name, Syntax<T> syntax, T defaultValue, String description) {
        String text = syntax.format(defaultValue);
        return new Setting<>(name, syntax, defaultValue, Optional.of(text), text, description);
    }

    /** A setting whose default is documented in words, such as {@code none}. */
    private static <T> Setting<T> inWords(String name, Syntax<T> syntax, T defaultValue, String words,
            String description) {
        return new Setting<>(name, syntax, defaultValue, Optional.empty(), words, description);
    }

    /** A setting that may be left unset, {@code words} saying what then happens. */
    private static <T> Setting<Optional<T>> unset(String name, Syntax<T> syntax, String words, String description) {
        return inWords(name, syntax.optional(), Optional.empty(), words, description);
    }

    /** Every setting, in the order they are defined. */
    public static List<Setting<?>> values() {
        return List.copyOf(ALL);
    }

    /** The setting of this name, if the suite has one. */
    public static Optional<Setting<?>> named(String name) {
        return ALL.stream().filter(setting -> setting.name.equals(name)).findFirst();
    }

    public String name() {
        return name;
    }

    /** The value {@code text} gives this setting; throws saying what a valid value looks like. */
    public T parse(String text) {
        return syntax.parse(text);
    }

    /** The value of the setting when it is not set. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The default as one would write it, when it is a value rather than words such as {@code none}. */
    public Optional<String> writtenDefault() {
        return writtenDefault;
    }

    /** The default as the README documents it: the written value, or words such as {@code none}. */
    public String defaultText() {
        return defaultText;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return name;
    }
}
