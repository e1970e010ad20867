package io.pokeapi.suite.bench;

import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.config.ReportPortalSettings;
import io.pokeapi.suite.config.SweepSettings;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.history.HistoryDatabase;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.run.SuiteRunner;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRuntime;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * What sweeping a full-size Pokédex costs, against the replica of a generated Pokédex of 1,351 Pokémon in a
 * JVM of its own: the floor, plain fetches of the documents a sweep fetches, and the sweep itself, a run of
 * the {@code @sweep} scenarios in this JVM with the history on.
 */
public final class SweepBenchmark {

    static final int POKEMON = 1_351;
    static final String TAGS = "@sweep";
    /** The sweep's heap target on a 2-core machine. */
    static final int HEAP_LIMIT_MB = 512;

    private final PrintStream out;

    public SweepBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Runs the benchmark over a Pokédex generated from {@code realData}; false if the sweep failed. */
    public boolean run(Settings base, Path realData) {
        Path pokedex = base.reportsDir().resolveSibling("bench-pokedex");
        boolean reused = LargePokedex.isBuilt(realData, pokedex, POKEMON);
        Timed<Path> built = Timed.of(() -> LargePokedex.build(realData, pokedex, POKEMON));
        out.printf("Sweep benchmark over a generated Pokédex of %,d Pokémon at %s: %,.0f MB, %s%n", POKEMON,
                pokedex.toAbsolutePath().normalize(), FileTrees.size(pokedex) / 1e6,
                reused ? "built before and reused" : "built in " + Timed.seconds(built.duration()));
        Path log = pokedex.resolveSibling("bench-replica.log");
        try (ReplicaProcess replica = ReplicaProcess.start(pokedex, log)) {
            figure("replica", "a JVM of its own at %s (log: %s)", replica.baseUrl(), log.toAbsolutePath().normalize());
            Floor floor = measureFloor(replica.apiBase(), base.threads());
            return measureSweep(base, replica.apiBase(), pokedex, floor);
        }
    }

    /** Plain fetches on {@code threads} threads over one client, after an untimed pass that warms the replica. */
    private Floor measureFloor(URI apiBase, int threads) {
        OkHttpClient client = new OkHttpClient();
        try {
            PlainSweep sweep = new PlainSweep(client, apiBase);
            // The replica reads and compresses each document on its first request: that is not the floor.
            Duration cold = Timed.of(() -> sweep.run(threads)).duration();
            Timed<PlainSweep.Tally> timed = Timed.of(() -> sweep.run(threads));
            PlainSweep.Tally tally = timed.value();
            figure("floor: plain fetches of the sweep's documents", "%s on %d threads, %,d documents, "
                    + "%,.0f documents/s, %,.1f MB (%d list pages of %d, %,d documents, %,d encounters)",
                    Timed.seconds(timed.duration()), threads, tally.fetched(), perSecond(tally.fetched(),
                            timed.duration()), tally.bytes() / 1e6, tally.pages(), PlainSweep.PAGE_LIMIT,
                    tally.documents(), tally.encounters());
            figure("floor: the untimed first pass, cold replica", "%s", Timed.seconds(cold));
            return new Floor(tally, timed.duration());
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /**
     * The sweep itself: the {@code @sweep} scenarios run in this JVM against the replica as a live API. First
     * without history and untimed, as the floor's first pass: it compiles the sweep's code, which a JVM does
     * once. Then with a history of the benchmark's own, twice: the first sweep stores every body, the second
     * finds them all stored, as a monitor's sweeps do. Then once more in a JVM of its own, as {@code make sweep}
     * runs it, whose heap may not pass {@value #HEAP_LIMIT_MB} MB.
     */
    private boolean measureSweep(Settings base, URI apiBase, Path pokedex, Floor floor) {
        Settings settings = sweepSettings(base, apiBase, pokedex);
        boolean passed = warmUp(settings.toBuilder().history(SuiteBenchmark.withoutHistory(settings.history()))
                .httpCache(Optional.empty()).build());
        try (SuiteRuntime runtime = SuiteRuntime.start(settings);
             InstalledRuntime installed = InstalledRuntime.install(runtime)) {
            Optional<HistoryDatabase> database = runtime.history().database();
            if (database.isEmpty()) {
                out.println("  sweep: not measured: the history is unavailable, see the warning above");
                return false;
            }
            passed = passed && sweepOnce(runtime, database.get(), floor, "first sweep, every body new")
                    && sweepOnce(runtime, database.get(), floor, "second sweep, unchanged");
        } finally {
            settings.httpCache().ifPresent(FileTrees::delete); // the Pokédex's bodies once more: 430 MB
        }
        HeapLimitedSweep.Outcome limited = HeapLimitedSweep.run(apiBase, pokedex.resolve("data"), base.threads(),
                HEAP_LIMIT_MB, SuiteBenchmark.benchHistory(base.history(), base.reportsDir()),
                base.reportsDir().resolveSibling("bench-sweep-heap-limited"));
        figure("sweep in a JVM of -Xmx" + HEAP_LIMIT_MB + "m, history on", "%s (JVM start included), exit code %d; "
                        + "heap at most %,d MB before a collection, %,d MB kept after one (%d collections)",
                Timed.seconds(limited.wall()), limited.exitCode(), limited.peakMb(), limited.liveMb(),
                limited.collections());
        limited.swept().ifPresent(swept -> figure("  its sweep, every body new, as make sweep", "%s, %.1f× the floor",
                Timed.seconds(swept), swept.toNanos() / (double) floor.duration().toNanos()));
        return passed && limited.exitCode() == 0;
    }

    /** The sweep's first run in this JVM, without history: it is timed but not held to the floor. */
    private boolean warmUp(Settings settings) {
        try (SuiteRuntime runtime = SuiteRuntime.start(settings);
             InstalledRuntime installed = InstalledRuntime.install(runtime)) {
            Timed<RunResult> run = Timed.of(() -> new SuiteRunner(runtime, out).run(
                    RunIdentity.startingNow(settings.tags())));
            figure("sweep, history off: untimed first run", "%s on %d threads (compiles the sweep's code, as the "
                    + "floor's first pass warms the replica)", Timed.seconds(run.duration()), settings.threads());
            return run.value().verdict() == RunResult.Verdict.PASSED;
        }
    }

    private boolean sweepOnce(SuiteRuntime runtime, HistoryDatabase database, Floor floor, String which) {
        long bytesBefore = HistoryFootprint.tableBytes(database);
        RunIdentity identity = RunIdentity.startingNow(runtime.settings().tags());
        HeapPeak heap = HeapPeak.fromNow();
        Timed<RunResult> run = Timed.of(() -> new SuiteRunner(runtime, out).run(identity));
        long peakHeap = heap.bytes();
        if (run.value().verdict() == RunResult.Verdict.COULD_NOT_RUN) {
            figure("sweep (" + TAGS + ")", "not measured: %s", run.value().problem());
            return true;
        }
        long rows = HistoryFootprint.responseRows(database, identity.id());
        long revalidated = HistoryFootprint.revalidatedRows(database, identity.id());
        long bytes = HistoryFootprint.tableBytes(database) - bytesBefore;
        Duration wall = run.duration();
        figure("sweep, history on: " + which, "%s on %d threads, %,.0f documents/s, %.1f× the floor",
                Timed.seconds(wall), runtime.settings().threads(), perSecond(floor.tally().fetched(), wall),
                wall.toNanos() / (double) floor.duration().toNanos());
        figure("  heap in this JVM", "%,.0f MB at most (the heap pools' peaks, summed; the heap may grow here)",
                peakHeap / 1e6);
        figure("  history per document", "%.2f rows, %,.0f bytes (%,d rows, %,d bytes over the run)",
                rows / (double) floor.tally().fetched(), bytes / (double) floor.tally().fetched(), rows, bytes);
        figure("  answered 304, the body kept by the client", "%,d of %,d responses", revalidated, rows);
        runtime.currentRun().historyReport().map(report -> report.recording().backlog()).ifPresent(backlog ->
                figure("  the history writer's backlog", "%d waiting at the end, %d not recorded; at most %d "
                                + "responses (%,.1f MB of bodies); the sweep waited %s for it in all",
                        backlog.waitingAtFinish(), backlog.notRecorded(), backlog.peakResponses(),
                        backlog.peakCharacters() / 1e6, Timed.seconds(Duration.ofNanos(backlog.waitedNanos()))));
        return run.value().verdict() == RunResult.Verdict.PASSED;
    }

    /**
     * The live target at the replica's URL, without the rate limit, with a history and an HTTP cache of the
     * benchmark's own, both empty at first: the first sweep fetches every body, the second asks for each with
     * If-None-Match, as a monitor's sweeps of the live API do. Every document of every resource, against the
     * published schemas the Pokédex was built with.
     */
    private static Settings sweepSettings(Settings base, URI apiBase, Path pokedex) {
        return base.toBuilder()
                .baseUrl(apiBase)
                .target(Settings.Target.LIVE)
                .retries(0)
                .tags(Optional.of(TAGS))
                .reportsDir(base.reportsDir().resolveSibling("bench-sweep-reports"))
                .resilience(base.resilience().withoutRateLimit())
                .history(SuiteBenchmark.benchHistory(base.history(), base.reportsDir()))
                .httpCache(Optional.of(base.reportsDir().resolveSibling("bench-http-cache")
                        .resolve(Long.toString(System.nanoTime()))))
                .observability(base.observability().withPrometheusPort(0))
                .reportPortal(ReportPortalSettings.off())
                .sweep(new SweepSettings(EnumSet.allOf(ApiResource.class), 0, Optional.of(pokedex.resolve("data")),
                        base.sweep().schemaUrl()))
                .build();
    }

    /** The floor's documents and how long fetching them took. */
    private record Floor(PlainSweep.Tally tally, Duration duration) {
    }

    /** One figure a line, its label in a column of its own. */
    private void figure(String label, String format, Object... values) {
        out.printf("  %-45s: %s%n", label, String.format(format, values));
    }

    private static double perSecond(long count, Duration duration) {
        return count / (duration.toNanos() / 1e9);
    }
}
