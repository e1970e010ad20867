package io.pokeapi.suite.run;

import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.HttpClients;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.client.RevalidationCache;
import io.pokeapi.suite.client.TargetProbe;
import io.pokeapi.suite.client.TargetUnreachableException;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.contract.ContractBook;
import io.pokeapi.suite.history.History;
import io.pokeapi.suite.logging.Console;
import io.pokeapi.suite.logging.LogSetup;
import io.pokeapi.suite.logging.ReportScrubber;
import io.pokeapi.suite.logging.RequestLogInterceptor;
import io.pokeapi.suite.logging.SecretMask;
import io.pokeapi.suite.observability.Observability;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.reportportal.ReportPortalReporting;
import io.pokeapi.suite.resilience.ResiliencePolicies;
import io.pokeapi.suite.sweep.Sweep;
import io.pokeapi.suite.sweep.SweepHistory;
import io.pokeapi.suite.sweep.SweepPlan;
import io.pokeapi.suite.sweep.schema.PublishedSchemas;
import io.prometheus.client.CollectorRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one process shares between its scenarios: the settings, the HTTP client with its
 * connection pool, the replica when the target is the embedded one, and the metrics.
 *
 * <p>The entry points build it: the command line ({@code Main}), the benchmarks, and under {@code mvn test}
 * a listener of the test run. They install it ({@link InstalledRuntime}) for what Cucumber creates by name.
 */
public final class SuiteRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteRuntime.class);

    private final Settings settings;
    private final Optional<ReplicaServer> replica;
    private final OkHttpClient http;
    private final Optional<RevalidationCache> cache;
    private final PokeApiClient client;
    private final Observability observability;
    private final ReportPortalReporting reportPortal;
    private History history;
    private ContractBook contracts;
    private SuiteRun currentRun;
    private SuiteRun probedRun;

    private SuiteRuntime(Settings settings, Optional<ReplicaServer> replica, List<Interceptor> policies) {
        this.settings = settings;
        this.replica = replica;
        this.observability = new Observability(settings, new CollectorRegistry(), this::openedHistory);
        // The metrics innermost: a request a policy sends again counts again.
        List<Interceptor> interceptors = new ArrayList<>(policies);
        interceptors.addAll(ResiliencePolicies.of(settings, observability.resilienceEvents()));
        interceptors.add(observability.interceptor());
        interceptors.add(new RequestLogInterceptor());
        this.cache = settings.httpCache().flatMap(RevalidationCache::open);
        this.http = HttpClients.create(settings, interceptors, cache);
        URI baseUrl = replica.map(ReplicaServer::baseUrl).orElse(settings.baseUrl());
        this.client = new PokeApiClient(http, baseUrl, this::observe);
        this.reportPortal = new ReportPortalReporting(settings.reportPortal(), baseUrl);
    }

    /** Starts what the settings ask for: the replica when the target is {@link Settings.Target#REPLICA}. */
    public static SuiteRuntime start(Settings settings) {
        return start(settings, List.of());
    }

    /** Starts as {@link #start(Settings)} does, with {@code policies} around the HTTP client. */
    public static SuiteRuntime start(Settings settings, List<Interceptor> policies) {
        if (settings.target() != Settings.Target.REPLICA) {
            return new SuiteRuntime(settings, Optional.empty(), policies);
        }
        try {
            ReplicaServer server = ReplicaServer.start(settings.replica());
            return new SuiteRuntime(settings, Optional.of(server), policies);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the replica: " + e.getMessage(), e);
        }
    }

    public Settings settings() {
        return settings;
    }

    public PokeApiClient client() {
        return client;
    }

    /** The process's metrics, their server and their push. */
    public Observability observability() {
        return observability;
    }

    /** The reporting of the process's runs to ReportPortal, which does nothing unless configured. */
    public ReportPortalReporting reportPortal() {
        return reportPortal;
    }

    /** The run in progress, begun on first use: a process runs the suite once, the serve mode many times. */
    public synchronized SuiteRun currentRun() {
        return currentRun == null ? beginRun() : currentRun;
    }

    /**
     * Starts a new run, which {@link #currentRun()} returns from now on. The history opens with the
     * first run, so that a target found unreachable before it costs no database start.
     */
    public SuiteRun beginRun() {
        return beginRun(RunIdentity.startingNow(settings.tags()));
    }

    /** Starts the run {@code identity} names, with its own tag expression, as the serve mode's runs do. */
    public synchronized SuiteRun beginRun(RunIdentity identity) {
        LogSetup.runBegan(identity.id());
        currentRun = new SuiteRun(identity, history().begin(identity.id(), identity.startedAt(), client.baseUrl(),
                identity.tags()), sweepOf(identity));
        observability.runStarted(identity);
        return currentRun;
    }

    /**
     * Begins the run {@code identity} names once the target answers at its root. This is the run's one
     * probe, sent through the client's policies like any request (a 429's {@code Retry-After} is waited
     * for, the rate limit applies), and made before the history opens, so that a target found unreachable
     * costs no database start.
     *
     * @throws TargetUnreachableException saying which URL failed, how, and what to set
     */
    public SuiteRun beginProbedRun(RunIdentity identity) {
        TargetProbe.check(client);
        synchronized (this) {
            probedRun = beginRun(identity);
            return probedRun;
        }
    }

    /**
     * The run in progress, its target probed. Cucumber asks before the scenarios of each execution, a
     * run's retries included: only a run not probed yet is probed here, and under {@code mvn test}, where
     * nothing began a run, one begins.
     *
     * @throws TargetUnreachableException saying which URL failed, how, and what to set
     */
    public synchronized SuiteRun probedRun() {
        if (currentRun == null) {
            return beginProbedRun(RunIdentity.startingNow(settings.tags()));
        }
        if (currentRun != probedRun) {
            TargetProbe.check(client);
            probedRun = currentRun;
        }
        return currentRun;
    }

    /** The named contracts of {@code <FEATURES_DIR>/contracts}, read on first use. */
    public synchronized ContractBook contracts() {
        if (contracts == null) {
            contracts = ContractBook.load(settings.featuresDir().resolve("contracts"));
        }
        return contracts;
    }

    /** The sweep a run makes if a scenario asks for it; a person at a terminal sees its progress live. */
    private Sweep sweepOf(RunIdentity run) {
        SweepPlan plan = new SweepPlan(settings.sweep().resources(), settings.sweep().sample(), run.id(),
                settings.threads(), Optional.ofNullable(System.console()).map(terminal -> System.err));
        return Sweep.of(client, plan, this::contracts, this::publishedSchemas,
                (resource, passed) -> observability.metrics().documentSwept(resource.path(), passed),
                result -> history().database().ifPresent(database ->
                        SweepHistory.store(database, run.id(), result)));
    }

    /**
     * PokéAPI's published schemas: those of SCHEMA_DIR, else those of the replica's data, else downloaded
     * from SCHEMA_URL, once per run.
     */
    private PublishedSchemas publishedSchemas() {
        return settings.sweep().schemaDir()
                .or(() -> replica.flatMap(server -> server.data().schemaFolder()))
                .map(PublishedSchemas::fromFolder)
                .orElseGet(() -> PublishedSchemas.download(http, HttpUrl.get(settings.sweep().schemaUrl().toString())));
    }

    /** The history, opened with the first run. */
    public synchronized History history() {
        if (history == null) {
            history = History.open(settings.history());
        }
        return history;
    }

    private synchronized Optional<History> openedHistory() {
        return Optional.ofNullable(history);
    }

    /**
     * Responses outside a run, such as the target probe's before its run begins, are not part of any
     * run's history.
     */
    private void observe(ApiResponse response) {
        reportPortal.observe(response);
        SuiteRun run;
        synchronized (this) {
            run = currentRun;
        }
        if (run != null && !run.finished()) {
            run.history().observe(response);
        }
    }

    /**
     * Ends the process's use of the suite. A run nobody finished, as under {@code mvn test}, ends here the
     * way every run ends, with what its ledger holds, and the secrets are masked in its reports.
     */
    @Override
    public void close() {
        SuiteRun unfinished;
        synchronized (this) {
            unfinished = currentRun != null && !currentRun.finished() ? currentRun : null;
        }
        if (unfinished != null) {
            RunEnding.end(this, unfinished, new RunOutcome(unfinished.ledger().outcomes(), ""), "",
                    Console.of(settings.observability(), System.out, System.err).report());
        }
        observability.close();
        synchronized (this) {
            if (history != null) {
                history.close();
            }
        }
        replica.ifPresent(ReplicaServer::close);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        cache.ifPresent(RevalidationCache::close);
        if (unfinished != null) {
            maskSecretsInReports();
        }
    }

    /** Masks the secrets in the files of REPORTS_DIR, once a run has written them. */
    public void maskSecretsInReports() {
        try {
            new ReportScrubber(new SecretMask(settings.observability().secrets())).scrub(settings.reportsDir());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("The secrets could not be masked in the reports in {}: {}. Mask or delete them before sharing.",
                    settings.reportsDir().toAbsolutePath().normalize(), e.toString());
        }
    }
}
