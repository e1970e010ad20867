package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.config.ReportPortalNames;
import io.pokeapi.suite.config.ReportPortalSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardSetupTest {

    private FakeReportPortal reportPortal;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        reportPortal = FakeReportPortal.start();
    }

    @AfterEach
    void stop() {
        reportPortal.close();
    }

    private DashboardSetup setup(String launch, String token) {
        return new DashboardSetup(new ReportPortalSettings(Optional.of(reportPortal.endpoint()),
                Optional.of(FakeReportPortal.PROJECT), Optional.of(token), launch, "test", Optional.empty(),
                Duration.ofSeconds(5)), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void theWidgetsShowTheLaunchesOfTheSuiteByName() {
        setup("nightly", FakeReportPortal.TOKEN).apply();

        JsonObject filter = reportPortal.filters().values().iterator().next();
        assertThat(filter.get("name").getAsString()).isEqualTo("nightly launches");
        assertThat(filter.get("type").getAsString()).isEqualTo("launch");
        JsonObject condition = filter.getAsJsonArray("conditions").get(0).getAsJsonObject();
        assertThat(condition.get("filteringField").getAsString()).isEqualTo("name");
        assertThat(condition.get("condition").getAsString()).isEqualTo("eq");
        assertThat(condition.get("value").getAsString()).isEqualTo("nightly");
        long filterId = filter.get("id").getAsLong();
        assertThat(reportPortal.widgets().values()).allSatisfy(widget -> {
            String type = widget.get("widgetType").getAsString();
            JsonObject options = widget.getAsJsonObject("contentParameters").getAsJsonObject("widgetOptions");
            if (type.equals("topTestCases") || type.equals("flakyTestCases")) {
                assertThat(options.get("launchNameFilter").getAsString()).isEqualTo("nightly");
            } else {
                assertThat(widget.getAsJsonArray("filterIds").get(0).getAsLong()).isEqualTo(filterId);
            }
        });
        JsonObject dashboard = reportPortal.dashboards().values().iterator().next();
        assertThat(dashboard.get("name").getAsString()).isEqualTo("PokéAPI suite: nightly");
        assertThat(dashboard.getAsJsonArray("widgets")).hasSize(4);
    }

    @Test
    void aSecondCallCreatesNothingAndAnotherLaunchGetsItsOwnDashboard() {
        assertThat(setup("pokeapi-suite", FakeReportPortal.TOKEN).apply()).hasSize(6);
        assertThat(setup("pokeapi-suite", FakeReportPortal.TOKEN).apply()).isEmpty();
        assertThat(String.valueOf(printed)).contains("is complete: nothing to create");

        List<String> created = setup("nightly", FakeReportPortal.TOKEN).apply();

        assertThat(created).hasSize(6).contains("dashboard 'PokéAPI suite: nightly'");
        assertThat(reportPortal.dashboards()).hasSize(2);
    }

    @Test
    void everyNameItGivesIsOneTheSettingsCheckedAndServiceApisRulesTakeThem() {
        ReportPortalNames names = new ReportPortalNames("nightly");

        setup("nightly", FakeReportPortal.TOKEN).apply();

        assertThat(reportPortal.filters().values()).extracting(filter -> filter.get("name").getAsString())
                .containsExactly(names.filter());
        assertThat(reportPortal.dashboards().values()).extracting(dashboard -> dashboard.get("name").getAsString())
                .containsExactly(names.dashboard());
        assertThat(reportPortal.widgets().values()).extracting(widget -> widget.get("name").getAsString())
                .containsExactlyInAnyOrderElementsOf(names.widgets());
        assertThat(reportPortal.unknown()).isEmpty();
    }

    @Test
    void aCallStoppedBetweenCreatingAWidgetAndAddingItIsFinishedByTheNextWithoutADuplicate() {
        FakeClient client = new FakeClient(reportPortal);
        for (int i = 0; i < 40; i++) {
            // Widgets of other names, so that the one to find has an id well above 1.
            JsonObject other = JsonParser.parseString("""
                    {"widgetType": "launchesDurationChart", "contentParameters": {"itemsCount": 10}}""")
                    .getAsJsonObject();
            other.addProperty("name", "another widget " + i);
            assertThat(client.post("widget", other).status()).isEqualTo(201);
        }
        reportPortal.failWidgetAdds(1);

        assertThatThrownBy(() -> setup("nightly", FakeReportPortal.TOKEN).apply())
                .hasMessageMatching("ReportPortal at .* answered 500 to PUT /api/v1/pokeapi/dashboard/\\d+/add "
                        + "\\(Unclassified error \\[.*]\\)");
        String trend = new ReportPortalNames("nightly").widget(ReportPortalNames.STATISTICS_TREND);
        long orphan = widgetsNamed(trend).get(0).get("id").getAsLong();
        assertThat(dashboard().getAsJsonArray("widgets")).isEmpty();
        int requests = reportPortal.requests().size();

        List<String> changed = setup("nightly", FakeReportPortal.TOKEN).apply();

        assertThat(changed).contains("widget '" + trend + "' (put back)").hasSize(4);
        assertThat(String.valueOf(printed)).contains("Put back on the dashboard 'PokéAPI suite: nightly' what the "
                + "project already had of it: widget '" + trend + "'.");
        assertThat(widgetsNamed(trend)).hasSize(1);
        assertThat(dashboard().getAsJsonArray("widgets").asList()).extracting(placed -> placed.getAsJsonObject()
                .get("widgetName").getAsString()).containsExactlyInAnyOrderElementsOf(
                        new ReportPortalNames("nightly").widgets());
        assertThat(dashboard().getAsJsonArray("widgets").asList()).filteredOn(placed -> placed.getAsJsonObject()
                .get("widgetName").getAsString().equals(trend)).singleElement().satisfies(placed ->
                        assertThat(placed.getAsJsonObject().get("widgetId").getAsLong()).isEqualTo(orphan));
        long searches = reportPortal.requests().subList(requests, reportPortal.requests().size()).stream()
                .filter(request -> request.equals("GET /api/v1/pokeapi/widget/names/all")).count();
        // One look for each of the four names, and the narrowing to the orphan's id: about 2 log2(id) more.
        assertThat(searches).isLessThanOrEqualTo(4 + 2L * (64 - Long.numberOfLeadingZeros(orphan)) + 1);
        assertThat(setup("nightly", FakeReportPortal.TOKEN).apply()).isEmpty();
    }

    private List<JsonObject> widgetsNamed(String name) {
        return reportPortal.widgets().values().stream().filter(widget -> widget.get("name").getAsString()
                .equals(name)).toList();
    }

    private JsonObject dashboard() {
        return reportPortal.dashboards().values().iterator().next();
    }

    @Test
    void aRefusedTokenIsOneLineNamingTheSetting() {
        assertThatThrownBy(() -> setup("pokeapi-suite", "wrong").apply())
                .hasMessage("ReportPortal at " + reportPortal.endpoint() + " (project pokeapi) answered 401 to GET "
                        + "/api/v1/pokeapi/filter: check REPORTPORTAL_API_TOKEN (Full authentication is required to "
                        + "access this resource)");
        assertThat(reportPortal.dashboards()).isEmpty();
    }
}
