package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pokeapi.suite.ManualTicker;
import io.pokeapi.suite.config.ReplicaFaults;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestJournalTest {

    @Test
    void requestsSentAtOnceAreAllInTheBusiestSecondAndPacedOnesAreNot() throws Exception {
        ManualTicker ticker = new ManualTicker();
        RequestJournal journal = new RequestJournal(ticker);
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, ReplicaFaults.NONE,
                journal)) {
            HttpProbe probe = new HttpProbe(replica.baseUrl());
            for (int i = 0; i < 10; i++) {
                ticker.advance(Duration.ofMillis(20));
                probe.get("/api/v2/pokemon/25");
            }
            assertThat(journal.busiest(Duration.ofSeconds(1))).isEqualTo(10);
            assertThat(journal.averageRate()).as("9 gaps of 20 ms").isCloseTo(50, within(1e-6));

            for (int i = 0; i < 3; i++) {
                ticker.advance(Duration.ofMillis(400));
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
