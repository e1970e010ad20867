package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeClient.Reply;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of the fake's rules: a fresh fake for each test, a client of it, and service-api's refusals to expect. */
abstract class FakeRulesTest {

    FakeReportPortal reportPortal;
    FakeClient client;

    @BeforeEach
    void startTheFake() throws Exception {
        reportPortal = FakeReportPortal.start();
        client = new FakeClient(reportPortal);
    }

    @AfterEach
    void stopTheFake() {
        reportPortal.close();
    }

    /** {@code POST path} of the request with a name of 2, then of 129 characters: both refused as too short or long. */
    void assertNamesOutsideThreeTo128AreRefused(String path, Supplier<JsonObject> request) {
        for (int length : new int[] {2, 129}) {
            JsonObject named = request.get();
            named.addProperty("name", "n".repeat(length));

            assertRefused(client.post(path, named), 400, 4001,
                    "Incorrect Request. [Field 'name' should have size from '3' to '128'.] ");
        }
    }

    static void assertRefused(Reply reply, int status, int errorCode, String message) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.errorCode()).isEqualTo(errorCode);
        assertThat(reply.message()).isEqualTo(message);
    }
}
