package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.observability.Exposition;
import io.pokeapi.suite.observability.TestHttp;
import io.pokeapi.suite.reportportal.FakeReportPortal;
import io.pokeapi.suite.reportportal.FakeReportPortalExtension;
import io.pokeapi.suite.stack.StackTool;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario that passes, fails, fails again and passes, run by run against one history: its failure is new,
 * then still failing since the run it began in, then fixed, as the run summary, ReportPortal and the metrics a
 * Pushgateway receives say; with FAIL_ON=new the second failure does not fail the run.
 */
class FailureTrendsRunTest {

    /** The smoke scenario the replica breaks: the first request for the ability Static answers 500. */
    private static final Map<String, String> BROKEN = Map.of("REPLICA_FAIL_FIRST", "/api/v2/ability/static:1:500");

    @TempDir
    Path work;

    @RegisterExtension
    final ThrowawayDatabase throwaway = new ThrowawayDatabase("suite_trends_");

    @RegisterExtension
    final FakeReportPortalExtension fakes = new FakeReportPortalExtension();
    private final FakeReportPortal reportPortal = fakes.reportPortal();

    @Test
    void aFailureIsNewThenStillFailingThenFixedAndFailOnNewPassesTheSecondFailure() throws Exception {
        Path binary = StackTool.require("prometheus-pushgateway", "apt-get install prometheus-pushgateway",
                "the trends of a run's failures were not checked in its pushed metrics");
        int port = TestHttp.freePort();
        Process gateway = new ProcessBuilder(binary.toString(), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("pushgateway.log").toFile()).start();
        try {
            URI pushgateway = URI.create("http://127.0.0.1:" + port);
            TestHttp.poll(pushgateway.resolve("/-/ready"), body -> true, gateway::isAlive)
                    .orElseThrow(() -> new AssertionError("the Pushgateway did not start"));

            Run passed = run("passed", pushgateway, Map.of());
            assertThat(passed.exitCode()).as(passed.output()).isZero();
            assertThat(passed.failures().getAsJsonArray("new")).isEmpty();

            Run failed = run("failed", pushgateway, BROKEN);
            assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
            String broken = failed.failures().getAsJsonArray("new").get(0).getAsString();
            assertThat(broken).startsWith("features/ability.feature:");
            assertThat(failed.failures().getAsJsonArray("still_failing")).isEmpty();
            assertThat(failed.trendOf(broken)).isEqualTo("new");
            assertThat(failed.output()).contains("New failures, of scenarios that passed last time or never ran")
                    .containsPattern(broken + "\\s+Static has an English effect");
            assertThat(failed.launchAttributes()).contains("new_failure=" + broken, "new_failures=1");
            assertThat(failed.pushed("pokeapi_suite_new_failures_total")).isEqualTo(1);

            Run stillFailing = run("still failing", pushgateway, withFailOnNew(BROKEN));
            assertThat(stillFailing.exitCode()).as("FAIL_ON=new: a failure that goes on does not fail the run%n%s",
                    stillFailing.output()).isZero();
            assertThat(stillFailing.failures().getAsJsonArray("new")).isEmpty();
            JsonObject since = stillFailing.failures().getAsJsonArray("still_failing").get(0).getAsJsonObject();
            assertThat(since.get("key").getAsString()).isEqualTo(broken);
            assertThat(since.get("run").getAsString()).as("the run the failures began in").isEqualTo(failed.id());
            assertThat(stillFailing.trendOf(broken)).isEqualTo("still_failing");
            assertThat(stillFailing.output()).contains("Still failing, as in the runs before:")
                    .contains("failing since run " + failed.id());
            assertThat(stillFailing.launchAttributes()).contains("still_failing=" + broken, "new_failures=0")
                    .noneMatch(attribute -> attribute.startsWith("new_failure="));
            assertThat(stillFailing.pushed("pokeapi_suite_new_failures_total")).isZero();
            assertThat(stillFailing.pushed("pokeapi_suite_still_failing_scenarios")).isEqualTo(1);
            String recorded = throwaway.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT status FROM runs WHERE id = CAST(:id AS uuid)").bind("id", stillFailing.id())
                    .mapTo(String.class).one());
            assertThat(recorded).as("the history records the process's verdict").isEqualTo("passed");

            Run fixed = run("fixed", pushgateway, Map.of());
            assertThat(fixed.exitCode()).as(fixed.output()).isZero();
            assertThat(fixed.failures().getAsJsonArray("fixed")).hasSize(1).first().hasToString("\"" + broken + "\"");
            assertThat(fixed.trendOf(broken)).isEqualTo("fixed");
            assertThat(fixed.output()).contains("Fixed, failing last time and passing now:");
            assertThat(fixed.launchAttributes()).contains("fixed=" + broken);
            assertThat(fixed.pushed("pokeapi_suite_fixed_scenarios_total")).isEqualTo(1);
            assertThat(fixed.pushed("pokeapi_suite_still_failing_scenarios")).isZero();
        } finally {
            gateway.destroy();
            if (!gateway.waitFor(10, TimeUnit.SECONDS)) {
                gateway.destroyForcibly().waitFor();
            }
        }
    }

    private static Map<String, String> withFailOnNew(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("FAIL_ON", "new");
        return all;
    }

    /** A run of the smoke scenarios in a process of its own, as a monitor's runs are, against the one history. */
    private Run run(String name, URI pushgateway, Map<String, String> extra) throws Exception {
        Path reports = work.resolve(name.replace(' ', '-'));
        Map<String, String> settings = new HashMap<>(ReportPortalRunTest.settings(reportPortal, work, Map.of(
                "HISTORY", "on", "POSTGRES_HOST", "127.0.0.1", "POSTGRES_DB", throwaway.name(),
                "REPORTS_DIR", reports.toString(), "PUSHGATEWAY_URL", pushgateway.toString())));
        settings.putAll(extra);
        int launches = reportPortal.launchFinishes().size();
        SuiteProcess.Result result = SuiteProcess.run(settings, work, "run");
        JsonObject summary = JsonParser.parseString(Files.readString(reports.resolve("run-summary.json")))
                .getAsJsonObject();
        List<String> attributes = new ArrayList<>();
        List<JsonObject> finishes = reportPortal.launchFinishes();
        assertThat(finishes).as("one launch finished by this run").hasSize(launches + 1);
        JsonObject finish = finishes.get(finishes.size() - 1);
        if (finish.has("attributes")) {
            finish.getAsJsonArray("attributes").forEach(element -> attributes.add(
                    element.getAsJsonObject().get("key").getAsString() + "="
                            + element.getAsJsonObject().get("value").getAsString()));
        }
        Exposition pushed = Exposition.parse(TestHttp.get(pushgateway.resolve("/metrics")).orElseThrow().body());
        return new Run(result, summary, attributes, pushed);
    }

    private record Run(SuiteProcess.Result result, JsonObject summary, List<String> launchAttributes,
            Exposition pushedMetrics) {

        int exitCode() {
            return result.exitCode();
        }

        String output() {
            return result.all();
        }

        String id() {
            return summary.get("run").getAsString();
        }

        JsonObject failures() {
            return summary.getAsJsonObject("failures");
        }

        String trendOf(String key) {
            for (JsonElement scenario : summary.getAsJsonArray("scenarios")) {
                JsonObject entry = scenario.getAsJsonObject();
                if (entry.get("key").getAsString().equals(key)) {
                    return entry.has("trend") ? entry.get("trend").getAsString() : "";
                }
            }
            throw new AssertionError("no scenario " + key + " in " + summary);
        }

        /** The value pushed for this run's group, summed over labels: 0 for a series the run did not have. */
        double pushed(String name) throws Exception {
            Map<String, String> group = Map.of("job", "pokeapi-suite",
                    "instance", InetAddress.getLocalHost().getHostName());
            return pushedMetrics.find(name, group).stream().mapToDouble(Exposition.Sample::value).sum();
        }
    }
}
