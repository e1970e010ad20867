package io.pokeapi.suite.load;

import io.pokeapi.suite.observability.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

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
    static void requireLocust() {
        if (TestHttp.onPath("locust").isEmpty()) {
            System.out.println("SKIPPED: locust is not on the PATH (apt-get install python3-locust), so the load "
                    + "tests did not run");
            Assumptions.abort("locust is not on the PATH");
        }
    }

    /** A run of a few seconds: 1 s of ramp-up, 4 s at 6 users, 1 s of ramp-down, unless {@code settings} say otherwise. */
    static Result run(String host, Path reports, Map<String, String> settings) throws IOException, InterruptedException {
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
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("The load test did not end within " + TIMEOUT_SECONDS + " s:\n"
                    + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), reports);
    }
}
