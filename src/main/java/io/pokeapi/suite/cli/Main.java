package io.pokeapi.suite.cli;

import io.pokeapi.suite.bench.SuiteBenchmark;
import io.pokeapi.suite.bench.SweepBenchmark;
import io.pokeapi.suite.client.TargetUnreachableException;
import io.pokeapi.suite.config.InvalidSettingException;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.history.HistoryUnavailableException;
import io.pokeapi.suite.logging.Console;
import io.pokeapi.suite.logging.LogSetup;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.reportportal.DashboardSetup;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.run.SuiteRunner;
import io.pokeapi.suite.run.InstalledRuntime;
import io.pokeapi.suite.run.SuiteRuntime;
import io.pokeapi.suite.serve.ServeMode;
import io.pokeapi.suite.slo.SloRuleFile;
import io.pokeapi.suite.slo.TimeScale;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The suite's command line: {@code run} runs the features once, {@code serve} runs them on a schedule
 * and on demand while serving metrics and health, {@code replica} serves the replica until stopped.
 * Exit codes: 0 passed, 1 a scenario failed, 2 the run could not start.
 */
public final class Main {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int CANNOT_RUN = 2;

    // Plain until the settings are known, then masked and where LOG_FORMAT puts them.
    private PrintStream out;
    private PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int exitCode = CANNOT_RUN;
        Main main = new Main(System.out, System.err);
        try {
            exitCode = main.execute(args);
        } catch (RuntimeException | Error e) {
            e.printStackTrace(main.err); // a defect of the suite itself: the trace is what fixes it
        } finally {
            main.out.flush();
            main.err.flush();
            System.exit(exitCode); // the replica's HTTP dispatcher must not keep the process alive
        }
    }

    int execute(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            return switch (command) {
                case "run" -> run(settings());
                case "serve" -> serve(settings());
                case "replica" -> replica(settings());
                case "bench" -> bench(settings());
                case "bench-sweep" -> benchSweep(settings());
                case "history" -> history(settings(), args.length > 1 ? Optional.of(args[1]) : Optional.empty());
                case "history-prune" -> historyPrune(settings());
                case "rp-dashboards" -> reportPortalDashboards(settings());
                case "slo-rules" -> sloRules(args);
                case "help", "--help", "-h" -> help(PASSED);
                default -> {
                    err.println("Unknown command '" + command + "'.");
                    yield help(CANNOT_RUN);
                }
            };
        } catch (InvalidSettingException | TargetUnreachableException | HistoryUnavailableException e) {
            err.println(e.getMessage());
            return CANNOT_RUN;
        } catch (IllegalArgumentException | IllegalStateException | IOException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return CANNOT_RUN;
        }
    }

    /** The process's settings; from here on log lines and output are as they ask, and masked. */
    private Settings settings() {
        Settings settings = SettingsLoader.fromEnvironment();
        Console console = LogSetup.configure(settings.observability(), out, err);
        out = console.report();
        err = console.errors();
        return settings;
    }

    private int run(Settings settings) {
        try (SuiteRuntime runtime = SuiteRuntime.start(settings);
             InstalledRuntime installed = InstalledRuntime.install(runtime)) {
            RunResult result = new SuiteRunner(runtime, out).run(RunIdentity.startingNow(settings.tags()));
            return switch (result.verdict()) {
                case PASSED -> PASSED;
                case FAILED -> FAILED;
                case COULD_NOT_RUN -> {
                    err.println(result.problem());
                    yield CANNOT_RUN;
                }
            };
        }
    }

    /** Serves and runs until SIGTERM or Ctrl-C, whose shutdown hook stops the runs and closes the runtime. */
    private int serve(Settings settings) {
        SuiteRuntime runtime = SuiteRuntime.start(settings);
        InstalledRuntime.install(runtime);
        ServeMode serve;
        try {
            serve = ServeMode.start(runtime, out);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM halts once its shutdown hooks return: the stop must be complete by then.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            runtime.close();
            stopped.countDown();
        }, "serve-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return PASSED;
    }

    private int replica(Settings settings) throws IOException {
        try (ReplicaServer server = ReplicaServer.start(settings.replica())) {
            out.println("PokéAPI replica serving " + settings.replica().describeData() + " at " + server.baseUrl()
                    + " (Ctrl-C stops it)");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "replica-shutdown"));
            stopped.await();
            return PASSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PASSED;
        }
    }

    private int bench(Settings settings) {
        return new SuiteBenchmark(out).run(settings, benchData(settings)) ? PASSED : FAILED;
    }

    /** Apart from bench: a sweep runs long enough to want the JVM's full JIT, as make sweep gives it. */
    private int benchSweep(Settings settings) {
        return new SweepBenchmark(out).run(settings, benchData(settings)) ? PASSED : FAILED;
    }

    private static Path benchData(Settings settings) {
        return settings.replica().data().orElse(Path.of("..", "shared", "pokeapi-data"));
    }

    /** What the history remembers, or with a run id what it recorded of that run. */
    private int history(Settings settings, Optional<String> run) {
        if (!settings.history().enabled()) {
            err.println("History is off (HISTORY=off): nothing to show.");
            return CANNOT_RUN;
        }
        if (run.isPresent()) {
            new RunHistoryCommand(out).print(settings.history(), run.get());
        } else {
            new HistoryCommand(out).print(settings.history());
        }
        return PASSED;
    }

    /** Deletes what is older than HISTORY_RETENTION, as the serve mode does daily. */
    private int historyPrune(Settings settings) {
        if (!settings.history().enabled()) {
            err.println("History is off (HISTORY=off): nothing to prune.");
            return CANNOT_RUN;
        }
        Optional<Duration> retention = settings.history().retention();
        if (retention.isEmpty()) {
            out.println("HISTORY_RETENTION=off keeps the whole history: nothing pruned.");
            return PASSED;
        }
        new HistoryPruneCommand(out).prune(settings.history(), retention.get(), Clock.systemUTC());
        return PASSED;
    }

    private int reportPortalDashboards(Settings settings) {
        if (!settings.reportPortal().enabled()) {
            err.println("rp-dashboards needs REPORTPORTAL_ENDPOINT, REPORTPORTAL_PROJECT and REPORTPORTAL_API_TOKEN.");
            return CANNOT_RUN;
        }
        new DashboardSetup(settings.reportPortal(), out).apply();
        return PASSED;
    }

    /**
     * Writes the objectives' Prometheus rules from config/slo.yml, or from the file named after the command into
     * the one named next; needs no setting.
     */
    private int sloRules(String[] args) throws IOException {
        Path config = args.length > 1 ? Path.of(args[1]) : SloRuleFile.CONFIG;
        Path rules = args.length > 2 ? Path.of(args[2]) : SloRuleFile.RULES;
        Files.writeString(rules, SloRuleFile.generate(config, TimeScale.REAL));
        out.println("Wrote " + rules + " from " + config);
        return PASSED;
    }

    private int help(int exitCode) {
        out.println("""
                Usage: java -cp … io.pokeapi.suite.cli.Main <command>
                  run      run the scenarios selected by TAGS against the target (TARGET, POKEAPI_BASE_URL)
                  serve    serve /metrics, /health and POST /runs; run TAGS every SERVE_INTERVAL until stopped
                  replica  serve the PokéAPI replica on REPLICA_HOST:REPLICA_PORT until stopped
                  bench    time the suite against plain fetches and the replica's throughput (REPLICA_DATA)
                  bench-sweep  time a sweep of a generated full-size Pokédex against its floor (REPLICA_DATA)
                  history  show what the history remembers: schema and data changes, baselines, flaky scenarios
                  history <run id>  show what the history recorded of one run: scenarios, responses, changes
                  history-prune  delete responses, runs and scenario results older than HISTORY_RETENTION
                  rp-dashboards  create the suite's ReportPortal dashboard, once (REPORTPORTAL_* settings)
                  slo-rules  write config/prometheus/slo_rules.yml, the objectives' rules, from config/slo.yml
                Settings come from the environment and .env; see the README's table.""");
        return exitCode;
    }
}
