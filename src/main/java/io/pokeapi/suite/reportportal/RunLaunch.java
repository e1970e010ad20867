package io.pokeapi.suite.reportportal;

import com.epam.reportportal.listeners.ItemType;
import com.epam.reportportal.listeners.ListenerParameters;
import com.epam.reportportal.listeners.LogLevel;
import com.epam.reportportal.service.Launch;
import com.epam.reportportal.service.LaunchImpl;
import com.epam.reportportal.service.ReportPortal;
import com.epam.reportportal.service.ReportPortalClient;
import com.epam.reportportal.service.ReportPortalClientV2;
import com.epam.reportportal.utils.concurrency.MultithreadingUtils;
import com.epam.ta.reportportal.ws.model.FinishExecutionRQ;
import com.epam.ta.reportportal.ws.model.FinishTestItemRQ;
import com.epam.ta.reportportal.ws.model.StartTestItemRQ;
import com.epam.ta.reportportal.ws.model.attribute.ItemAttributesRQ;
import com.epam.ta.reportportal.ws.model.launch.Mode;
import com.epam.ta.reportportal.ws.model.launch.StartLaunchRQ;
import com.epam.ta.reportportal.ws.model.log.SaveLogRQ;
import io.pokeapi.suite.config.ReportPortalSettings;
import io.pokeapi.suite.history.DataChange;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.SchemaChange;
import io.pokeapi.suite.outcome.FailureTrends;
import io.pokeapi.suite.outcome.RunResult;
import io.pokeapi.suite.outcome.ScenarioLedger;
import io.pokeapi.suite.outcome.ScenarioOutcome;
import io.reactivex.Maybe;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The launch of one run of the suite in ReportPortal. A run is several Cucumber executions, the first
 * attempt and each retry, and each execution's reporter joins this one launch: the features, the root
 * suite and the launch stay open until the run is over, so that a retry lands beside its first attempt.
 */
final class RunLaunch {

    private static final String ROOT_NAME = "PokéAPI suite";

    private final ReportPortalSettings settings;
    private final LaunchDetails details;
    private final ScenarioLedger ledger;
    private final RequestTally tally = new RequestTally();
    private final DeliveryLedger delivered = new DeliveryLedger();
    private final ListenerParameters parameters;
    private final ExecutorService executor;
    private final ReportPortalClient client;
    private final ReportPortal reportPortal;
    private final Map<String, Maybe<String>> features = new ConcurrentHashMap<>();
    /** ReportPortal's id of each scenario's latest attempt, for the next attempt's retryOf. */
    private final Map<String, String> latestItems = new ConcurrentHashMap<>();
    private final Map<Maybe<String>, ScenarioAttempt> attempts = new ConcurrentHashMap<>();
    /** The attempt of each scenario running, by its key: what its requests' tags name. */
    private final Map<String, ScenarioAttempt> running = new ConcurrentHashMap<>();
    private Launch launch; // guarded by this
    private Instant launchStart; // guarded by this
    private Maybe<String> root; // guarded by this
    private boolean finished; // guarded by this

    RunLaunch(ReportPortalSettings settings, LaunchDetails details, ScenarioLedger ledger) {
        this.settings = settings;
        this.details = details;
        this.ledger = ledger;
        this.parameters = parameters(settings, details);
        this.executor = MultithreadingUtils.buildExecutorService("reportportal-", parameters);
        this.client = tally.counting(ReportPortal.builder().buildClient(ReportPortalClientV2.class, parameters, executor),
                delivered);
        this.reportPortal = ReportPortal.create(client, parameters, executor);
    }

    /** ReportPortal's client settings, made from the suite's rather than from a reportportal.properties. */
    private static ListenerParameters parameters(ReportPortalSettings settings, LaunchDetails details) {
        ListenerParameters parameters = new ListenerParameters();
        parameters.setEnable(true);
        parameters.setBaseUrl(settings.endpoint().orElseThrow().toString());
        parameters.setProjectName(settings.project().orElseThrow());
        parameters.setApiKey(settings.apiToken().orElseThrow());
        parameters.setLaunchName(details.name());
        parameters.setDescription(details.description());
        parameters.setAttributes(details.attributes().entrySet().stream()
                .map(attribute -> new ItemAttributesRQ(attribute.getKey(), attribute.getValue()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        parameters.setLaunchRunningMode(Mode.DEFAULT);
        parameters.setClientJoin(false); // one process, one launch: no lock files
        parameters.setCallbackReportingEnabled(false);
        parameters.setHttpConnectTimeout(settings.timeout());
        parameters.setHttpReadTimeout(settings.timeout());
        parameters.setHttpWriteTimeout(settings.timeout());
        parameters.setHttpCallTimeout(settings.timeout());
        parameters.setReportingTimeout((int) Math.max(1, settings.timeout().toSeconds()));
        return parameters;
    }

    ReportPortal reportPortal() {
        return reportPortal;
    }

    RequestTally tally() {
        return tally;
    }

    /** The run's launch, started by the first execution that needs it with the request it builds. */
    synchronized Launch launch(BiFunction<Instant, ListenerParameters, StartLaunchRQ> request) {
        if (launch == null) {
            launchStart = Instant.now();
            StartLaunchRQ start = request.apply(launchStart, parameters);
            launch = new LaunchImpl(client, parameters, start, executor) {
                @Override
                public Maybe<String> start() {
                    return start(false); // no usage statistics sent to the client's authors
                }
            };
            launch.start();
        }
        return launch;
    }

    /** The suite that holds the features, started once per run. */
    synchronized Maybe<String> root(Supplier<Launch> launch) {
        if (root == null) {
            Launch started = launch.get();
            StartTestItemRQ start = new StartTestItemRQ();
            start.setName(ROOT_NAME);
            // The launch's own start, not the time the first feature asks for its root: ReportPortal refuses
            // a child, that feature, that starts before its parent.
            start.setStartTime(launchStart);
            start.setType(ItemType.SUITE.name());
            root = started.startTestItem(start);
        }
        return root;
    }

    /** A feature's item, started by the first execution that runs one of its scenarios. */
    Maybe<String> feature(String codeRef, Supplier<Maybe<String>> start) {
        return features.computeIfAbsent(codeRef, key -> start.get());
    }

    /** A scenario's attempt about to start: a retry when an earlier attempt of the run ended. */
    ScenarioAttempt attempt(String key) {
        return new ScenarioAttempt(key, ledger.attempts(key), latestItems.get(key));
    }

    /** The attempt started as {@code item}. */
    void began(ScenarioAttempt attempt, Maybe<String> item) {
        attempts.put(item, attempt);
        running.put(attempt.key(), attempt);
        item.subscribe(id -> latestItems.put(attempt.key(), id), error -> {
            // counted by the tally; the attempt is just not linked to its retry
        });
    }

    /** The attempt whose item is finishing, if {@code item} is a scenario's. */
    Optional<ScenarioAttempt> ending(Maybe<String> item) {
        ScenarioAttempt attempt = attempts.remove(item);
        if (attempt != null) {
            running.remove(attempt.key(), attempt);
        }
        return Optional.ofNullable(attempt);
    }

    /** The running attempt of the scenario of that key, if it is running. */
    Optional<ScenarioAttempt> running(String key) {
        return Optional.ofNullable(running.get(key));
    }

    /**
     * Ends the launch once the run is over: what the history noticed as launch-level warnings, then the
     * features, the root suite and the launch, which is then read back ({@link LaunchFinish}).
     *
     * @return what ReportPortal kept of the launch; empty when nothing was reported or not all of it was taken
     */
    Optional<Delivery> finish(RunResult result) {
        HistoryReport report = result.history();
        Launch started;
        Maybe<String> rootItem;
        synchronized (this) {
            if (finished || launch == null) {
                finished = true;
                return Optional.empty(); // no scenario ran: nothing to report
            }
            finished = true;
            started = launch;
            rootItem = root;
        }
        Set<ItemAttributesRQ> markers = new LinkedHashSet<>();
        report.schemaChanges().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(change -> {
            markers.add(new ItemAttributesRQ(ScenarioAttempt.SCHEMA_CHANGE, change.getKey()));
            warn(started, "The schema of " + change.getKey() + " changed since the last run:\n  "
                    + change.getValue().stream().map(SchemaChange::toString).collect(Collectors.joining("\n  ")));
        });
        report.dataChanges().forEach(drift -> {
            markers.add(new ItemAttributesRQ("data_change", "/" + drift.resource() + "/{id}"));
            warn(started, "The data of " + drift.resource() + " " + drift.name() + " (" + drift.resourceId()
                    + ") changed since the last run:\n  " + DataChange.readableDiff(drift.changes()).replace("\n", "\n  "));
        });
        List<ScenarioOutcome> flaky = result.outcome().flaky();
        if (!flaky.isEmpty()) {
            markers.add(new ItemAttributesRQ("flaky_scenarios", Integer.toString(flaky.size())));
        }
        markTrends(started, result.failures(), markers);
        Instant end = Instant.now();
        features.values().forEach(feature -> started.finishTestItem(feature, finishing(end)));
        if (rootItem != null) {
            started.finishTestItem(rootItem, finishing(end));
        }
        FinishExecutionRQ finish = new FinishExecutionRQ();
        finish.setEndTime(end);
        if (!markers.isEmpty()) {
            finish.setAttributes(markers);
        }
        Optional<Delivery> delivery = new LaunchFinish(settings, details.name(), tally, delivered).finish(started, finish);
        executor.shutdownNow();
        return delivery;
    }

    /**
     * Which failures are new and which go on, and what is fixed, as launch attributes naming the scenario (for
     * filters: a launch with a {@code new_failure}) and one warning for people. Without a history, nothing.
     */
    private static void markTrends(Launch launch, FailureTrends failures, Set<ItemAttributesRQ> markers) {
        if (!failures.known() || !failures.any()) {
            return;
        }
        StringBuilder text = new StringBuilder("Compared with the runs before:");
        failures.newFailures().forEach(scenario -> {
            markers.add(new ItemAttributesRQ("new_failure", scenario.key()));
            text.append("\n  new failure: ").append(scenario.key()).append("  ").append(scenario.name());
        });
        failures.stillFailing().forEach(still -> {
            markers.add(new ItemAttributesRQ("still_failing", still.scenario().key()));
            text.append("\n  still failing since run ").append(still.since().run()).append(" (")
                    .append(still.since().startedAt()).append("): ").append(still.scenario().key()).append("  ")
                    .append(still.scenario().name());
        });
        failures.fixed().forEach(scenario -> {
            markers.add(new ItemAttributesRQ("fixed", scenario.key()));
            text.append("\n  fixed: ").append(scenario.key()).append("  ").append(scenario.name());
        });
        markers.add(new ItemAttributesRQ("new_failures", Integer.toString(failures.newFailures().size())));
        warn(launch, text.toString());
    }

    private static FinishTestItemRQ finishing(Instant end) {
        FinishTestItemRQ finish = new FinishTestItemRQ();
        finish.setEndTime(end);
        return finish;
    }

    private static void warn(Launch launch, String message) {
        SaveLogRQ log = new SaveLogRQ();
        log.setLevel(LogLevel.WARN.name());
        log.setLogTime(Instant.now());
        log.setMessage(message);
        launch.log(log);
    }

}
