package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeReportingClient.finish;
import static io.pokeapi.suite.reportportal.FakeReportingClient.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeReportingClient.Reply;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake refuses the launches and items service-api refuses, with its status, error code and message. */
class FakeReportingTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    @RegisterExtension
    final FakeReportPortalExtension fakes = new FakeReportPortalExtension();

    private final FakeReportPortal fake = fakes.reportPortal();
    private final FakeReportingClient v2 = new FakeReportingClient(fake, "v2");
    private final String launch = v2.launch(START);

    private String suite(String name, Instant start) {
        Reply started = v2.post("/item", item(launch, name, "SUITE", start));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.id();
    }

    @Test
    void anItemWithoutItsRequiredFieldsIsRefusedWithEachViolation() {
        Reply refused = v2.post("/item", new JsonObject());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo(4001);
        assertThat(refused.message()).isEqualTo("Incorrect Request. [Field 'name' should not be null.] "
                + "[Field 'startTime' should not be null.] [Field 'launchUuid' should not be null.] "
                + "[Field 'type' should not be null.] ");
        assertThat(fake.items()).isEmpty();
    }

    @Test
    void anItemOfATypeReportPortalDoesNotKnowOrWithABlankNameIsRefused() {
        Reply unknownType = v2.post("/item", item(launch, "Feature", "chapter", START));
        Reply blank = v2.post("/item", item(launch, " ", "SUITE", START));

        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.message()).isEqualTo("Incorrect Request. [Value is not allowed for field 'type'.] ");
        assertThat(blank.message()).isEqualTo("Incorrect Request. [Field 'name' should not contain only white spaces "
                + "and shouldn't be empty. Field 'name' should have size from '1' to '1024'.] ");
    }

    @Test
    void anItemOfALaunchReportPortalDoesNotHaveIsRefused() {
        Reply refused = v2.post("/item", item("no-such-launch", "Feature", "SUITE", START));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.errorCode()).isEqualTo(4041);
        assertThat(refused.message()).isEqualTo("Launch 'no-such-launch' not found. Did you use correct Launch ID?");
    }

    @Test
    void aChildOfAnItemReportPortalDoesNotHaveIsRefused() {
        Reply refused = v2.post("/item/no-such-item", item(launch, "Scenario", "STEP", START));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.errorCode()).isEqualTo(4043);
        assertThat(refused.message()).isEqualTo("Test Item 'no-such-item' not found. Did you use correct Test Item ID?");
    }

    @Test
    void anItemThatStartsBeforeItsParentOrItsLaunchIsRefused() {
        String feature = suite("Feature", START.plusSeconds(10));

        Reply beforeParent = v2.post("/item/" + feature, item(launch, "Scenario", "STEP", START.plusSeconds(5)));
        Reply beforeLaunch = v2.post("/item", item(launch, "Early", "SUITE", START.minusSeconds(1)));

        assertThat(beforeParent.status()).isEqualTo(406);
        assertThat(beforeParent.errorCode()).isEqualTo(40025);
        assertThat(beforeParent.message()).isEqualTo("Start time of child ['2026-12-02T10:00:05Z'] item should be same "
                + "or later than start time ['2026-12-02T10:00:10Z'] of the parent item/launch '2'");
        assertThat(beforeLaunch.status()).isEqualTo(406);
        assertThat(beforeLaunch.message()).endsWith("of the parent item/launch '1'");
        assertThat(v2.post("/item/" + feature, item(launch, "Scenario", "STEP", START.plusSeconds(10))).status())
                .as("the same time as its parent").isEqualTo(201);
    }

    @Test
    void aRootItemCannotBeARetry() {
        JsonObject retry = item(launch, "Feature", "SUITE", START);
        retry.addProperty("retry", true);

        Reply refused = v2.post("/item", retry);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo(40016);
        assertThat(refused.message()).isEqualTo(
                "Error in handled Request. Please, check specified parameters: 'Root test item can't be a retry.'");
    }

    @Test
    void aRetryNeedsThePreviousAttemptItsRetryOfNamesOrOneOfTheSameNameUnderTheSameParent() {
        String feature = suite("Feature", START);
        JsonObject unknown = item(launch, "Scenario", "STEP", START);
        unknown.addProperty("retry", true);
        unknown.addProperty("retryOf", "no-such-item");

        Reply refused = v2.post("/item/" + feature, unknown);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.errorCode()).isEqualTo(4043);
        assertThat(refused.message()).matches("Test Item 'auto:[0-9a-f]{32}' not found\\. Did you use correct Test Item ID\\?");

        String first = v2.post("/item/" + feature, item(launch, "Scenario", "STEP", START)).id();
        JsonObject named = item(launch, "Scenario", "STEP", START.plusSeconds(1));
        named.addProperty("retry", true);
        named.addProperty("retryOf", first);
        String second = v2.post("/item/" + feature, named).id();

        JsonObject child = item(launch, "Step", "STEP", START.plusSeconds(2));
        Reply childOfRetried = v2.post("/item/" + first, child);
        assertThat(childOfRetried.status()).isEqualTo(400);
        assertThat(childOfRetried.errorCode()).isEqualTo(40041);
        assertThat(childOfRetried.message()).isEqualTo("Item with id = '3' is a retry and can not have children");
        assertThat(fake.items()).extracting(FakeReportPortal.Item::uuid).containsExactly(feature, first, second);
    }

    @Test
    void aStepWithStatisticsCannotHangUnderANestedStep() {
        String feature = suite("Feature", START);
        String scenario = v2.post("/item/" + feature, item(launch, "Scenario", "STEP", START)).id();
        JsonObject nested = item(launch, "Given a step", "STEP", START);
        nested.addProperty("hasStats", false);
        String step = v2.post("/item/" + scenario, nested).id();

        Reply refused = v2.post("/item/" + step, item(launch, "Scenario inside", "STEP", START));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).isEqualTo("Error in handled Request. Please, check specified parameters: "
                + "'Unable to add a not nested step item, because parent item with ID = '4' is a nested step'");
    }

    @Test
    void finishingAnItemNeedsTheItemAndForAStepItsStatusButMayBeDoneTwice() {
        String feature = suite("Feature", START);
        String scenario = v2.post("/item/" + feature, item(launch, "Scenario", "STEP", START)).id();

        Reply unknown = v2.put("/item/no-such-item", finish(START, "PASSED"));
        Reply noStatus = v2.put("/item/" + scenario, finish(START, null));
        Reply noEnd = v2.put("/item/" + scenario, new JsonObject());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo(4043);
        assertThat(noStatus.status()).isEqualTo(400);
        assertThat(noStatus.errorCode()).isEqualTo(40019);
        assertThat(noStatus.message()).isEqualTo("Test item status is ambiguous. There is no status provided from "
                + "request and there are no descendants to check statistics for test item id '3'");
        assertThat(noEnd.message()).isEqualTo("Incorrect Request. [Field 'endTime' should not be null.] ");
        assertThat(v2.put("/item/" + feature, finish(START, null)).status()).as("a suite's status").isEqualTo(200);
        // service-api takes a second finish as a change of status, not as an error
        assertThat(v2.put("/item/" + scenario, finish(START, "FAILED")).status()).isEqualTo(200);
        assertThat(v2.put("/item/" + scenario, finish(START, "PASSED")).status()).isEqualTo(200);
        assertThat(fake.items().get(1).finished().orElseThrow().get("status").getAsString()).isEqualTo("PASSED");
    }

    @Test
    void aLaunchNeedsANameAndIsFinishedOnceNoEarlierThanItStarted() {
        Reply nameless = v2.post("/launch", new JsonObject());
        Reply unknown = v2.put("/launch/no-such-launch/finish", finish(START, "PASSED"));
        Reply early = v2.put("/launch/" + launch + "/finish", finish(START.minusSeconds(1), "PASSED"));
        Reply finished = v2.put("/launch/" + launch + "/finish", finish(START.plusSeconds(1), "PASSED"));
        Reply again = v2.put("/launch/" + launch + "/finish", finish(START.plusSeconds(2), "PASSED"));

        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.message()).isEqualTo("Incorrect Request. [Field 'name' should not be null.] "
                + "[Field 'startTime' should not be null.] ");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo(4041);
        assertThat(early.status()).isEqualTo(406);
        assertThat(early.errorCode()).isEqualTo(40021);
        assertThat(early.message()).isEqualTo("Finish time '2026-12-02T09:59:59Z' is earlier than start time "
                + "'2026-12-02T10:00:00Z' for resource with ID '1'");
        assertThat(finished.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(406);
        assertThat(again.errorCode()).isEqualTo(40023);
        assertThat(again.message()).isEqualTo(
                "Finish launch is not allowed. Launch '1' already finished with status 'PASSED'");
        assertThat(fake.launchFinishes()).hasSize(1);
    }
}
