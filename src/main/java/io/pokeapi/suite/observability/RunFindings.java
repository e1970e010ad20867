package io.pokeapi.suite.observability;

import io.pokeapi.suite.history.BaselineDeviation;
import io.pokeapi.suite.history.HistoryReport;
import io.pokeapi.suite.history.ResourceDrift;
import io.pokeapi.suite.outcome.FailureTrends;
import io.pokeapi.suite.outcome.RunResult;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;

/**
 * What each finished run found, as metrics: flaky scenarios, new and fixed failures and those that go on, and
 * what the history noticed (schema and data changes, slower baselines, the baselines themselves).
 */
final class RunFindings {

    private final Counter flakyScenarios;
    private final Counter newFailures;
    private final Counter fixedScenarios;
    private final Gauge stillFailing;
    private final Counter schemaChanges;
    private final Counter dataChanges;
    private final Counter baselineRegressions;
    private final Gauge baselineP95;

    RunFindings(CollectorRegistry registry) {
        flakyScenarios = SuiteMetrics.counter(registry, "flaky_scenarios_total",
                "Scenarios that failed and then passed on a retry, by feature", "feature");
        newFailures = SuiteMetrics.counter(registry, "new_failures_total", "Scenarios that failed in a run after "
                + "passing in the run before (or never running), by feature: a failure counts once, not at every run "
                + "it goes on; without history, at every run", "feature");
        fixedScenarios = SuiteMetrics.counter(registry, "fixed_scenarios_total",
                "Scenarios that passed in a run after failing in the run before, by feature", "feature");
        stillFailing = SuiteMetrics.gauge(registry, "still_failing_scenarios",
                "Scenarios of the last finished run that failed in the run before too");
        schemaChanges = SuiteMetrics.counter(registry, "schema_changes_total",
                "Field-level schema changes the history found since the previous run, by endpoint and change type",
                "endpoint", "change_type");
        dataChanges = SuiteMetrics.counter(registry, "data_changes_total",
                "Changed fields of documents since the previous run that fetched them, by endpoint", "endpoint");
        baselineRegressions = SuiteMetrics.counter(registry, "baseline_regressions_total",
                "Endpoints whose P95 latency in a run was slower than their baseline beyond the tolerance", "endpoint");
        baselineP95 = SuiteMetrics.gauge(registry, "baseline_p95_seconds",
                "Current P95 latency baseline of each endpoint, from the history's recent samples", "endpoint");
    }

    void record(RunResult result) {
        HistoryReport report = result.history();
        result.outcome().flaky().forEach(scenario -> flakyScenarios.labels(scenario.feature()).inc());
        FailureTrends failures = result.failures();
        failures.newFailures().forEach(scenario -> newFailures.labels(scenario.feature()).inc());
        failures.fixed().forEach(scenario -> fixedScenarios.labels(scenario.feature()).inc());
        stillFailing.set(failures.stillFailing().size());
        report.schemaChanges().forEach((endpoint, changes) -> changes.forEach(change ->
                schemaChanges.labels(endpoint, change.kind().dbName()).inc()));
        for (ResourceDrift drift : report.dataChanges()) {
            dataChanges.labels(documentEndpoint(drift)).inc(drift.changes().size());
        }
        report.deviations().stream().filter(BaselineDeviation::slower)
                .forEach(deviation -> baselineRegressions.labels(deviation.endpoint()).inc());
        report.baselineP95Ms().forEach((endpoint, ms) -> baselineP95.labels(endpoint).set(ms / 1000));
    }

    /**
     * The endpoint of a changed document, as the history's schema changes name it: the history compares
     * documents only, {@code /pokemon/25} and {@code /pokemon/pikachu} alike, as {@code /pokemon/{id}}.
     */
    static String documentEndpoint(ResourceDrift drift) {
        return "/" + drift.resource() + "/{id}";
    }
}
