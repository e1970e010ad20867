package io.pokeapi.suite.logging;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.config.ObservabilitySettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The process's log lines set up as a run would, written to buffers a test reads; {@link #close()} puts them back. */
final class CapturedLogs implements AutoCloseable {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Console console;

    CapturedLogs(ObservabilitySettings.LogFormat format, String... secrets) {
        console = LogSetup.configure(settings(format, secrets), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    static ObservabilitySettings settings(ObservabilitySettings.LogFormat format, String... secrets) {
        return new ObservabilitySettings(0, Optional.empty(), format, List.of(secrets), Optional.empty(),
                Optional.empty());
    }

    Console console() {
        return console;
    }

    String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** Standard output's lines, each parsed as the JSON object it must be. */
    List<JsonObject> jsonLines() {
        return stdout().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    @Override
    public void close() {
        LogSetup.configure(settings(ObservabilitySettings.LogFormat.TEXT), System.out, System.err);
    }
}
