package io.pokeapi.suite.reportportal;

import com.epam.reportportal.cucumber.ScenarioReporter;
import com.epam.reportportal.listeners.ItemStatus;
import com.epam.reportportal.listeners.ListenerParameters;
import com.epam.reportportal.listeners.LogLevel;
import com.epam.reportportal.message.ReportPortalMessage;
import com.epam.reportportal.service.Launch;
import com.epam.reportportal.service.ReportPortal;
import com.epam.reportportal.utils.concurrency.MultithreadingUtils;
import com.epam.reportportal.utils.files.ByteSource;
import com.epam.ta.reportportal.ws.model.FinishTestItemRQ;
import com.epam.ta.reportportal.ws.model.StartTestItemRQ;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.pokeapi.suite.outcome.ScenarioKeys;
import io.reactivex.Maybe;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * ReportPortal's Cucumber reporter for one execution of the suite's features, joining the launch of the
 * run it belongs to. Features are suites and scenarios are tests, as ReportPortal's reporter makes them;
 * on top, every tag is an attribute, a retried scenario is ReportPortal's retry of its previous attempt,
 * one that passes on a retry is marked flaky, and a failing step carries the latest response.
 *
 * <p>The launch is started by the first scenario of the run rather than by Cucumber's start of the
 * execution, and finished by the run rather than by its end: a run's retries are executions too.
 */
final class SuiteReporter extends ScenarioReporter {

    private final Supplier<Optional<RunLaunch>> run;
    private final ThreadLocal<ScenarioAttempt> starting = new ThreadLocal<>();
    private volatile Optional<RunLaunch> resolved;
    private ReportPortal disabled; // guarded by this

    /** @param run the launch of the run this execution belongs to, asked for when the first scenario starts */
    SuiteReporter(Supplier<Optional<RunLaunch>> run) {
        this.run = run;
    }

    private Optional<RunLaunch> run() {
        Optional<RunLaunch> found = resolved;
        if (found == null) {
            synchronized (this) {
                if (resolved == null) {
                    resolved = run.get();
                }
                found = resolved;
            }
        }
        return found;
    }

    /** The ReportPortal of the run is handed in: the agent's own would read a reportportal.properties. */
    @Override
    protected ReportPortal buildReportPortal() {
        return null;
    }

    @Override
    public ReportPortal getReportPortal() {
        return run().map(RunLaunch::reportPortal).orElseGet(this::disabled);
    }

    /** A ReportPortal that reports nothing, for the agent to read its parameters from. */
    private synchronized ReportPortal disabled() {
        if (disabled == null) {
            ListenerParameters parameters = new ListenerParameters();
            parameters.setEnable(false);
            parameters.setClientJoin(false);
            disabled = ReportPortal.create(Launch.NOOP_LAUNCH.getClient(), parameters,
                    MultithreadingUtils.buildExecutorService("reportportal-", 1));
        }
        return disabled;
    }

    /** The run's launch; a launch that reports nothing when ReportPortal is unavailable. */
    @Override
    public Launch getLaunch() {
        return run().map(launch -> launch.launch(this::buildStartLaunchRq)).orElse(Launch.NOOP_LAUNCH);
    }

    @Override
    protected EventHandler<TestRunStarted> getTestRunStartedHandler() {
        return event -> {
        };
    }

    @Override
    protected EventHandler<TestRunFinished> getTestRunFinishedHandler() {
        return event -> {
        };
    }

    @Override
    protected Optional<Maybe<String>> getRootItemId() {
        return Optional.of(run().map(launch -> launch.root(this::getLaunch)).orElseGet(Maybe::empty));
    }

    @Override
    protected Maybe<String> startFeature(StartTestItemRQ request) {
        return run().map(launch -> launch.feature(request.getCodeRef(), () -> super.startFeature(request)))
                .orElseGet(Maybe::empty);
    }

    /** Every tag of the scenario is an attribute, its feature's too; a retry names the attempt it retries. */
    @Override
    protected StartTestItemRQ buildStartScenarioRequest(TestCase testCase, String name, URI uri, int line) {
        StartTestItemRQ request = super.buildStartScenarioRequest(testCase, name, uri, line);
        request.setAttributes(extractAttributes(testCase.getTags()));
        run().ifPresent(launch -> {
            ScenarioAttempt attempt = launch.attempt(ScenarioKeys.of(testCase.getUri(), testCase.getLocation().getLine()));
            attempt.markStart(request);
            starting.set(attempt);
        });
        return request;
    }

    @Override
    protected Maybe<String> startScenario(Maybe<String> featureId, StartTestItemRQ request) {
        Maybe<String> item = super.startScenario(featureId, request);
        ScenarioAttempt attempt = starting.get();
        starting.remove();
        if (attempt != null) {
            run().ifPresent(launch -> launch.began(attempt, item));
        }
        return item;
    }

    /** A failing step logs the scenario's latest response, size-capped, before its error. */
    @Override
    protected void afterStep(TestCase testCase, PickleStepTestStep step, Result result) {
        if (result.getStatus() == Status.FAILED) {
            run().flatMap(launch -> launch.running(ScenarioKeys.of(testCase.getUri(), testCase.getLocation().getLine())))
                    .flatMap(ScenarioAttempt::latestResponse).map(ResponseAttachment::of)
                    .ifPresent(attachment -> ReportPortal.emitLog(new ReportPortalMessage(
                            ByteSource.wrap(attachment.payload()), attachment.mediaType(), attachment.message()),
                            LogLevel.ERROR.name(), Instant.now()));
        }
        super.afterStep(testCase, step, result);
    }

    @Override
    protected FinishTestItemRQ buildFinishTestItemRequest(Maybe<String> itemId, Instant finishTime, ItemStatus status) {
        FinishTestItemRQ request = super.buildFinishTestItemRequest(itemId, finishTime, status);
        run().flatMap(launch -> launch.ending(itemId)).ifPresent(attempt -> attempt.markFinish(request, status));
        return request;
    }
}
