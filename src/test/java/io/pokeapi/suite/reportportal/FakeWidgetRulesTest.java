package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.reportportal.FakeClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake refuses the widgets service-api refuses, with its status, errorCode and message. */
class FakeWidgetRulesTest extends FakeRulesTest {

    private static final String CONTENT = "Unable to load widget content. Widget properties contain errors: ";
    private static final String BAD_REQUEST = "Error in handled Request. Please, check specified parameters: ";

    private long filter;

    @BeforeEach
    void createAFilter() {
        filter = client.post("filter", FakeFilterRulesTest.filter()).id();
    }

    private JsonObject trend() {
        return JsonParser.parseString("""
                {"name": "nightly: trend", "widgetType": "statisticTrend", "filterIds": [%d],
                 "contentParameters": {"itemsCount": 50, "widgetOptions": {"timeline": "launch"},
                  "contentFields": ["statistics$executions$total", "statistics$defects$product_bug$pb001"]}}"""
                .formatted(filter)).getAsJsonObject();
    }

    private static JsonObject mostFailed() {
        return JsonParser.parseString("""
                {"name": "nightly: most failed", "widgetType": "topTestCases", "filterIds": [],
                 "contentParameters": {"itemsCount": 50, "widgetOptions": {"launchNameFilter": "nightly"},
                  "contentFields": ["statistics$executions$failed"]}}""").getAsJsonObject();
    }

    private static JsonObject flaky() {
        return JsonParser.parseString("""
                {"name": "nightly: flaky", "widgetType": "flakyTestCases",
                 "contentParameters": {"itemsCount": 50, "widgetOptions": {"launchNameFilter": "nightly"},
                  "contentFields": []}}""").getAsJsonObject();
    }

    @Test
    void validWidgetsAreCreatedAndTheirNamesNeedNotBeUnique() {
        assertThat(client.post("widget", trend()).status()).isEqualTo(201);
        assertThat(client.post("widget", mostFailed()).status()).isEqualTo(201);
        assertThat(client.post("widget", flaky()).status()).isEqualTo(201);

        Reply again = client.post("widget", trend());

        assertThat(again.status()).as("a duplicate widget name is no conflict in service-api").isEqualTo(201);
        assertThat(reportPortal.widgets()).hasSize(4);
    }

    @Test
    void aTypeServiceApiDoesNotKnowIsRefused() {
        JsonObject widget = trend();
        widget.addProperty("widgetType", "pieChart");

        assertRefused(client.post("widget", widget), 400, 4001,
                "Incorrect Request. [Value is not allowed for field 'widgetType'.] ");
    }

    @Test
    void aNameOutsideThreeTo128CharactersIsRefused() {
        assertNamesOutsideThreeTo128AreRefused("widget", this::trend);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 601})
    void anItemsCountOutsideOneTo600IsRefused(int itemsCount) {
        JsonObject widget = trend();
        widget.getAsJsonObject("contentParameters").addProperty("itemsCount", itemsCount);

        assertRefused(client.post("widget", widget), 400, 4001,
                "Incorrect Request. [Widget item limit size must be between 1 and 600] ");
    }

    @Test
    void aWidgetWithoutContentParametersFailsInsideServiceApisValidator() {
        JsonObject widget = trend();
        widget.remove("contentParameters");

        assertRefused(client.post("widget", widget), 500, 5000,
                "Unclassified error [HV000028: Unexpected exception during isValid call.]");
    }

    @Test
    void theTrendNeedsStatisticsContentFields() {
        JsonObject none = trend();
        none.getAsJsonObject("contentParameters").add("contentFields", new JsonArray());
        assertRefused(client.post("widget", none), 400, 40016, BAD_REQUEST + "'Content fields should not be empty'");

        JsonObject wrong = trend();
        wrong.getAsJsonObject("contentParameters").getAsJsonArray("contentFields").add("startTime");
        assertRefused(client.post("widget", wrong), 400, 40016, BAD_REQUEST + "'Bad content fields format'");
    }

    @Test
    void theTestCaseTablesNeedALaunchNameFilter() {
        for (JsonObject widget : new JsonObject[] {mostFailed(), flaky()}) {
            widget.getAsJsonObject("contentParameters").getAsJsonObject("widgetOptions").remove("launchNameFilter");

            assertRefused(client.post("widget", widget), 409, 4097,
                    CONTENT + "launchNameFilter should be specified for widget.");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 101})
    void theTestCaseTablesTakeTwoTo100Items(int itemsCount) {
        for (JsonObject widget : new JsonObject[] {mostFailed(), flaky()}) {
            widget.getAsJsonObject("contentParameters").addProperty("itemsCount", itemsCount);

            assertRefused(client.post("widget", widget), 409, 4097, CONTENT + "Items count should have value from 2 "
                    + "to 100.");
        }
    }

    @Test
    void theMostFailedTableTakesOneContentField() {
        JsonObject widget = mostFailed();
        widget.getAsJsonObject("contentParameters").getAsJsonArray("contentFields").add("statistics$executions$total");

        assertRefused(client.post("widget", widget), 400, 40016,
                BAD_REQUEST + "'Only one content field could be specified.'");
    }

    @Test
    void filterIdsNoneOfWhichExistAreRefusedAndOneThatExistsIsEnough() {
        JsonObject missing = trend();
        JsonArray ids = new JsonArray();
        ids.add(filter + 100);
        ids.add(filter + 200);
        missing.add("filterIds", ids);
        assertRefused(client.post("widget", missing), 404, 40410, "User filter with ID '[" + (filter + 100) + ", "
                + (filter + 200) + "]' is not found on project '1' for user 'default'. Did you use correct User "
                + "Filter ID?");

        ids.add(filter);
        assertThat(client.post("widget", missing).status()).isEqualTo(201);
    }
}
