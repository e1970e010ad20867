package io.pokeapi.suite.bench;

import io.pokeapi.suite.config.HistorySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sweep in a JVM of its own whose heap may not grow past a limit, with the JVM's own GC log: whether the
 * sweep fits, the most the heap held before a collection and the most it kept after one. In the benchmark's
 * JVM the heap grows as far as the machine allows before it collects, so its peak says little of what the
 * sweep needs.
 */
final class HeapLimitedSweep {

    private static final String MAIN = "io.pokeapi.suite.cli.Main";
    private static final Duration LIMIT = Duration.ofMinutes(10);
    /** {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause) 245M->98M(512M) 5.123ms} */
    private static final Pattern PAUSE = Pattern.compile("GC\\(\\d+\\) Pause .* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** The sweep's own log line (event sweep_finished): {@code Swept 3096 documents in 15.8 s: 0 broke a rule} */
    private static final Pattern SWEPT = Pattern.compile("Swept \\d+ documents in (\\d+(?:\\.\\d+)?) s:");

    /**
     * @param exitCode   the suite's exit code
     * @param wall       the JVM's whole life, its start included
     * @param peakMb     the most the heap held, just before a collection
     * @param liveMb     the most the heap kept after a collection
     * @param collections how many collections the log shows
     * @param swept      how long the sweep itself took, as its log says, if it says
     */
    record Outcome(int exitCode, Duration wall, long peakMb, long liveMb, int collections, Optional<Duration> swept) {
    }

    private HeapLimitedSweep() {
    }

    /**
     * Runs {@code TAGS=@sweep} against {@code apiBase} with {@code -Xmx<heapMb>m}, recording into
     * {@code history}, its log and GC log under {@code folder}.
     */
    static Outcome run(URI apiBase, Path schemaDir, int threads, int heapMb, HistorySettings history, Path folder) {
        Path gcLog = folder.resolve("bench-sweep-gc.log");
        Path log = folder.resolve("bench-sweep-heap-limited.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-Xlog:gc:file=" + gcLog.toAbsolutePath(), "-cp",
                System.getProperty("java.class.path"), MAIN, "run")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(Map.of("TARGET", "live", "POKEAPI_BASE_URL", apiBase.toString(), "RATE_LIMIT", "off",
                "TAGS", SweepBenchmark.TAGS, "SCHEMA_DIR", schemaDir.toAbsolutePath().toString(), "HISTORY", "on",
                "THREADS", Integer.toString(threads), "RETRIES", "0", "PROMETHEUS_PORT", "0", "LOG_FORMAT", "text"));
        environment.put("REPORTS_DIR", folder.resolve("bench-sweep-heap-limited-reports").toString());
        // An HTTP cache of its own, empty: every body is fetched, as a first make sweep fetches them.
        Path httpCache = folder.resolve("bench-http-cache");
        FileTrees.delete(httpCache);
        environment.put("HTTP_CACHE_DIR", httpCache.toString());
        history.host().ifPresentOrElse(host -> environment.putAll(Map.of("POSTGRES_HOST", host,
                        "POSTGRES_PORT", Integer.toString(history.port()), "POSTGRES_DB", history.database(),
                        "POSTGRES_USER", history.user(), "POSTGRES_PASSWORD", history.password())),
                () -> environment.put("HISTORY_DIR", history.embeddedDir().toAbsolutePath().toString()));
        long started = System.nanoTime();
        try {
            Files.createDirectories(folder);
            Process process = builder.start();
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The heap-limited sweep took more than " + LIMIT.toMinutes()
                        + " minutes: see " + log.toAbsolutePath().normalize());
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            return outcome(process.exitValue(), wall, Files.readAllLines(gcLog), Files.readAllLines(log));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the heap-limited sweep: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the heap-limited sweep ran", e);
        } finally {
            FileTrees.delete(httpCache);
        }
    }

    static Outcome outcome(int exitCode, Duration wall, List<String> gcLog, List<String> log) {
        long peak = 0;
        long live = 0;
        int collections = 0;
        for (String line : gcLog) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                collections++;
                peak = Math.max(peak, Long.parseLong(pause.group(1)));
                live = Math.max(live, Long.parseLong(pause.group(2)));
            }
        }
        Optional<Duration> swept = log.stream().map(SWEPT::matcher).filter(Matcher::find).findFirst()
                .map(found -> Duration.ofMillis(Math.round(Double.parseDouble(found.group(1)) * 1000)));
        return new Outcome(exitCode, wall, peak, live, collections, swept);
    }
}
