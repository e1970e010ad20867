package io.pokeapi.suite.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of the suite, read once by {@link SettingsLoader} and passed to whatever needs it.
 *
 * @param baseUrl        PokéAPI base URL for {@link Target#LIVE} runs, without a trailing slash
 * @param target         where the suite sends its requests
 * @param replica        the embedded replica, when the target is {@link Target#REPLICA}
 * @param threads        scenarios run in parallel on this many threads
 * @param retries        times a failed scenario is run again; one that then passes is flaky
 * @param failOn         which failed scenarios fail the run: any, or only new ones
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
 * @param httpCache      folder of the cache whose bodies the client revalidates; empty: no revalidation
 */
public record Settings(
        URI baseUrl,
        Target target,
        ReplicaSettings replica,
        int threads,
        int retries,
        FailOn failOn,
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
        SweepSettings sweep,
        Optional<Path> httpCache) {

    public static final String DEFAULT_BASE_URL = "https://pokeapi.co/api/v2";
    public static final Path DEFAULT_HTTP_CACHE_DIR =
            Path.of(System.getProperty("user.home"), ".cache", "pokeapi-observability-tests", "http");

    /** Where the suite's requests go. */
    public enum Target {
        /** The PokéAPI at {@code POKEAPI_BASE_URL}. */
        LIVE,
        /** The embedded replica, started in-process for the run. */
        REPLICA
    }

    /** The same settings running the scenarios {@code tagExpression} selects; blank or null runs them all. */
    public Settings withTags(String tagExpression) {
        return toBuilder().tags(Optional.ofNullable(tagExpression).filter(t -> !t.isBlank())).build();
    }

    /** A builder holding these settings, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder holding no settings: each must be set before {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings built field by field, by name. */
    public static final class Builder {
        private URI baseUrl;
        private Target target;
        private ReplicaSettings replica;
        private int threads;
        private int retries;
        private FailOn failOn = FailOn.ANY;
        private Optional<String> tags = Optional.empty();
        private Path featuresDir;
        private Path reportsDir;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private ResilienceSettings resilience;
        private HistorySettings history;
        private ObservabilitySettings observability;
        private ReportPortalSettings reportPortal;
        private SweepSettings sweep;
        private Optional<Path> httpCache = Optional.empty();

        private Builder() {
        }

        private Builder(Settings settings) {
            baseUrl = settings.baseUrl;
            target = settings.target;
            replica = settings.replica;
            threads = settings.threads;
            retries = settings.retries;
            failOn = settings.failOn;
            tags = settings.tags;
            featuresDir = settings.featuresDir;
            reportsDir = settings.reportsDir;
            connectTimeout = settings.connectTimeout;
            readTimeout = settings.readTimeout;
            callTimeout = settings.callTimeout;
            resilience = settings.resilience;
            history = settings.history;
            observability = settings.observability;
            reportPortal = settings.reportPortal;
            sweep = settings.sweep;
            httpCache = settings.httpCache;
        }

        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder target(Target target) {
            this.target = target;
            return this;
        }

        public Builder replica(ReplicaSettings replica) {
            this.replica = replica;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        public Builder failOn(FailOn failOn) {
            this.failOn = failOn;
            return this;
        }

        public Builder tags(Optional<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder featuresDir(Path featuresDir) {
            this.featuresDir = featuresDir;
            return this;
        }

        public Builder reportsDir(Path reportsDir) {
            this.reportsDir = reportsDir;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        public Builder resilience(ResilienceSettings resilience) {
            this.resilience = resilience;
            return this;
        }

        public Builder history(HistorySettings history) {
            this.history = history;
            return this;
        }

        public Builder observability(ObservabilitySettings observability) {
            this.observability = observability;
            return this;
        }

        public Builder reportPortal(ReportPortalSettings reportPortal) {
            this.reportPortal = reportPortal;
            return this;
        }

        public Builder sweep(SweepSettings sweep) {
            this.sweep = sweep;
            return this;
        }

        public Builder httpCache(Optional<Path> httpCache) {
            this.httpCache = httpCache;
            return this;
        }

        /** @throws NullPointerException naming the first setting left unset */
        public Settings build() {
            return new Settings(required(baseUrl, "baseUrl"), required(target, "target"), required(replica, "replica"),
                    threads, retries, required(failOn, "failOn"), required(tags, "tags"), required(featuresDir, "featuresDir"),
                    required(reportsDir, "reportsDir"), required(connectTimeout, "connectTimeout"),
                    required(readTimeout, "readTimeout"), required(callTimeout, "callTimeout"),
                    required(resilience, "resilience"), required(history, "history"),
                    required(observability, "observability"), required(reportPortal, "reportPortal"),
                    required(sweep, "sweep"), required(httpCache, "httpCache"));
        }

        private static <T> T required(T value, String name) {
            return Objects.requireNonNull(value, () -> "Settings." + name + " is not set");
        }
    }
}
