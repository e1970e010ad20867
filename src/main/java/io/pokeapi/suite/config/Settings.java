package io.pokeapi.suite.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of the suite, read once by {@link SettingsLoader} and passed to whatever needs it.
 *
 * @param baseUrl        PokéAPI base URL for {@link Target#LIVE} runs, without a trailing slash
 * @param target         where the suite sends its requests
 * @param replica        the embedded replica, when the target is {@link Target#REPLICA}
 * @param threads        scenarios run in parallel on this many threads
 * @param retries        times a failed scenario is run again; one that then passes is flaky
 * @param tags           Cucumber tag expression selecting the scenarios; empty runs them all
 * @param featuresDir    folder holding the .feature files
 * @param reportsDir     folder the reports are written to
 * @param connectTimeout TCP connect timeout of the HTTP client
 * @param readTimeout    socket read timeout of the HTTP client
 * @param callTimeout    limit on a whole HTTP call, body included
 * @param resilience     retries, circuit breakers and the rate limit of the HTTP client
 * @param history        the run history in PostgreSQL
 * @param observability  metrics, logs and their secrets
 * @param reportPortal   where runs are reported in ReportPortal, if anywhere
 * @param sweep          what a sweep of every document covers
 */
public record Settings(
        URI baseUrl,
        Target target,
        ReplicaSettings replica,
        int threads,
        int retries,
        Optional<String> tags,
        Path featuresDir,
        Path reportsDir,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        ResilienceSettings resilience,
        HistorySettings history,
        ObservabilitySettings observability,
        ReportPortalSettings reportPortal,
        SweepSettings sweep) {

    public static final String DEFAULT_BASE_URL = "https://pokeapi.co/api/v2";

    /** Where the suite's requests go. */
    public enum Target {
        /** The PokéAPI at {@code POKEAPI_BASE_URL}. */
        LIVE,
        /** The embedded replica, started in-process for the run. */
        REPLICA
    }

    public Settings withTags(String tagExpression) {
        return new Settings(baseUrl, target, replica, threads, retries,
                Optional.ofNullable(tagExpression).filter(t -> !t.isBlank()), featuresDir, reportsDir,
                connectTimeout, readTimeout, callTimeout, resilience, history, observability, reportPortal, sweep);
    }
}
