package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.ObservabilitySettings;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.logging.Console;
import io.pokeapi.suite.logging.LogSetup;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRunner;
import io.pokeapi.suite.run.SuiteRuntime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs the suite, or a command of its command line, in this JVM as the command line does, with only the
 * given settings: for tests about what a run records and reports, where a JVM of its own would cost its
 * start-up and a cold JIT on every run and add nothing. Tests about exit codes, a process's own output or runs of several
 * processes at once use {@link SuiteProcess}.
 */
final class InProcessSuite {

    /** One runtime is installed at a time, and standard output and the log lines are the JVM's: runs take turns. */
    private static final Object ONE_AT_A_TIME = new Object();

    /** How a run ended, and what it printed where a process prints it: its report on out, its log lines on err. */
    record Result(RunResult.Verdict verdict, String out, String err) {

        String all() {
            return out + err;
        }

        void assertPassed() {
            assertThat(verdict).as(all()).isEqualTo(RunResult.Verdict.PASSED);
        }
    }

    private InProcessSuite() {
    }

    /** Runs the scenarios {@code settings} select, over the defaults {@link SuiteProcess} gives a process. */
    static Result run(Map<String, String> settings, Path workDir) {
        Settings loaded = settings(settings, workDir);
        Captured<RunResult> run = capturingOutput(loaded, console -> {
            try (SuiteRuntime runtime = SuiteRuntime.start(loaded);
                 InstalledRuntime installed = InstalledRuntime.install(runtime)) {
                RunResult result = new SuiteRunner(runtime, console.report())
                        .run(RunIdentity.startingNow(loaded.tags()));
                if (result.verdict() == RunResult.Verdict.COULD_NOT_RUN) {
                    console.errors().println(result.problem()); // as the command line prints it
                }
                return result;
            }
        });
        return new Result(run.value().verdict(), run.out(), run.err());
    }

    /** What {@code command} printed on the report stream it is handed, given the settings a process would read. */
    static String print(Map<String, String> settings, Path workDir, BiConsumer<Settings, PrintStream> command) {
        Settings loaded = settings(settings, workDir);
        return capturingOutput(loaded, console -> {
            command.accept(loaded, console.report());
            return null;
        }).out();
    }

    /** The given settings over the defaults of {@link SuiteProcess}, and never the developer's environment or .env. */
    private static Settings settings(Map<String, String> settings, Path workDir) {
        Map<String, String> values = new HashMap<>(Map.of("HISTORY", "off", "PROMETHEUS_PORT", "0",
                "HTTP_CACHE_DIR", workDir.resolve("http-cache").toString(), "LOG_FORMAT", "text"));
        values.putAll(settings);
        return new SettingsLoader(new SettingSource().withLayer(values, "the test")).load();
    }

    /**
     * Applies {@code action} to the console, with standard output and error, where Cucumber's plugins write,
     * and the log lines set up as the command line sets them up, and captured. The JVM's own are put back
     * after, as {@code CapturedLogs} puts them back.
     */
    private static <T> Captured<T> capturingOutput(Settings settings, Function<Console, T> action) {
        synchronized (ONE_AT_A_TIME) {
            ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
            ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
            PrintStream capturedOut = new PrintStream(outBuffer, true, StandardCharsets.UTF_8);
            PrintStream capturedErr = new PrintStream(errBuffer, true, StandardCharsets.UTF_8);
            PrintStream out = System.out;
            PrintStream err = System.err;
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            try {
                T value = action.apply(LogSetup.configure(settings.observability(), capturedOut, capturedErr));
                return new Captured<>(value, outBuffer.toString(StandardCharsets.UTF_8),
                        errBuffer.toString(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw new AssertionError("The suite printed:\n" + outBuffer.toString(StandardCharsets.UTF_8)
                        + errBuffer.toString(StandardCharsets.UTF_8), e);
            } finally {
                System.setOut(out);
                System.setErr(err);
                LogSetup.configure(new ObservabilitySettings(0, Optional.empty(), ObservabilitySettings.LogFormat.TEXT,
                        List.of(), Optional.empty(), Optional.empty()), out, err);
            }
        }
    }

    private record Captured<T>(T value, String out, String err) {
    }
}
