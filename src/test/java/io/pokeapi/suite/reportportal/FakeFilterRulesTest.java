package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.reportportal.FakeClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake refuses the filters service-api refuses, with its status, errorCode and message. */
class FakeFilterRulesTest extends FakeRulesTest {

    static JsonObject filter() {
        return JsonParser.parseString("""
                {"name": "nightly launches", "type": "launch", "description": "the nightly runs",
                 "conditions": [{"filteringField": "name", "condition": "eq", "value": "nightly"}],
                 "orders": [{"sortingColumn": "startTime", "isAsc": false}]}""").getAsJsonObject();
    }

    @Test
    void aValidFilterIsCreated() {
        Reply created = client.post("filter", filter());

        assertThat(created.status()).isEqualTo(201);
        assertThat(reportPortal.filters()).containsKey(created.id());
    }

    @Test
    void aNameOutsideThreeTo128CharactersIsRefused() {
        assertNamesOutsideThreeTo128AreRefused("filter", FakeFilterRulesTest::filter);
    }

    @Test
    void aBlankOrMissingNameIsRefused() {
        JsonObject blank = filter();
        blank.addProperty("name", "   ");
        assertRefused(client.post("filter", blank), 400, 4001, "Incorrect Request. [Field 'name' should not contain "
                + "only white spaces and shouldn't be empty. Field 'name' should have size from '3' to '128'.] ");

        JsonObject missing = filter();
        missing.remove("name");
        assertRefused(client.post("filter", missing), 400, 4001,
                "Incorrect Request. [Field 'name' should not be null.] ");
    }

    @Test
    void aTypeOtherThanLaunchTestItemOrLogIsRefusedUnderItsJavaName() {
        JsonObject filter = filter();
        filter.addProperty("type", "suite");

        assertRefused(client.post("filter", filter), 400, 4001,
                "Incorrect Request. [Value is not allowed for field 'objectType'.] ");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21})
    void fewerThanOneOrMoreThanTwentyConditionsAreRefused(int count) {
        JsonObject filter = filter();
        JsonArray conditions = new JsonArray();
        for (int i = 0; i < count; i++) {
            conditions.add(numberAbove(i));
        }
        filter.add("conditions", conditions);

        assertRefused(client.post("filter", filter), 400, 4001,
                "Incorrect Request. [Field 'conditions' should have size from '1' to '20'.] ");
    }

    @Test
    void twentyConditionsAreTakenAConditionWrittenTwiceCountingOnce() {
        JsonObject filter = filter();
        JsonArray conditions = new JsonArray();
        for (int i = 0; i < 20; i++) {
            conditions.add(numberAbove(i));
        }
        conditions.add(conditions.get(0).deepCopy());
        filter.add("conditions", conditions);

        assertThat(client.post("filter", filter).status()).isEqualTo(201);
    }

    @Test
    void aFilterWithoutAnOrderIsRefused() {
        JsonObject filter = filter();
        filter.add("orders", new JsonArray());

        assertRefused(client.post("filter", filter), 400, 4001,
                "Incorrect Request. [Field 'orders' should have size from '1' to '2,147,483,647'.] ");
    }

    @Test
    void aConditionOnAFieldTheTypeDoesNotKnowIsRefused() {
        JsonObject filter = filter();
        // hasChildren is a field of test items, not of launches.
        condition(filter).addProperty("filteringField", "hasChildren");

        assertRefused(client.post("filter", filter), 400, 40011,
                "Incorrect filtering parameters. Filter parameter 'hasChildren' is not defined");

        filter.addProperty("type", "testItem");
        assertThat(client.post("filter", filter).status()).isEqualTo(201);
    }

    @Test
    void statisticsFieldsAreKnownToEveryType() {
        JsonObject filter = filter();
        condition(filter).addProperty("filteringField", "statistics$executions$failed");
        condition(filter).addProperty("condition", "gte");
        condition(filter).addProperty("value", "1");

        assertThat(client.post("filter", filter).status()).isEqualTo(201);
    }

    @Test
    void aConditionServiceApiDoesNotKnowIsRefused() {
        JsonObject filter = filter();
        condition(filter).addProperty("condition", "like");

        assertRefused(client.post("filter", filter), 400, 40011, "Incorrect filtering parameters. like");
    }

    @Test
    void anOrderByAnUnknownColumnIsRefusedInServiceApisOwnWords() {
        JsonObject filter = filter();
        filter.getAsJsonArray("orders").get(0).getAsJsonObject().addProperty("sortingColumn", "colour");

        assertRefused(client.post("filter", filter), 400, 40012,
                "Sorting parameter Unable to find sort parameter 'colour' is not defined");
    }

    @Test
    void aSecondFilterOfTheSameNameIsAConflict() {
        assertThat(client.post("filter", filter()).status()).isEqualTo(201);

        assertRefused(client.post("filter", filter()), 409, 4098, "User filter with name 'nightly launches' already "
                + "exists for user 'default' under the project 'pokeapi'. You couldn't create the duplicate.");
        assertThat(reportPortal.filters()).hasSize(1);
    }

    private static JsonObject numberAbove(int number) {
        JsonObject condition = new JsonObject();
        condition.addProperty("filteringField", "number");
        condition.addProperty("condition", "gt");
        condition.addProperty("value", String.valueOf(number));
        return condition;
    }

    private static JsonObject condition(JsonObject filter) {
        return filter.getAsJsonArray("conditions").get(0).getAsJsonObject();
    }
}
