package io.pokeapi.suite.observability;

import com.google.gson.JsonObject;
import io.pokeapi.suite.history.History;
import io.pokeapi.suite.history.HistoryDatabase;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code /health} answers: whether the history's database answers, and how the last run went.
 *
 * <pre>{"status":"UP","checks":{"database":{"status":"UP",…},"lastRun":{"status":"UP","result":"running",…}}}</pre>
 *
 * <p>A check is {@code UP}, {@code DOWN}, or {@code OFF} for a database the history does not use
 * (HISTORY=off). The whole is {@code DOWN} when the last run failed or could not complete,
 * {@code DEGRADED} when only the database is down (runs go on without history), else {@code UP}.
 */
public final class HealthCheck {

    static final String UP = "UP";
    static final String DOWN = "DOWN";
    static final String DEGRADED = "DEGRADED";
    static final String OFF = "OFF";

    /** Longest wait for the database's answer to {@code SELECT 1}, connecting aside. */
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final boolean historyEnabled;
    private final Supplier<Optional<History>> history;
    private final Supplier<Optional<LastRun>> lastRun;

    /**
     * @param historyEnabled whether the history is on
     * @param history        the history if it is open; asking must not open it
     * @param lastRun        the last run, if any
     */
    public HealthCheck(boolean historyEnabled, Supplier<Optional<History>> history,
            Supplier<Optional<LastRun>> lastRun) {
        this.historyEnabled = historyEnabled;
        this.history = history;
        this.lastRun = lastRun;
    }

    /** The health report as JSON, with its overall {@code status}. */
    public JsonObject check() {
        JsonObject database = database();
        JsonObject run = lastRun();
        String status = DOWN.equals(run.get("status").getAsString()) ? DOWN
                : DOWN.equals(database.get("status").getAsString()) ? DEGRADED : UP;
        JsonObject checks = new JsonObject();
        checks.add("database", database);
        checks.add("lastRun", run);
        JsonObject health = new JsonObject();
        health.addProperty("status", status);
        health.add("checks", checks);
        return health;
    }

    private JsonObject database() {
        JsonObject check = new JsonObject();
        if (!historyEnabled) {
            check.addProperty("status", OFF);
            check.addProperty("detail", "history is off (HISTORY=off)");
            return check;
        }
        Optional<History> opened = history.get();
        Optional<HistoryDatabase> database = opened.flatMap(History::database);
        if (database.isEmpty()) {
            check.addProperty("status", DOWN);
            check.addProperty("detail", opened.flatMap(History::unavailable).orElse("the history is not open yet"));
            return check;
        }
        check.addProperty("database", database.get().describe());
        try {
            database.get().jdbi().useHandle(handle -> handle.createQuery("SELECT 1")
                    .setQueryTimeout(QUERY_TIMEOUT_SECONDS).mapTo(Integer.class).one());
            check.addProperty("status", UP);
        } catch (RuntimeException e) {
            check.addProperty("status", DOWN);
            check.addProperty("detail", oneLine(e));
        }
        return check;
    }

    private JsonObject lastRun() {
        JsonObject check = new JsonObject();
        Optional<LastRun> run = lastRun.get();
        if (run.isEmpty()) {
            check.addProperty("status", UP);
            check.addProperty("result", "none");
            return check;
        }
        LastRun last = run.get();
        boolean healthy = last.result() == LastRun.Result.RUNNING || last.result() == LastRun.Result.PASSED;
        check.addProperty("status", healthy ? UP : DOWN);
        check.addProperty("result", last.result().label());
        check.addProperty("run", last.run().id().toString());
        last.run().tags().ifPresent(tags -> check.addProperty("tags", tags));
        check.addProperty("startedAt", last.startedAt().toString());
        last.finishedAt().map(Instant::toString).ifPresent(at -> check.addProperty("finishedAt", at));
        last.duration().ifPresent(duration -> check.addProperty("durationSeconds", duration.toMillis() / 1e3));
        if (!last.detail().isEmpty()) {
            check.addProperty("detail", last.detail());
        }
        return check;
    }

    /** The innermost message, on one line: the driver's "Connection refused", not Jdbi's wrapping. */
    private static String oneLine(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
