package io.pokeapi.suite.observability;

import io.pokeapi.suite.client.ScenarioTag;
import io.pokeapi.suite.outcome.RunIdentity;
import io.pokeapi.suite.outcome.RunOutcome;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.resilience.ResilienceListener.CircuitState;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The suite's Prometheus metrics, in one registry per process: its HTTP requests, its scenarios and
 * their failures, the run itself, and what each finished run found ({@link RunFindings}). Thread-safe.
 *
 * <p>Endpoints are route templates ({@code /pokemon/{id}}), never raw URLs, so that a series stands
 * for an endpoint rather than for one Pokémon.
 */
public final class SuiteMetrics {

    /** The prefix of every metric of the suite's own. */
    public static final String PREFIX = "pokeapi_suite_";
    /** The status of a request that got no response, and the endpoint of a failure before any request. */
    public static final String NONE = "none";
    /** Requests sent, by endpoint, method and status: what the availability objectives count. */
    public static final String REQUESTS = PREFIX + "http_requests_total";
    /** The request duration histogram, by endpoint: what the latency objectives count. */
    public static final String REQUEST_DURATION = PREFIX + "http_request_duration_seconds";

    private static final double[] REQUEST_BUCKETS = {.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30};
    private static final double[] SCENARIO_BUCKETS = {.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60};
    private static final double[] STEP_BUCKETS = {.001, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30};

    private final CollectorRegistry registry;
    private final Counter requests;
    private final Histogram requestDuration;
    private final Counter scenarios;
    private final Histogram scenarioDuration;
    private final Histogram stepDuration;
    private final Counter failures;
    private final Counter retries;
    private final Counter retryWait;
    private final Counter retryAfterRefused;
    private final Gauge circuitState;
    private final Counter circuitTransitions;
    private final Counter rateLimitWait;
    private final Counter runs;
    private final Counter skippedRuns;
    private final Counter sweptDocuments;
    private final RunFindings findings;
    private final AtomicReference<Optional<LastRun>> lastRun = new AtomicReference<>(Optional.empty());
    /** The latest run that ended: its verdict stands while the next one goes, in the serve mode most of the time. */
    private final AtomicReference<Optional<LastRun>> lastFinished = new AtomicReference<>(Optional.empty());
    /** The endpoint of each running scenario's latest request, by scenario key, read from the request's tag. */
    private final Map<String, String> latestEndpoints = new ConcurrentHashMap<>();

    /** Registers the suite's metrics in {@code registry}, which should hold nothing of the suite's yet. */
    public SuiteMetrics(CollectorRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        requests = Counter.build(REQUESTS,
                        "HTTP requests the suite sent, by endpoint, method and response status (none: no response)")
                .labelNames("endpoint", "method", "status").register(registry);
        requestDuration = Histogram.build(REQUEST_DURATION, "Time from sending a request "
                        + "to having read its whole response body, or to its failure, by endpoint")
                .labelNames("endpoint").buckets(REQUEST_BUCKETS).register(registry);
        scenarios = counter("scenarios_total",
                "Scenario attempts that finished, by feature and status; a retried scenario counts each attempt",
                "feature", "status");
        scenarioDuration = Histogram.build(PREFIX + "scenario_duration_seconds",
                        "Duration of scenario attempts, by feature")
                .labelNames("feature").buckets(SCENARIO_BUCKETS).register(registry);
        stepDuration = Histogram.build(PREFIX + "step_duration_seconds",
                        "Duration of the scenario steps that ran, by status (passed or failed)")
                .labelNames("status").buckets(STEP_BUCKETS).register(registry);
        failures = counter("test_failures_total",
                "Failed steps, by the endpoint of the scenario's latest request and the kind of failure",
                "endpoint", "failure_type");
        retries = counter("http_retries_total", "Requests sent again, by endpoint and why the attempt before "
                + "failed: its status, or timeout, connection or io", "endpoint", "reason");
        retryWait = counter("http_retry_wait_seconds_total",
                "Time the client waited before retries, by endpoint", "endpoint");
        retryAfterRefused = counter("http_retry_after_refused_total",
                "Answers whose Retry-After asked for a longer wait than the client allows, by endpoint", "endpoint");
        circuitState = gauge("circuit_breaker_state",
                "State of each endpoint's circuit: 1 for the state it is in (closed, open, half_open), else 0",
                "endpoint", "state");
        circuitTransitions = counter("circuit_breaker_transitions_total",
                "Changes of state of the endpoints' circuits, by endpoint and the state entered", "endpoint", "state");
        rateLimitWait = counter("rate_limit_wait_seconds_total",
                "Time requests waited for the client's rate limit before they were sent, by endpoint", "endpoint");
        runs = counter("runs_total", "Runs the serve mode started, by trigger (schedule or http)", "trigger");
        skippedRuns = counter("runs_skipped_total",
                "Runs the serve mode did not start because another was going, by trigger (schedule or http)",
                "trigger");
        sweptDocuments = counter("sweep_documents_total", "Documents a sweep fetched and checked, by resource and "
                + "result (passed or failed); a Pokémon's encounters count as one", "resource", "result");
        findings = new RunFindings(registry);
        new RunCollector(lastRun::get, lastFinished::get).register(registry);
    }

    private Counter counter(String name, String help, String... labels) {
        return counter(registry, name, help, labels);
    }

    /** A counter of the suite's, {@link #PREFIX} and {@code name}, registered in {@code registry}. */
    static Counter counter(CollectorRegistry registry, String name, String help, String... labels) {
        return Counter.build(PREFIX + name, help).labelNames(labels).register(registry);
    }

    private Gauge gauge(String name, String help, String... labels) {
        return gauge(registry, name, help, labels);
    }

    /** A gauge of the suite's, {@link #PREFIX} and {@code name}, registered in {@code registry}. */
    static Gauge gauge(CollectorRegistry registry, String name, String help, String... labels) {
        return Gauge.build(PREFIX + name, help).labelNames(labels).register(registry);
    }

    /** The upper bounds of the request duration histogram's buckets, in seconds: the latencies it can tell. */
    public static List<Double> requestBuckets() {
        return Arrays.stream(REQUEST_BUCKETS).boxed().toList();
    }

    public CollectorRegistry registry() {
        return registry;
    }

    // --- requests, from the client's interceptor --------------------------------------------------------

    /** A request is about to be sent; it is the latest of the scenario it is made for, if any. */
    void requestStarted(Optional<ScenarioTag> scenario, String endpoint) {
        scenario.ifPresent(tag -> latestEndpoints.put(tag.key(), endpoint));
    }

    void requestAnswered(String endpoint, String method, String status) {
        requests.labels(endpoint, method, status).inc();
    }

    void requestTimed(String endpoint, long nanos) {
        requestDuration.labels(endpoint).observe(nanos / 1e9);
    }

    // --- the client's policies, through ResilienceEvents ---------------------------------------------

    void retried(String endpoint, String reason, Duration waited) {
        retries.labels(endpoint, reason).inc();
        retryWait.labels(endpoint).inc(seconds(waited));
    }

    void retryAfterRefused(String endpoint) {
        retryAfterRefused.labels(endpoint).inc();
    }

    /** The endpoint's circuit is in {@code state}; a transition when {@code changed}. */
    void circuitIn(String endpoint, CircuitState state, boolean changed) {
        for (CircuitState each : CircuitState.values()) {
            circuitState.labels(endpoint, each.label()).set(each == state ? 1 : 0);
        }
        if (changed) {
            circuitTransitions.labels(endpoint, state.label()).inc();
        }
    }

    void rateLimited(String endpoint, Duration waited) {
        rateLimitWait.labels(endpoint).inc(seconds(waited));
    }

    // --- scenarios, from the Cucumber plugin ------------------------------------------------------------

    /** The scenario of that key starts: it has made no request yet. */
    void scenarioStarted(String key) {
        latestEndpoints.remove(key);
    }

    void stepFinished(String status, Duration duration) {
        stepDuration.labels(status).observe(seconds(duration));
    }

    /** A step of the scenario of that key failed with {@code error}: put down to its latest request's endpoint. */
    void stepFailed(String key, Throwable error) {
        String endpoint = latestEndpoints.getOrDefault(key, NONE);
        failures.labels(endpoint, FailureType.of(error).label()).inc();
    }

    void scenarioFinished(String key, String feature, String status, Duration duration) {
        latestEndpoints.remove(key);
        scenarios.labels(feature, status).inc();
        scenarioDuration.labels(feature).observe(seconds(duration));
    }

    /** A sweep checked a document of {@code resource}, such as {@code pokemon}. */
    public void documentSwept(String resource, boolean passed) {
        sweptDocuments.labels(resource, passed ? "passed" : "failed").inc();
    }

    // --- the run ----------------------------------------------------------------------------------------

    /** A run began: it is the last run from now on, and in progress. */
    public void runStarted(RunIdentity run) {
        lastRun.set(Optional.of(LastRun.running(run)));
    }

    /** The serve mode started a run, for {@code trigger}. */
    public void runTriggered(String trigger) {
        runs.labels(trigger).inc();
    }

    /** The serve mode did not start a run for {@code trigger}: another was going. */
    public void runSkipped(String trigger) {
        skippedRuns.labels(trigger).inc();
    }

    /** A run ended at {@code finishedAt}: what its scenarios and its history found, and its verdict. */
    public void runFinished(RunResult ended, Instant finishedAt) {
        findings.record(ended);
        RunOutcome outcome = ended.outcome();
        boolean passed = ended.passed();
        LastRun.Result result = !outcome.problem().isEmpty() || outcome.scenarios().isEmpty()
                ? LastRun.Result.INCOMPLETE
                : passed ? LastRun.Result.PASSED : LastRun.Result.FAILED;
        LastRun finished = new LastRun(ended.run(), Optional.of(finishedAt), result, detail(outcome, passed));
        lastRun.set(Optional.of(finished));
        lastFinished.set(Optional.of(finished));
    }

    /** Why a run did not pass, for the health report. */
    private static String detail(RunOutcome outcome, boolean passed) {
        if (!outcome.problem().isEmpty()) {
            return outcome.problem();
        }
        if (outcome.scenarios().isEmpty()) {
            return "no scenario ran";
        }
        if (outcome.failed() > 0) {
            return outcome.failed() + " of " + outcome.scenarios().size() + " scenarios failed";
        }
        return passed ? "" : "slower than its latency baseline";
    }

    /** The last run: in progress or finished, if there was one. */
    public Optional<LastRun> lastRun() {
        return lastRun.get();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
