package io.pokeapi.suite.cli;

import io.pokeapi.suite.config.HistorySettings;
import io.pokeapi.suite.history.HistoryDatabase;
import io.pokeapi.suite.history.HistoryFailures;
import io.pokeapi.suite.history.HistoryPruner;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.JdbiException;

/** {@code make history-prune}: deletes what the history keeps no longer, as the serve mode does daily, and says what. */
final class HistoryPruneCommand {

    private final PrintStream out;

    HistoryPruneCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * @throws io.pokeapi.suite.history.HistoryUnavailableException when the database cannot be opened
     * @throws IllegalStateException in one line, when it goes away while pruning
     */
    void prune(HistorySettings settings, Duration retention, Clock clock) {
        try (HistoryDatabase database = HistoryDatabase.open(settings)) {
            out.println("History in " + database.describe());
            try {
                out.println(new HistoryPruner(database, retention, clock).prune().describe() + ".");
            } catch (JdbiException e) {
                throw new IllegalStateException("Pruning the history in " + database.describe() + " failed: "
                        + HistoryFailures.describe(e));
            }
        }
    }
}
