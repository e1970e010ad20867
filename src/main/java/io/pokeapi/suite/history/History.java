package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite's memory across runs, kept in PostgreSQL. A database that is off or cannot be reached
 * costs one warning: runs go on without history.
 */
public final class History implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(History.class);

    private final HistorySettings settings;
    private final Optional<HistoryDatabase> database;
    private final String unavailable;
    private final Clock clock;

    private History(HistorySettings settings, Optional<HistoryDatabase> database, String unavailable, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.unavailable = unavailable;
        this.clock = clock;
    }

    /** Opens the database the settings name; never throws for an unreachable database. */
    public static History open(HistorySettings settings) {
        if (!settings.enabled()) {
            return new History(settings, Optional.empty(), "history is off (HISTORY=off)", Clock.systemUTC());
        }
        try {
            return new History(settings, Optional.of(HistoryDatabase.open(settings)), "", Clock.systemUTC());
        } catch (HistoryUnavailableException e) {
            LOG.warn("{}. The run goes on without history.", e.getMessage().replaceAll("\\.$", ""));
            return new History(settings, Optional.empty(), e.getMessage(), Clock.systemUTC());
        }
    }

    /** The database, when there is one: for reading the history back. */
    public Optional<HistoryDatabase> database() {
        return database;
    }

    /** Why there is no database, in one line, such as the server that refused to connect; empty when there is one. */
    public Optional<String> unavailable() {
        return database.isPresent() ? Optional.empty() : Optional.of(unavailable);
    }

    /** Starts recording a run; a database that fails now costs one warning and no history for the run. */
    public RunHistory begin(UUID runId, Instant startedAt, URI target, Optional<String> tags) {
        if (database.isEmpty()) {
            return RunHistory.none(unavailable);
        }
        try {
            database.get().dao(RunDao.class).insert(runId, startedAt, target.toString(), tags.orElse(null));
            return new RecordingRunHistory(database.get(), settings, runId, target, clock,
                    ResponseBacklog.Limits.DEFAULT);
        } catch (RuntimeException e) {
            String reason = "cannot record the run in " + settings.describe() + " (" + HistoryFailures.describe(e) + ")";
            LOG.warn("History unavailable: {}. The run goes on without history.", reason);
            return RunHistory.none(reason);
        }
    }

    @Override
    public void close() {
        database.ifPresent(HistoryDatabase::close);
    }
}
