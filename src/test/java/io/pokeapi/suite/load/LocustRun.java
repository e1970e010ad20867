package io.pokeapi.suite.load;

import io.pokeapi.suite.stack.StackTool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** locust/run-load.sh run as make load runs it, against a target the test started, with short stages. */
final class LocustRun {

    private static final long TIMEOUT_SECONDS = 180;

    /** What the run printed and how it exited. */
    record Result(int exitCode, String output, Path reports) {

        String file(String name) throws IOException {
            return Files.readString(reports.resolve(name), StandardCharsets.UTF_8);
        }
    }

    private LocustRun() {
    }

    /** Aborts the test, saying so in one line, when Locust is not installed. */
    static Path requireLocust() {
        return StackTool.require("locust", "apt-get install python3-locust", "the load tests did not run");
    }

    /**
     * Aborts the test, saying so in one line, unless Locust can export its metrics: Locust without the
     * Python Prometheus client runs its load but serves no {@code /metrics}.
     */
    static void requireLocustMetrics() throws IOException {
        StackTool.requireWorking("python3-prometheus-client", List.of(pythonOf(requireLocust()), "-c",
                "import prometheus_client"), "apt-get install python3-prometheus-client",
                "the Locust metrics tests did not run");
    }

    /** The Python that runs Locust, from its script's {@code #!} line: another Python may lack the module. */
    static String pythonOf(Path locust) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(locust)) {
            start = in.readNBytes(256);
        }
        String firstLine = new String(start, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        if (!firstLine.startsWith("#!")) {
            return "python3";
        }
        String[] words = firstLine.substring(2).trim().split("\\s+");
        return words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
    }

    /** A run of a few seconds: 1 s of ramp-up, 4 s at 6 users, 1 s of ramp-down, unless {@code settings} say otherwise. */
    static Result run(String host, Path reports, Map<String, String> settings) throws IOException, InterruptedException {
        return start(host, reports, settings).await();
    }

    /**
     * Locust itself, on {@code arguments}, as its users call it; the LOAD_* settings are only {@code settings},
     * with no metrics port unless they say so.
     */
    static Result locust(List<String> arguments, Path reports, Map<String, String> settings)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(requireLocust().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LOAD_") || name.equals("WORKERS"));
        builder.environment().put("LOAD_METRICS_PORT", "0");
        builder.environment().putAll(settings);
        Files.createDirectories(reports);
        Path output = Files.createTempFile(reports.getParent(), "locust", ".txt");
        return new Running(builder.redirectOutput(output.toFile()).start(), output, reports).await();
    }

    /** The run of {@link #run} started, for a test that watches it while it runs. */
    static Running start(String host, Path reports, Map<String, String> settings) throws IOException {
        Map<String, String> environment = new HashMap<>(Map.of("LOAD_HOST", host, "LOAD_PROFILE", "smoke",
                "LOAD_USERS", "6", "LOAD_SPAWN_RATE", "6", "LOAD_RAMP_UP", "1", "LOAD_SUSTAIN", "4",
                "LOAD_RAMP_DOWN", "1", "LOAD_METRICS_PORT", "0", "LOAD_REPORTS_DIR", reports.toString(),
                // The replica shares this machine with the build: only the threshold tests ask for a tight P95.
                "LOAD_MAX_P95_MS", "5000"));
        environment.putAll(settings);
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "locust/run-load.sh")).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LOAD_") || name.equals("WORKERS"));
        builder.environment().putAll(environment);
        Path output = Files.createTempFile(reports.getParent(), "locust", ".txt");
        return new Running(builder.redirectOutput(output.toFile()).start(), output, reports);
    }

    /** A load test under way. */
    record Running(Process process, Path output, Path reports) {

        /** Waits for the run to end, at most {@value #TIMEOUT_SECONDS} s. */
        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                stop();
                throw new AssertionError("The load test did not end within " + TIMEOUT_SECONDS + " s:\n"
                        + printed());
            }
            return new Result(process.exitValue(), printed(), reports);
        }

        /** Ends the run and every process it started, once the test has seen what it waited for. */
        void stop() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }

        String printed() throws IOException {
            return Files.readString(output, StandardCharsets.UTF_8);
        }
    }
}
