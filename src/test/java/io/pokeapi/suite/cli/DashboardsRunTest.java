package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeReportPortal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code make rp-dashboards} end to end: the command line in a fresh JVM against a fake ReportPortal. */
class DashboardsRunTest {

    @TempDir
    Path work;

    @Test
    void theFirstCallCreatesTheDashboardAndTheSecondChangesNothing() throws Exception {
        try (FakeReportPortal reportPortal = FakeReportPortal.start()) {
            Map<String, String> settings = Map.of("REPORTPORTAL_ENDPOINT", reportPortal.endpoint().toString(),
                    "REPORTPORTAL_PROJECT", FakeReportPortal.PROJECT, "REPORTPORTAL_API_TOKEN", FakeReportPortal.TOKEN);

            SuiteProcess.Result first = SuiteProcess.run(settings, work, "rp-dashboards");

            assertThat(first.exitCode()).as(first.all()).isZero();
            assertThat(first.out()).contains("dashboard 'PokéAPI suite: pokeapi-suite'");
            assertThat(reportPortal.count("POST", "/api/v1/pokeapi/dashboard")).isEqualTo(1);
            assertThat(reportPortal.count("POST", "/api/v1/pokeapi/filter")).isEqualTo(1);
            assertThat(reportPortal.count("POST", "/api/v1/pokeapi/widget")).isEqualTo(4);
            assertThat(reportPortal.count("PUT", "/api/v1/pokeapi/dashboard/\\d+/add")).isEqualTo(4);
            assertThat(reportPortal.dashboards()).hasSize(1);
            assertThat(reportPortal.widgets().values()).extracting(widget -> widget.get("widgetType").getAsString())
                    .containsExactlyInAnyOrder("statisticTrend", "topTestCases", "flakyTestCases",
                            "launchesDurationChart");
            int requests = reportPortal.requests().size();

            SuiteProcess.Result second = SuiteProcess.run(settings, work, "rp-dashboards");

            assertThat(second.exitCode()).as(second.all()).isZero();
            assertThat(second.out()).contains("is complete: nothing to create");
            assertThat(reportPortal.requests().subList(requests, reportPortal.requests().size()))
                    .as("the second call only looks").allMatch(request -> request.startsWith("GET "));
            assertThat(reportPortal.dashboards()).hasSize(1);
            assertThat(reportPortal.widgets()).hasSize(4);
            assertThat(reportPortal.filters()).hasSize(1);
            assertThat(reportPortal.unknown()).isEmpty();
        }
    }

    @Test
    void aRunStoppedBetweenCreatingAWidgetAndAddingItIsFinishedByTheNextWithoutADuplicate() throws Exception {
        try (FakeReportPortal reportPortal = FakeReportPortal.start()) {
            Map<String, String> settings = Map.of("REPORTPORTAL_ENDPOINT", reportPortal.endpoint().toString(),
                    "REPORTPORTAL_PROJECT", FakeReportPortal.PROJECT, "REPORTPORTAL_API_TOKEN", FakeReportPortal.TOKEN);
            reportPortal.failWidgetAdds(1);

            SuiteProcess.Result stopped = SuiteProcess.run(settings, work, "rp-dashboards");

            assertThat(stopped.exitCode()).as(stopped.all()).isEqualTo(Main.CANNOT_RUN);
            assertThat(stopped.err().strip()).contains("answered 500 to PUT /api/v1/pokeapi/dashboard/")
                    .contains("Unclassified error").doesNotContain("\n");
            assertThat(stopped.out()).as("what it made before it stopped").contains("filter 'pokeapi-suite launches'",
                    "dashboard 'PokéAPI suite: pokeapi-suite'", "widget 'pokeapi-suite: launch statistics trend'");
            assertThat(reportPortal.widgets()).hasSize(1);

            SuiteProcess.Result next = SuiteProcess.run(settings, work, "rp-dashboards");

            assertThat(next.exitCode()).as(next.all()).isZero();
            assertThat(next.out()).contains("Put back on the dashboard 'PokéAPI suite: pokeapi-suite' what the project "
                    + "already had of it: widget 'pokeapi-suite: launch statistics trend'.");
            assertThat(reportPortal.widgets().values()).extracting(widget -> widget.get("name").getAsString())
                    .doesNotHaveDuplicates().hasSize(4);
            JsonObject dashboard = reportPortal.dashboards().values().iterator().next();
            assertThat(dashboard.getAsJsonArray("widgets").asList()).extracting(placed -> placed.getAsJsonObject()
                    .get("widgetId").getAsLong()).containsExactlyInAnyOrderElementsOf(reportPortal.widgets().keySet());
            assertThat(reportPortal.count("POST", "/api/v1/pokeapi/widget")).isEqualTo(4);
            assertThat(reportPortal.unknown()).isEmpty();
        }
    }

    @Test
    void withoutTheReportPortalSettingsItSaysWhichAreNeeded() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(Map.of(), work, "rp-dashboards");

        assertThat(result.exitCode()).isEqualTo(Main.CANNOT_RUN);
        assertThat(result.err().strip()).isEqualTo(
                "rp-dashboards needs REPORTPORTAL_ENDPOINT, REPORTPORTAL_PROJECT and REPORTPORTAL_API_TOKEN.");
    }

    @Test
    void aReportPortalThatIsDownIsOneLine() throws Exception {
        int closed = io.pokeapi.suite.observability.TestHttp.freePort();
        SuiteProcess.Result result = SuiteProcess.run(Map.of("REPORTPORTAL_ENDPOINT", "http://127.0.0.1:" + closed,
                "REPORTPORTAL_PROJECT", "pokeapi", "REPORTPORTAL_API_TOKEN", "t0ken"), work, "rp-dashboards");

        assertThat(result.exitCode()).isEqualTo(Main.CANNOT_RUN);
        assertThat(result.err().strip()).startsWith("ReportPortal at http://127.0.0.1:" + closed
                + " (project pokeapi) cannot be reached (").contains("Connection refused").doesNotContain("\n");
        assertThat(result.all()).doesNotContain("t0ken");
    }
}
