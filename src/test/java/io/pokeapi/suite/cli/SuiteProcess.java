package io.pokeapi.suite.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import io.pokeapi.suite.config.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Runs the suite's command line in a fresh JVM, as {@code make} does, with only the given settings. */
public final class SuiteProcess {

    private static final long TIMEOUT_SECONDS = 180;
    /** The commands bin/suite runs with the C1 compiler alone, as short runs; a sweep (TAGS=@sweep) is not one. */
    private static final Set<String> SHORT_COMMANDS = Set.of("run", "history", "history-prune", "rp-dashboards", "bench",
            "slo-rules");

    /** What the process printed and how it exited. */
    public record Result(int exitCode, String out, String err) {

        public String all() {
            return out + err;
        }

        /** Standard output's lines with LOG_FORMAT=json, each parsed as the JSON object it must be. */
        public List<JsonObject> jsonLines() {
            return out.lines().map(Result::jsonObject).toList();
        }

        private static JsonObject jsonObject(String line) {
            try {
                JsonElement json = JsonParser.parseString(line);
                if (json.isJsonObject()) {
                    return json.getAsJsonObject();
                }
            } catch (JsonSyntaxException e) {
                throw new AssertionError("Standard output holds a line that is not JSON: " + line, e);
            }
            throw new AssertionError("Standard output holds a line that is not a JSON object: " + line);
        }
    }

    private SuiteProcess() {
    }

    public static Result run(Map<String, String> settings, Path workDir, String... args)
            throws IOException, InterruptedException {
        return start(settings, workDir, args).await();
    }

    /** Starts the command line without waiting for it, for tests that act while it runs. */
    static Running start(Map<String, String> settings, Path workDir, String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(settings, args));
        command.addAll(List.of("-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        return startCommand(settings, workDir, command);
    }

    /** The JVM options bin/suite gives the command: a short run warms up fastest with the C1 compiler alone. */
    private static List<String> jvmOptions(Map<String, String> settings, String... args) {
        boolean shortRun = args.length > 0 && SHORT_COMMANDS.contains(args[0])
                && !"@sweep".equals(settings.get("TAGS"));
        return shortRun ? List.of("-XX:TieredStopAtLevel=1") : List.of();
    }

    /** Runs another command that runs the suite, such as bin/suite or make, in the project's folder. */
    static Result runCommand(Map<String, String> settings, Path workDir, List<String> command)
            throws IOException, InterruptedException {
        return startCommand(settings, workDir, command).await();
    }

    private static Running startCommand(Map<String, String> settings, Path workDir, List<String> command)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        for (Setting setting : Setting.values()) {
            // A developer's own settings must not leak into the run under test.
            builder.environment().remove(setting.name());
        }
        // Nor the flags of a make that runs these tests (make test).
        builder.environment().keySet().removeAll(List.of("MAKEFLAGS", "MFLAGS", "MAKELEVEL"));
        // Each test asks for the history it wants; by default none, so runs stay independent.
        builder.environment().put("HISTORY", "off");
        // Metrics on any free port, so that runs at once never contend for one.
        builder.environment().put("PROMETHEUS_PORT", "0");
        // The test's own HTTP cache: its runs revalidate what its earlier runs fetched, never another test's.
        builder.environment().put("HTTP_CACHE_DIR", workDir.resolve("http-cache").toString());
        // Readable lines, the report on standard output, as make gives them; tests of JSON lines ask for them.
        builder.environment().put("LOG_FORMAT", "text");
        builder.environment().putAll(settings);
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Running(builder.start(), out, err);
    }

    /** A command line that was started. */
    record Running(Process process, Path out, Path err) {

        boolean isAlive() {
            return process.isAlive();
        }

        /** What it printed so far, standard output then standard error. */
        String printed() {
            return read(out) + read(err);
        }

        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The suite printed:\n" + printed() + "\nand did not finish within "
                        + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /** A file's text, or a line saying why it cannot be read: for failure messages, which must not fail. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
