package io.pokeapi.suite.observability;

import io.pokeapi.suite.stack.StackTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code promtool check metrics} on a scrape; a test without promtool on the PATH is skipped, saying so once. */
public final class Promtool {

    /** What promtool said and how it exited. */
    public record Check(int exitCode, String output) {
    }

    private Promtool() {
    }

    public static Check checkMetrics(String scrape, Path work) throws IOException, InterruptedException {
        Path promtool = StackTool.require("promtool", "apt-get install prometheus", "the scrape was not linted");
        Path input = Files.writeString(Files.createTempFile(work, "scrape", ".txt"), scrape);
        Process process = new ProcessBuilder(promtool.toString(), "check", "metrics")
                .redirectInput(input.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool did not finish");
        }
        return new Check(process.exitValue(), output);
    }
}
