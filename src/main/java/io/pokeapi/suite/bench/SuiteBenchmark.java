package io.pokeapi.suite.bench;

import io.pokeapi.suite.config.HistorySettings;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.config.ReplicaSettings;
import io.pokeapi.suite.config.ReportPortalSettings;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.run.SuiteLauncher;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRuntime;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Measures, in one JVM, what the suite costs on top of the HTTP it does, and how many requests per
 * second the replica serves. Targets: the suite adds under 3 s to plain fetches of the same
 * requests; the replica serves at least 2,000 requests per second for /pokemon/25.
 */
public final class SuiteBenchmark {

    static final String TAGS = "@smoke or @regression";
    static final Duration OVERHEAD_TARGET = Duration.ofSeconds(3);
    static final double THROUGHPUT_TARGET = 2_000;
    private static final Duration LOAD_WARM_UP = Duration.ofSeconds(1);
    private static final Duration LOAD_DURATION = Duration.ofSeconds(5);
    private static final int LOAD_CONNECTIONS = 4;

    private final PrintStream out;

    public SuiteBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Runs the benchmark over the replica of {@code data}; false if a scenario failed. */
    public boolean run(Settings base, Path data) {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("No api-data folder at " + data.toAbsolutePath().normalize()
                    + ": set REPLICA_DATA to one (such as ../shared/pokeapi-data)");
        }
        Settings settings = base.toBuilder()
                .target(Settings.Target.REPLICA)
                .replica(new ReplicaSettings(Optional.of(data), base.replica().host(), 0, ReplicaFaults.NONE))
                .retries(0)
                .tags(Optional.of(TAGS))
                .reportsDir(base.reportsDir().resolveSibling("bench-reports"))
                .resilience(base.resilience().withoutRateLimit())
                .history(withoutHistory(base.history()))
                .reportPortal(ReportPortalSettings.off())
                // A cache of the benchmark's own: the first run fetches every body, the second revalidates them.
                .httpCache(base.httpCache().map(any -> base.reportsDir().resolveSibling("bench-http-cache")
                        .resolve(Long.toString(System.nanoTime()))))
                .build();
        RequestRecorder recorder = new RequestRecorder();
        try (SuiteRuntime runtime = SuiteRuntime.start(settings, List.of(recorder));
             InstalledRuntime installed = InstalledRuntime.install(runtime)) {
            out.printf("Benchmark over the replica of %s, %d cores, %d threads%n",
                    data.toAbsolutePath().normalize(), Runtime.getRuntime().availableProcessors(), settings.threads());

            SuiteLauncher launcher = new SuiteLauncher(runtime, out);
            // Each run's probe before its timing: what is timed and replayed is the scenarios' requests.
            runtime.beginProbedRun(RunIdentity.startingNow(settings.tags()));
            recorder.clear();
            Timed<RunOutcome> first = Timed.of(launcher::run);
            List<String> urls = recorder.urls();
            long firstBytes = recorder.bodyBytes();
            runtime.beginProbedRun(RunIdentity.startingNow(settings.tags()));
            recorder.clear();
            Timed<RunOutcome> second = Timed.of(launcher::run);
            long secondBytes = recorder.bodyBytes();
            OkHttpClient plain = new OkHttpClient();
            Duration sequential = Timed.of(() -> fetchAll(plain, urls, 1)).duration();
            Duration parallel = Timed.of(() -> fetchAll(plain, urls, settings.threads())).duration();
            String pikachu = runtime.client().baseUrl() + "/pokemon/25";
            double gzip = throughput(plain, pikachu, "gzip");
            double identity = throughput(plain, pikachu, "identity");

            Duration overhead = first.duration().minus(parallel);
            out.printf("  suite (%s), first run in the JVM : %d scenarios, %d requests, %s%n", TAGS,
                    first.value().scenarios().size(), urls.size(), Timed.seconds(first.duration()));
            out.printf("  suite, second run                          : %s%n", Timed.seconds(second.duration()));
            out.printf("  bytes of body sent by the replica          : %,d in the first run, %,d in the second (%s)%n",
                    firstBytes, secondBytes, settings.httpCache().isPresent() ? "revalidated with If-None-Match"
                            : "HTTP_REVALIDATE=off");
            out.printf("  plain fetches of the same requests         : %s on %d threads, %s on 1 thread%n",
                    Timed.seconds(parallel), settings.threads(), Timed.seconds(sequential));
            out.printf("  suite overhead (first run - plain fetches) : %s (target under %d s: %s)%n",
                    Timed.seconds(overhead), OVERHEAD_TARGET.toSeconds(), overhead.compareTo(OVERHEAD_TARGET) < 0 ? "met" : "MISSED");
            out.printf("  suite overhead (second run - plain fetches): %s%n", Timed.seconds(second.duration().minus(parallel)));
            out.printf("  replica GET /pokemon/25, gzip              : %,.0f requests/s (target %,.0f: %s)%n",
                    gzip, THROUGHPUT_TARGET, gzip >= THROUGHPUT_TARGET ? "met" : "MISSED");
            out.printf("  replica GET /pokemon/25, uncompressed      : %,.0f requests/s%n", identity);
            new LoadToolsBenchmark(out).run(URI.create(pikachu));
            boolean historyPassed = new HistoryBenchmark(out).run(withHistory(settings, base.history()));
            return first.value().passed() && second.value().passed() && historyPassed;
        }
    }

    /** The settings with a history of the benchmark's own. */
    private static Settings withHistory(Settings settings, HistorySettings history) {
        HistorySettings bench = benchHistory(history, settings.reportsDir());
        return settings.toBuilder()
                .tags(Optional.of(TAGS))
                .history(bench)
                // The first runtime is still open and serves on PROMETHEUS_PORT: this one takes any free port.
                .observability(settings.observability().withPrometheusPort(0))
                .reportPortal(ReportPortalSettings.off())
                .build();
    }

    /**
     * A history of the benchmark's own, beside {@code reportsDir}: a fresh embedded database, or the database
     * named by POSTGRES_DB with a _bench suffix on the POSTGRES_HOST server.
     */
    static HistorySettings benchHistory(HistorySettings history, Path reportsDir) {
        return new HistorySettings(true, history.host(), history.port(), history.database() + "_bench",
                history.user(), history.password(),
                reportsDir.resolveSibling("bench-history").resolve(Long.toString(System.nanoTime())),
                history.baselineWindow(), history.baselineTolerance(), false, history.retention());
    }

    /** The suite's own overhead is measured without the history, which the history figures measure. */
    static HistorySettings withoutHistory(HistorySettings history) {
        return new HistorySettings(false, history.host(), history.port(), history.database(), history.user(),
                history.password(), history.embeddedDir(), history.baselineWindow(), history.baselineTolerance(),
                history.baselineFails(), history.retention());
    }

    private static Void fetchAll(OkHttpClient client, List<String> urls, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fetches = new ArrayList<>();
            for (String url : urls) {
                fetches.add(pool.submit(() -> fetch(client, new Request.Builder().url(url).build())));
            }
            for (Future<?> fetch : fetches) {
                fetch.get();
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A plain fetch failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Requests per second over {@link #LOAD_CONNECTIONS} connections, after a warm-up. */
    private static double throughput(OkHttpClient client, String url, String encoding) {
        Request request = new Request.Builder().url(url).header("Accept-Encoding", encoding).build();
        AtomicLong counted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(LOAD_CONNECTIONS);
        long start = System.nanoTime();
        long countFrom = start + LOAD_WARM_UP.toNanos();
        long end = countFrom + LOAD_DURATION.toNanos();
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < LOAD_CONNECTIONS; i++) {
                loops.add(pool.submit(() -> {
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        fetch(client, request);
                        if (now >= countFrom) {
                            counted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading " + url, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading " + url + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return counted.get() / (LOAD_DURATION.toNanos() / 1e9);
    }

    private static Void fetch(OkHttpClient client, Request request) {
        // The suite asks for missing and malformed resources too: any answer counts, a server error does not.
        try (Response response = client.newCall(request).execute()) {
            if (response.code() >= 500) {
                throw new IllegalStateException(request.url() + " answered " + response.code());
            }
            response.body().bytes();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(request.url() + " failed: " + e.getMessage(), e);
        }
    }
}
