package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeReportingClient.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ReportPortalSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading a launch back: what ReportPortal kept beside what it acknowledged, within the time limit. */
class DeliveryCheckTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration LIMIT = Duration.ofSeconds(2);

    @RegisterExtension
    final FakeReportPortalExtension fakes = new FakeReportPortalExtension();

    private final FakeReportPortal fake = fakes.reportPortal();
    private final FakeReportingClient v2 = new FakeReportingClient(fake, "v2");

    private DeliveryCheck check() {
        return new DeliveryCheck(new ReportPortalApi(new ReportPortalSettings(Optional.of(fake.endpoint()),
                Optional.of(FakeReportPortal.PROJECT), Optional.of(FakeReportPortal.TOKEN), "pokeapi-suite", "test",
                Optional.empty(), LIMIT)), LIMIT);
    }

    /** A launch with a suite, a scenario and a log on the scenario: its uuid. */
    private String launch() {
        String launch = v2.launch(START);
        String suite = v2.post("/item", item(launch, "Feature", "SUITE", START)).id();
        String scenario = v2.post("/item/" + suite, item(launch, "Scenario", "STEP", START)).id();
        JsonObject log = new JsonObject();
        log.addProperty("launchUuid", launch);
        log.addProperty("itemUuid", scenario);
        log.addProperty("time", START.toEpochMilli());
        JsonArray batch = new JsonArray();
        batch.add(log);
        assertThat(v2.logs(batch.toString()).status()).isEqualTo(201);
        return launch;
    }

    @Test
    void aLaunchThatHoldsWhatItTookIsComplete() {
        String launch = launch();

        Delivery delivery = check().check(launch, new DeliveryLedger.Expected(2, 1, 1));

        assertThat(delivery.complete()).as(delivery.toString()).isTrue();
        assertThat(delivery.itemsKept()).isEqualTo(2);
        assertThat(delivery.logsKept()).isEqualTo(1);
        assertThat(delivery.executionsKept()).isEqualTo(1);
    }

    @Test
    void whatTheLaunchLacksIsCountedAfterAskingUntilTheLimit() {
        String launch = launch();
        Instant asked = Instant.now();

        Delivery delivery = check().check(launch, new DeliveryLedger.Expected(3, 2, 4));

        assertThat(Duration.between(asked, Instant.now())).isLessThan(LIMIT.plusSeconds(1));
        assertThat(delivery.unverified()).isEmpty();
        assertThat(delivery.itemsNotKept()).isEqualTo(1);
        assertThat(delivery.logsNotKept()).isEqualTo(3);
        assertThat(delivery.executionsNotCounted()).isEqualTo(1);
        assertThat(delivery.complete()).isFalse();
    }

    @Test
    void aLaunchReportPortalDoesNotHaveOrDoesNotAnswerForIsUnverifiedWithinTheLimit() {
        String launch = launch();
        Delivery unknown = check().check("no-such-launch", new DeliveryLedger.Expected(1, 1, 0));
        fake.slowReporting(Duration.ofMinutes(10));
        Instant asked = Instant.now();

        Delivery silent = check().check(launch, new DeliveryLedger.Expected(2, 1, 1));

        assertThat(unknown.unverified()).hasValueSatisfying(reason -> assertThat(reason).contains("answered 404")
                .contains("Launch 'no-such-launch' not found"));
        assertThat(silent.unverified()).hasValueSatisfying(reason -> assertThat(reason).contains("no answer within"));
        assertThat(Duration.between(asked, Instant.now())).isLessThan(LIMIT.plusSeconds(1));
        assertThat(silent.complete()).isFalse();
    }
}
