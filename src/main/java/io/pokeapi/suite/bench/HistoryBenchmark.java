package io.pokeapi.suite.bench;

import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.history.HistoryDatabase;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ResponseDao;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.run.SuiteLauncher;
import io.pokeapi.suite.run.SuiteRun;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRuntime;
import java.io.PrintStream;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the history costs: how much the database grows per run over unchanged data (target: the
 * per-run rows only, no body), and how long recording one response takes (target: under 2 ms).
 */
final class HistoryBenchmark {

    static final double RECORDING_TARGET_MS = 2;

    private final PrintStream out;

    HistoryBenchmark(PrintStream out) {
        this.out = out;
    }

    /** @param settings settings whose history is on, in a database of the benchmark's own */
    boolean run(Settings settings) {
        try (SuiteRuntime runtime = SuiteRuntime.start(settings);
             InstalledRuntime installed = InstalledRuntime.install(runtime)) {
            Optional<HistoryDatabase> database = runtime.history().database();
            if (database.isEmpty()) {
                out.println("  history: unavailable, see the warning above");
                return false;
            }
            boolean passed = runAndFinish(runtime).passed() & runAndFinish(runtime).passed();
            DatabaseSize before = DatabaseSize.of(database.get());
            Finished third = runAndFinish(runtime);
            passed &= third.passed();
            DatabaseSize after = DatabaseSize.of(database.get());
            out.printf("  history: database growth per unchanged run : %,d bytes, %d response rows, %d body rows "
                    + "(target: no body rows: %s)%n", after.bytes() - before.bytes(),
                    after.responses() - before.responses(), after.bodies() - before.bodies(),
                    after.bodies() == before.bodies() ? "met" : "MISSED");
            HistoryReport.RecordingCost cost = third.report().recording();
            out.printf("  history: recording cost per response        : %.3f ms of wall time (%.3f ms of CPU) on the "
                    + "history's own thread, over the %d responses of a run (target under %.0f ms: %s)%n",
                    cost.millisPerResponse(), cost.cpuMillisPerResponse(), cost.responses(), RECORDING_TARGET_MS,
                    cost.millisPerResponse() < RECORDING_TARGET_MS ? "met" : "MISSED");
            return passed;
        }
    }

    private Finished runAndFinish(SuiteRuntime runtime) {
        SuiteRun run = runtime.beginRun();
        RunOutcome outcome = new SuiteLauncher(runtime, out).run();
        return new Finished(outcome.passed(), run.finish(outcome));
    }

    /** A run that ended, and what its history reported. */
    private record Finished(boolean passed, HistoryReport report) {
    }

    /** The database's size on disk and its row counts, as PostgreSQL reports them. */
    private record DatabaseSize(long bytes, long responses, long bodies) {

        static DatabaseSize of(HistoryDatabase database) {
            return database.jdbi().withHandle((Handle handle) -> new DatabaseSize(
                    handle.createQuery("SELECT pg_database_size(current_database())").mapTo(Long.class).one(),
                    handle.createQuery("SELECT count(*) FROM api_responses").mapTo(Long.class).one(),
                    database.dao(ResponseDao.class).bodyCount()));
        }
    }

}
