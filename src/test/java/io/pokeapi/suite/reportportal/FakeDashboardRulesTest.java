package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.reportportal.FakeClient.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fake's dashboards, the adding of widgets to them and the search of widgets, by service-api's rules. */
class FakeDashboardRulesTest extends FakeRulesTest {

    private static JsonObject dashboard(String name) {
        JsonObject dashboard = new JsonObject();
        dashboard.addProperty("name", name);
        return dashboard;
    }

    private long widget(String name) {
        JsonObject widget = JsonParser.parseString("""
                {"widgetType": "launchesDurationChart", "filterIds": [],
                 "contentParameters": {"itemsCount": 50, "contentFields": ["startTime"]}}""").getAsJsonObject();
        widget.addProperty("name", name);
        Reply created = client.post("widget", widget);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    private static JsonObject add(long widget, String name) {
        return JsonParser.parseString("""
                {"addWidget": {"widgetId": %d, "widgetName": "%s", "widgetPosition": {"positionX": 0, "positionY": 0},
                 "widgetSize": {"width": 6, "height": 7}}}""".formatted(widget, name)).getAsJsonObject();
    }

    @Test
    void aDashboardNameOutsideThreeTo128CharactersIsRefused() {
        assertNamesOutsideThreeTo128AreRefused("dashboard", () -> dashboard("nightly"));
    }

    @Test
    void aSecondDashboardOfTheSameNameIsAConflict() {
        assertThat(client.post("dashboard", dashboard("nightly")).status()).isEqualTo(201);

        assertRefused(client.post("dashboard", dashboard("nightly")), 409, 4091,
                "Resource 'nightly' already exists. You couldn't create the duplicate.");
    }

    @Test
    void aWidgetIsAddedOnceAndAnotherOfItsNameNotAtAll() {
        long dashboard = client.post("dashboard", dashboard("nightly")).id();
        long durations = widget("durations");

        Reply added = client.put("dashboard/" + dashboard + "/add", add(durations, "durations"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.message()).isEqualTo("Widget with ID = '" + durations + "' was successfully added to the "
                + "dashboard with ID = '" + dashboard + "'");

        assertRefused(client.put("dashboard/" + dashboard + "/add", add(durations, "durations")), 409, 4096,
                "Dashboard update request contains invalid data. Widget with name = 'durations' is already added to "
                        + "the dashboard with name = 'nightly'");
        long twin = widget("durations");
        assertRefused(client.put("dashboard/" + dashboard + "/add", add(twin, "durations")), 409, 4096,
                "Dashboard update request contains invalid data. Widget with name = 'durations' is already added to "
                        + "the dashboard with name = 'nightly'");
        // Under another name in the request, the same widget is still the same widget.
        assertRefused(client.put("dashboard/" + dashboard + "/add", add(durations, "other")), 409, 4096,
                "Dashboard update request contains invalid data. Widget with ID = '" + durations + "' is already "
                        + "added to the dashboard with ID = '" + dashboard + "'");
        assertThat(reportPortal.dashboards().get(dashboard).getAsJsonArray("widgets")).hasSize(1);
    }

    @Test
    void addingToADashboardOrAWidgetThatIsNotThereIsNotFound() {
        long dashboard = client.post("dashboard", dashboard("nightly")).id();
        long widget = widget("durations");

        assertRefused(client.put("dashboard/999/add", add(widget, "durations")), 404, 40422,
                "Dashboard with ID '999' not found on project 'pokeapi'. Did you use correct Dashboard ID?");
        assertRefused(client.put("dashboard/" + dashboard + "/add", add(998, "gone")), 404, 40420,
                "Widget with ID '998' not found on project 'pokeapi'. Did you use correct Widget ID?");
        assertRefused(client.put("dashboard/" + dashboard + "/add", new JsonObject()), 400, 4001,
                "Incorrect Request. [Field 'addWidget' should not be null.] ");
    }

    @Test
    void theWidgetSearchAnswersNamesByTheFiltersOfServiceApi() {
        long first = widget("durations");
        widget("trend");
        long second = widget("durations");

        Reply byName = client.get("widget/names/all", "filter.eq.name=durations");
        assertThat(byName.body().getAsJsonObject().getAsJsonArray("content")).hasSize(2)
                .allSatisfy(name -> assertThat(name.getAsString()).isEqualTo("durations"));
        assertThat(byName.body().getAsJsonObject().getAsJsonObject("page").get("totalElements").getAsInt())
                .isEqualTo(2);
        assertThat(names("filter.eq.name=durations&filter.lte.id=" + first)).isEqualTo(1);
        assertThat(names("filter.eq.name=durations&filter.lte.id=" + (first - 1))).isZero();
        assertThat(names("filter.eq.name=durations&filter.gt.id=" + first)).isEqualTo(1);
        assertThat(names("filter.eq.name=durations&filter.ne.id=" + second)).isEqualTo(1);
        assertThat(names("filter.eq.name=durations&filter.!gt.id=" + first)).isEqualTo(1);
        assertThat(names("filter.cnt.name=" + URLEncoder.encode("RATI", StandardCharsets.UTF_8))).isEqualTo(2);
    }

    @Test
    void aSearchByWhatServiceApiDoesNotKnowIsRefused() {
        assertRefused(client.get("widget/names/all", "filter.eq.colour=red"), 400, 40011,
                "Incorrect filtering parameters. Filter parameter colour is not defined");
        assertRefused(client.get("widget/names/all", "filter.like.name=red"), 400, 40011,
                "Incorrect filtering parameters. Unable to find condition with marker 'like'");
        assertRefused(client.get("widget/names/all", "filter.!eq.name=red"), 400, 40011,
                "Incorrect filtering parameters. Filter is incorrect. '!' can't be used with 'eq' - use 'ne' instead");
        assertRefused(client.get("widget/names/all", "filter.lte.name=red"), 400, 40011,
                "Incorrect filtering parameters. 'Lower than or equals' condition applicable only for positive "
                        + "Numbers or Dates. Type of field is 'String'");
        assertRefused(client.get("widget/names/all", "filter.lte.id=many"), 400, 40011,
                "Incorrect filtering parameters. Cannot convert 'many' to valid number");
    }

    private int names(String query) {
        Reply reply = client.get("widget/names/all", query);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body().getAsJsonObject().getAsJsonArray("content").size();
    }
}
