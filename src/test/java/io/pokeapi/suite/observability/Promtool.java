package io.pokeapi.suite.observability;

import io.pokeapi.suite.stack.StackTool;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Prometheus's {@code promtool}; a test without it on the PATH is skipped, saying so once. */
public final class Promtool {

    /** What promtool said and how it exited. */
    public record Check(int exitCode, String output) {
    }

    private Promtool() {
    }

    /** {@code promtool check metrics} on a scrape. */
    public static Check checkMetrics(String scrape, Path work) throws IOException, InterruptedException {
        Path input = Files.writeString(Files.createTempFile(work, "scrape", ".txt"), scrape);
        return run(List.of("check", "metrics"), input.toFile(), "the scrape was not linted");
    }

    /**
     * {@code promtool} with these arguments, such as {@code check rules <file>}.
     *
     * @param unchecked what goes unchecked without promtool, completing "so …"
     */
    public static Check run(List<String> arguments, String unchecked) throws IOException, InterruptedException {
        return run(arguments, null, unchecked);
    }

    private static Check run(List<String> arguments, File input, String unchecked)
            throws IOException, InterruptedException {
        Path promtool = StackTool.require("promtool", "apt-get install prometheus", unchecked);
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool " + String.join(" ", arguments) + " did not finish");
        }
        return new Check(process.exitValue(), output);
    }
}
