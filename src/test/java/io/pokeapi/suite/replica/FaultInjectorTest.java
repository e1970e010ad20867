package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.ReplicaFaults;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    @Test
    void theFirstRequestsOfAFailingPathGetTheErrorStatusThenItAnswersNormally() throws IOException {
        ReplicaFaults faults = new ReplicaFaults(Duration.ZERO,
                List.of(new ReplicaFaults.FailFirst("/api/v2/pokemon/25", 2, 503)));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe probe = new HttpProbe(replica.baseUrl());

            assertThat(probe.get("/api/v2/pokemon/25").code()).isEqualTo(503);
            assertThat(probe.get("/api/v2/pokemon/25/").code()).as("trailing slash, same path").isEqualTo(503);
            assertThat(probe.get("/api/v2/pokemon/1").code()).as("another path").isEqualTo(200);
            HttpProbe.Answer third = probe.get("/api/v2/pokemon/25");
            assertThat(third.code()).isEqualTo(200);
            assertThat(third.json().getAsJsonObject().get("name").getAsString()).isEqualTo("pikachu");
        }
    }

    @Test
    void anInjectedFailureSaysSoInItsBody() throws IOException {
        ReplicaFaults faults = new ReplicaFaults(Duration.ZERO,
                List.of(new ReplicaFaults.FailFirst("/api/v2/type/13", 1, 500)));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe.Answer answer = new HttpProbe(replica.baseUrl()).get("/api/v2/type/13");

            assertThat(answer.code()).isEqualTo(500);
            assertThat(answer.text()).isEqualTo("Injected fault: 500");
        }
    }

    @Test
    void latencyDelaysButDoesNotChangeTheAnswer() throws IOException {
        ReplicaFaults faults = new ReplicaFaults(Duration.ofMillis(20), List.of());
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe.Answer answer = new HttpProbe(replica.baseUrl()).get("/api/v2/pokemon/pikachu");

            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.json().getAsJsonObject().get("id").getAsInt()).isEqualTo(25);
        }
    }
}
