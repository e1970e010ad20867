package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeReportingClient.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.reportportal.FakeReportPortal.Parked;
import io.pokeapi.suite.reportportal.FakeReportingClient.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fake's logs, times and asynchronous v2 API as service-api's: refused logs, the time forms each version
 * reads, and requests accepted at once that its consumer rejects later.
 */
class FakeReportingLogsTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    @RegisterExtension
    final FakeReportPortalExtension fakes = new FakeReportPortalExtension();

    private final FakeReportPortal fake = fakes.reportPortal();
    private final FakeReportingClient v2 = new FakeReportingClient(fake, "v2");

    private static String log(String launch, String item, Long time, String file) {
        JsonObject log = new JsonObject();
        log.addProperty("launchUuid", launch);
        log.addProperty("itemUuid", item);
        if (time != null) {
            log.addProperty("time", time);
        }
        log.addProperty("level", "ERROR");
        log.addProperty("message", "failed");
        if (file != null) {
            JsonObject reference = new JsonObject();
            reference.addProperty("name", file);
            log.add("file", reference);
        }
        JsonArray batch = new JsonArray();
        batch.add(log);
        return batch.toString();
    }

    private static JsonObject only(Reply batch) {
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        JsonArray responses = batch.body().getAsJsonArray("responses");
        assertThat(responses).hasSize(1);
        return responses.get(0).getAsJsonObject();
    }

    @Test
    void aLogWithoutItsTimeOrWithAFileTheBatchDoesNotCarryIsRefusedInTheBatchAnswer() {
        String launch = v2.launch(START);
        String item = v2.post("/item", item(launch, "Feature", "SUITE", START)).id();

        JsonObject timeless = only(v2.logs(log(launch, item, null, null)));
        JsonObject fileless = only(v2.logs(log(launch, item, START.toEpochMilli(), "response.json")));
        JsonObject kept = only(v2.logs(log(launch, item, START.toEpochMilli(), "response.json"), "response.json"));

        assertThat(timeless.get("message").getAsString()).isEqualTo("ReportPortalException: Incorrect Request. "
                + "[Incorrect value in save log request 'null' in field 'logTime'.]");
        assertThat(fileless.get("message").getAsString()).isEqualTo("ReportPortalException: Binary data cannot be "
                + "saved. There is no request part or file with name response.json");
        assertThat(kept.has("id")).isTrue();
        assertThat(fake.logs()).singleElement().satisfies(log -> assertThat(log.attachment()).isPresent());
    }

    @Test
    void aV2LogWithoutItsLaunchIsRefused() {
        JsonObject log = new JsonObject();
        log.addProperty("time", START.toEpochMilli());
        log.addProperty("message", "lost");

        Reply refused = v2.post("/log/entry", log);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo(40016);
        assertThat(refused.message()).isEqualTo("Error in handled Request. Please, check specified parameters: "
                + "'Launch UUID should not be null or empty.'");
    }

    @Test
    void eachVersionReadsTheTimeFormsItsReleaseReadsAndReportsItself() {
        String micros = "\"2026-12-02T10:00:00.123456+0000\"";
        FakeReportingClient v1 = new FakeReportingClient(fake, "v1");

        fake.reportAs("5.12.0");
        Reply old = v2.post("/launch", launch(micros));
        Reply millis = v2.post("/launch", launch("1764669600000"));
        Reply iso = v2.post("/launch", launch("\"2026-12-02T10:00:00.123456Z\""));
        Reply nonsense = v2.post("/launch", launch("\"yesterday\""));
        String oldVersion = v1.get("/api/info").body().getAsJsonObject("build").get("version").getAsString();
        fake.reportAs("5.15.0");
        Reply current = v2.post("/launch", launch(micros));

        assertThat(oldVersion).isEqualTo("5.12.0");
        assertThat(v1.get("/api/info").body().getAsJsonObject("build").get("version").getAsString()).isEqualTo("5.15.0");
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.errorCode()).isEqualTo(4001);
        assertThat(old.message()).isEqualTo(
                "Incorrect Request. JSON parse error: Unable to parse date: 2026-12-02T10:00:00.123456+0000");
        assertThat(millis.status()).isEqualTo(201);
        assertThat(iso.status()).isEqualTo(201);
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(current.status()).isEqualTo(201);
        assertThat(fake.launches()).hasSize(3);
    }

    private static JsonObject launch(String startTime) {
        return JsonParser.parseString("{\"name\":\"pokeapi-suite\",\"startTime\":" + startTime + "}")
                .getAsJsonObject();
    }

    @Test
    void theAsynchronousApiAnswersAtOnceAndKeepsWhatItsConsumerRejected() {
        fake.asynchronous();
        String launch = v2.launch(START);
        String feature = v2.post("/item", item(launch, "Feature", "SUITE", START)).id();

        Reply orphan = v2.post("/item/no-such-item", item(launch, "Orphan", "STEP", START));
        Reply early = v2.post("/item/" + feature, item(launch, "Early", "STEP", START.minusSeconds(1)));
        Reply kept = v2.post("/item/" + feature, item(launch, "Scenario", "STEP", START));
        JsonObject lostLog = only(v2.logs(log(launch, orphan.id(), START.toEpochMilli(), null)));
        Reply invalid = v2.post("/item", new JsonObject());

        assertThat(orphan.status()).isEqualTo(201);
        assertThat(early.status()).isEqualTo(201);
        assertThat(lostLog.has("id")).isTrue();
        assertThat(invalid.status()).as("bean validation stays synchronous").isEqualTo(400);
        await().atMost(Duration.ofSeconds(30)).until(fake::settled);
        assertThat(fake.items()).extracting(FakeReportPortal.Item::uuid).containsExactly(feature, kept.id());
        assertThat(fake.parked()).extracting(Parked::request, Parked::status, Parked::errorCode).containsExactlyInAnyOrder(
                tuple("start item " + orphan.id(), 404, 4043),
                tuple("start item " + early.id(), 406, 40025),
                tuple("save log " + lostLog.get("id").getAsString(), 404, 4043));
        assertThat(fake.logs()).isEmpty();
    }
}
