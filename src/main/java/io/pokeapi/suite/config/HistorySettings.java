package io.pokeapi.suite.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the suite keeps its memory between runs, and how it judges what it remembers.
 *
 * @param enabled            false turns every history feature off
 * @param host               PostgreSQL server; empty starts an embedded PostgreSQL in {@code embeddedDir}
 * @param port               PostgreSQL port
 * @param database           database name, created if missing
 * @param user               database user
 * @param password           database password; may be empty (trust authentication)
 * @param embeddedDir        data folder of the embedded PostgreSQL, kept between runs
 * @param baselineWindow     latency samples this recent make the performance baseline
 * @param baselineTolerance  how far (0.2 = 20%) a run's P95 may stray from the baseline's
 * @param baselineFails      whether a baseline regression fails the run instead of warning
 * @param retention          how long responses, runs and scenario results are kept; empty keeps them for ever
 */
public record HistorySettings(
        boolean enabled,
        Optional<String> host,
        int port,
        String database,
        String user,
        String password,
        Path embeddedDir,
        Duration baselineWindow,
        double baselineTolerance,
        boolean baselineFails,
        Optional<Duration> retention) {

    /** Thirty days of runs: a month to look back on, bounded whatever the serve mode's interval. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    public static final Path DEFAULT_EMBEDDED_DIR =
            Path.of(System.getProperty("user.home"), ".local", "share", "pokeapi-observability-tests", "postgres");

    /** Where the database is, for messages: never the password. */
    public String describe() {
        return host.map(server -> "PostgreSQL at " + server + ":" + port + "/" + database)
                .orElse("embedded PostgreSQL in " + embeddedDir);
    }
}
