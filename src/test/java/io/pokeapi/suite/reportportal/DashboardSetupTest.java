package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
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
    void aRefusedTokenIsOneLineNamingTheSetting() {
        assertThatThrownBy(() -> setup("pokeapi-suite", "wrong").apply())
                .hasMessage("ReportPortal at " + reportPortal.endpoint() + " (project pokeapi) answered 401 to GET "
                        + "/api/v1/pokeapi/filter: check REPORTPORTAL_API_TOKEN (Full authentication is required to "
                        + "access this resource)");
        assertThat(reportPortal.dashboards()).isEmpty();
    }
}
