package io.pokeapi.suite.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class RateLimitInterceptorTest {

    private static final double RATE = 20;
    private static final int CALLERS = 4;
    private static final int REQUESTS = 60;

    @Test
    void parallelCallersTogetherStayWithinTheRateMeasuredAtTheReplica() throws Exception {
        RecordingListener listener = new RecordingListener();
        OkHttpClient client = FaultyReplica.client(new RateLimitInterceptor(RATE, Duration.ofSeconds(30), listener));
        try (FaultyReplica replica = FaultyReplica.with(io.pokeapi.suite.config.ReplicaFaults.NONE)) {
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                statuses.add(callers.submit(() -> replica.status(client, "/api/v2/pokemon/25", "/pokemon/{id}")));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
            callers.shutdown();

            assertThat(replica.journal().arrivals()).hasSize(REQUESTS);
            assertThat(replica.journal().averageRate()).as("requests per second over the run")
                    .isLessThanOrEqualTo(RATE * 1.05);
            // Turns come every 50 ms; a caller held up between its turn and the replica (a busy machine
            // holds threads up) arrives together with the next, so each caller may add one to a second.
            assertThat(replica.journal().busiest(Duration.ofSeconds(1))).isLessThanOrEqualTo((int) RATE + CALLERS);
            assertThat(listener.waits).as("callers waited their turn").isNotEmpty();
        }
    }
}
