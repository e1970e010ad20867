package io.pokeapi.suite.logging;

import io.pokeapi.suite.config.ObservabilitySettings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a person reads, apart from the log lines: the report of a run, and the one-line errors. With
 * {@code LOG_FORMAT=json} standard output carries log lines only, every one of them JSON for Promtail,
 * so the report goes to standard error; with {@code text} it stays on standard output. Both are masked.
 *
 * @param report where the run's report goes
 * @param errors where errors go
 */
public record Console(PrintStream report, PrintStream errors) {

    public static Console of(ObservabilitySettings settings, PrintStream stdout, PrintStream stderr) {
        SecretMask mask = new SecretMask(settings.secrets());
        PrintStream errors = masked(stderr, mask);
        PrintStream report = settings.logFormat() == ObservabilitySettings.LogFormat.JSON ? errors
                : masked(stdout, mask);
        return new Console(report, errors);
    }

    private static PrintStream masked(PrintStream stream, SecretMask mask) {
        return mask.isEmpty() ? stream : new PrintStream(new MaskedLines(stream, mask), false, StandardCharsets.UTF_8);
    }
}
