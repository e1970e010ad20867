package io.pokeapi.suite.config;

/** The names of the suite's settings, their defaults and what they do; the README's table lists the same. */
public enum Setting {
    POKEAPI_BASE_URL(Settings.DEFAULT_BASE_URL, "PokéAPI base URL the suite tests when TARGET=live"),
    TARGET("live", "live: test POKEAPI_BASE_URL; replica: start the embedded replica and test it"),
    REPLICA_DATA("(bundled fixtures)", "api-data folder (holding data/api/v2) the replica serves"),
    REPLICA_HOST("127.0.0.1", "address the replica binds to"),
    REPLICA_PORT("0", "port the replica binds to; 0 picks a free port (make replica uses 8080)"),
    REPLICA_LATENCY("0", "latency the replica adds to every answer: 200ms, or 100ms-500ms drawn at random"),
    REPLICA_FAIL_FIRST("(none)", "requests the replica fails: <path>:<count>[:<status>], comma-separated"),
    REPLICA_ERROR_RATE("(none)", "share of answers the replica replaces by server errors: 20%, 20%:503, 10%:502|503"),
    REPLICA_RETRY_AFTER("1s", "Retry-After of the replica's 429 answers: 2s (delta-seconds) or date:2s (HTTP date)"),
    REPLICA_BREAK("(none)", "answers that break: <truncate|malformed|reset|trickle>:<path or percentage>, comma-separated"),
    REPLICA_TRICKLE_PAUSE("20s", "pause between the chunks of a trickled body (REPLICA_BREAK=trickle:…)"),
    THREADS("4", "scenarios run in parallel on this many threads"),
    TAGS("(all scenarios)", "Cucumber tag expression selecting the scenarios, such as '@smoke and not @negative'"),
    FEATURES_DIR("features", "folder holding the .feature files"),
    REPORTS_DIR("target/reports", "folder the HTML, JSON, JUnit XML and message reports are written to"),
    HTTP_CONNECT_TIMEOUT("5s", "connect timeout of the HTTP client (ms, s or m)"),
    HTTP_READ_TIMEOUT("15s", "read timeout of the HTTP client (ms, s or m)"),
    HTTP_CALL_TIMEOUT("30s", "limit on one whole HTTP call, body included (ms, s or m)"),
    HTTP_RETRIES("3", "times a request is sent again after an I/O error, a 502, 503 or 504, or a 429; 0 turns retries off"),
    HTTP_RETRY_BACKOFF("200ms", "ceiling of the first retry's random wait (full jitter); it doubles with each retry"),
    HTTP_RETRY_MAX_BACKOFF("5s", "ceiling of any retry's random wait"),
    HTTP_RETRY_BUDGET("30s", "time one request may take with its retries and waits before retries stop"),
    HTTP_RETRY_AFTER_MAX("10s", "longest Retry-After of a 429 the client waits for; a longer one fails the request"),
    CIRCUIT_BREAKER("5/10:30s", "an endpoint's circuit opens after 5 failed of its last 10 requests, failing fast for 30 s; off"),
    RATE_LIMIT("(10/s live, off for the replica)", "requests per second the client sends at most, all scenarios together; off"),
    HISTORY("on", "on: remember responses, schemas, latencies and flaky scenarios in PostgreSQL; off: no history"),
    POSTGRES_HOST("(embedded PostgreSQL)", "PostgreSQL server of the history; unset starts an embedded one in HISTORY_DIR"),
    POSTGRES_PORT("5432", "PostgreSQL port"),
    POSTGRES_DB("pokeapi_cache", "database of the history, created if missing"),
    POSTGRES_USER("postgres", "database user"),
    POSTGRES_PASSWORD("(none)", "database password (secret: never logged)"),
    HISTORY_DIR("~/.local/share/pokeapi-observability-tests/postgres", "data folder of the embedded PostgreSQL, kept between runs"),
    BASELINE_WINDOW("7d", "latency samples this recent make the performance baselines (h or d)"),
    BASELINE_TOLERANCE("20%", "how far a run's P95 latency may stray from its baseline"),
    BASELINE_FAILS("false", "true: a baseline regression fails the run; false: it is a warning"),
    RETRIES("3", "times a failed scenario is retried; one that then passes is flaky; 0 turns retries off"),
    PROMETHEUS_PORT("8000", "port of /metrics and /health while the suite runs; 0 picks a free port"),
    SERVE_INTERVAL("5m", "serve mode: time between scheduled runs of TAGS (s, m or h); off: runs only on demand"),
    PUSHGATEWAY_URL("(none)", "Prometheus Pushgateway that receives each run's final metrics"),
    LOG_FORMAT("json", "json: one JSON object a line, for Loki; text: readable lines for a terminal"),
    SECRETS("(none)", "names of further settings or environment variables whose values are secret"),
    REPORTPORTAL_ENDPOINT("(none)", "ReportPortal address; with REPORTPORTAL_PROJECT and REPORTPORTAL_API_TOKEN each run is reported there"),
    REPORTPORTAL_PROJECT("(none)", "ReportPortal project the launches go to"),
    REPORTPORTAL_API_TOKEN("(none)", "API token of a ReportPortal user of that project (secret: never logged)"),
    REPORTPORTAL_LAUNCH(ReportPortalSettings.DEFAULT_LAUNCH, "name of each run's launch in ReportPortal"),
    REPORTPORTAL_TIMEOUT("10s", "limit on each request to ReportPortal, and on the wait at a run's end for the rest"),
    ENVIRONMENT(ReportPortalSettings.DEFAULT_ENVIRONMENT, "where the suite runs, such as ci or staging: a launch attribute"),
    GIT_COMMIT("(git rev-parse HEAD)", "commit the suite was built from: a launch attribute"),
    SWEEP("pokemon,ability,type", "what a sweep (TAGS=@sweep) walks: pokemon, ability, type, comma-separated"),
    SWEEP_SAMPLE("0", "documents of each resource a sweep draws at random per run, seeded by the run id; 0 sweeps all"),
    SCHEMA_DIR("(the replica's data, else downloaded)", "folder holding PokéAPI's published JSON Schemas under schema/v2"),
    SCHEMA_URL(SweepSettings.DEFAULT_SCHEMA_URL, "where a sweep without SCHEMA_DIR downloads schema/v2 from, once per run");

    private final String defaultText;
    private final String description;

    Setting(String defaultText, String description) {
        this.defaultText = defaultText;
        this.description = description;
    }

    public String defaultText() {
        return defaultText;
    }

    public String description() {
        return description;
    }
}
