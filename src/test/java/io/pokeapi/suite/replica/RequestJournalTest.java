package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.ReplicaFaults;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestJournalTest {

    @Test
    void requestsSentAtOnceAreAllInTheBusiestSecondAndPacedOnesAreNot() throws Exception {
        RequestJournal journal = new RequestJournal();
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, ReplicaFaults.NONE,
                journal)) {
            HttpProbe probe = new HttpProbe(replica.baseUrl());
            for (int i = 0; i < 10; i++) {
                probe.get("/api/v2/pokemon/25");
            }
            assertThat(journal.busiest(Duration.ofSeconds(1))).isEqualTo(10);
            assertThat(journal.averageRate()).isGreaterThan(10);

            for (int i = 0; i < 3; i++) {
                Thread.sleep(400);
                probe.get("/api/v2/type/13");
            }
            assertThat(journal.arrivals()).hasSize(13);
            assertThat(journal.busiest(Duration.ofMillis(300))).as("paced 400 ms apart").isEqualTo(10);
            assertThat(journal.arrivals("/api/v2/type/13")).hasSize(3);
        }
    }

    @Test
    void anEmptyJournalHasNoRate() throws IOException {
        RequestJournal journal = new RequestJournal();

        assertThat(journal.busiest(Duration.ofSeconds(1))).isZero();
        assertThat(journal.averageRate()).isZero();
    }
}
