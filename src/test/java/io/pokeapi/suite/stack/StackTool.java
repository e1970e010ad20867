package io.pokeapi.suite.stack;

import io.pokeapi.suite.observability.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools the stack's checks run (Docker Compose, yamllint, promtool…), found on the PATH. A check whose
 * tool is missing, or only partly installed, is skipped, and the first such check of each tool prints one
 * {@code SKIPPED:} line saying what was not checked and how to install the tool; CI installs them all and
 * fails on that line.
 */
public final class StackTool {

    /** The project's folder: Maven runs the tests there. */
    public static final Path ROOT = Path.of("").toAbsolutePath();

    private static final long TIMEOUT_SECONDS = 120;
    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    /** How a command exited and what it printed, standard output and error together. */
    public record Result(int exitCode, String output) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private StackTool() {
    }

    /** The executable of that name on the PATH; without it the calling test is skipped. */
    public static Path require(String name, String install, String unchecked) {
        return TestHttp.onPath(name).orElseGet(() -> skip(name, "is not on the PATH", install, unchecked));
    }

    /**
     * Skips the calling test unless {@code check} runs and exits zero: what a tool needs beyond its
     * executable (a Python module, a plugin) counts as the tool, and a tool without it as missing.
     */
    public static void requireWorking(String name, List<String> check, String install, String unchecked) {
        if (!works(check)) {
            skip(name, "is not installed (" + String.join(" ", check) + " failed)", install, unchecked);
        }
    }

    /** Whether the command starts, ends within the timeout and exits zero; its output is dropped. */
    public static boolean works(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }

    /**
     * The Compose command: {@code docker-compose} (Debian's v1, or a v2 standalone binary), else the
     * {@code docker compose} plugin; without either the calling test is skipped.
     */
    public static List<String> compose(String unchecked) {
        Optional<Path> standalone = TestHttp.onPath("docker-compose");
        if (standalone.isPresent()) {
            return List.of(standalone.get().toString());
        }
        Optional<Path> docker = TestHttp.onPath("docker");
        if (docker.isPresent() && run(ROOT, Map.of(), List.of(docker.get().toString(), "compose", "version")).succeeded()) {
            return List.of(docker.get().toString(), "compose");
        }
        return skip("docker-compose", "is not on the PATH", "apt-get install docker-compose", unchecked);
    }

    /**
     * Runs a command in a folder and waits for it. {@code environment} adds variables to the test's own;
     * a {@code null} value removes one, so that a check does not depend on what the shell exported.
     */
    public static Result run(Path directory, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Compose's command line: the Compose command, then these arguments. */
    public static List<String> composeCommand(List<String> compose, String... arguments) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of(arguments));
        return command;
    }

    /** A copy of .env.example in that folder, with these lines added (a later line wins in Compose). */
    public static Path envFileFromExample(Path directory, String... extraLines) throws IOException {
        String example = Files.readString(ROOT.resolve(".env.example"));
        return Files.writeString(directory.resolve("stack.env"), example + "\n" + String.join("\n", extraLines) + "\n");
    }

    private static <T> T skip(String tool, String why, String install, String unchecked) {
        if (ANNOUNCED.add(tool)) {
            System.out.println("SKIPPED: " + tool + " " + why + " (" + install + "), so " + unchecked);
        }
        Assumptions.abort(tool + " " + why);
        throw new IllegalStateException("unreachable");
    }
}
