package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeReportPortal;
import io.pokeapi.suite.reportportal.FakeReportPortalExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ReportPortal kept of a run, end to end: the suite in a fresh JVM reads its launch back from a fake
 * ReportPortal that, like a real one's v2 API, takes requests at once and may reject them later.
 */
class ReportPortalDeliveryTest {

    @TempDir
    Path work;

    @RegisterExtension
    final FakeReportPortalExtension fakes = new FakeReportPortalExtension();

    private final FakeReportPortal reportPortal = fakes.reportPortal();

    @Test
    void whatAnAsynchronousReportPortalDidNotKeepIsOneWarningLineAndInTheRunSummary() throws Exception {
        reportPortal.reportAs("5.15.0");
        reportPortal.asynchronous();
        String lost = "Scenario: Pikachu is an Electric-type Pokémon with the abilities Static and Lightning Rod";
        reportPortal.failLater(lost);

        SuiteProcess.Result result = SuiteProcess.run(ReportPortalRunTest.settings(reportPortal, work, Map.of()), work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(reportPortal.launches()).singleElement().satisfies(launch -> assertThat(
                launch.get("startTime").getAsString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+0000"));
        long lostItems = reportPortal.parked().stream().filter(parked -> parked.request().startsWith("start item")).count();
        long lostLogs = reportPortal.parked().stream().filter(parked -> parked.request().startsWith("save log")).count();
        assertThat(reportPortal.parked()).filteredOn(parked -> parked.request().startsWith("start item"))
                .anySatisfy(parked -> assertThat(parked.body().get("name").getAsString()).isEqualTo(lost));
        assertThat(lostItems).as("the scenario and its steps").isGreaterThan(1);
        assertThat(result.all().lines().filter(line -> line.contains("did not keep"))).singleElement().asString()
                .contains("ReportPortal at " + reportPortal.endpoint())
                .contains(lostItems + " of ").contains(lostLogs + " of ")
                .contains("logs it took are missing from launch 'pokeapi-suite'").contains("The run goes on");
        JsonObject kept = ReportPortalRunTest.runSummary(work).getAsJsonObject("reportportal");
        assertThat(kept.get("complete").getAsBoolean()).isFalse();
        assertThat(kept.get("items_not_kept").getAsLong()).isEqualTo(lostItems);
        assertThat(kept.get("logs_not_kept").getAsLong()).isEqualTo(lostLogs);
        assertThat(kept.get("executions_sent").getAsLong() - kept.get("executions_counted").getAsLong()).isEqualTo(1);
    }
}
