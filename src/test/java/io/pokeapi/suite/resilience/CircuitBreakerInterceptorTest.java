package io.pokeapi.suite.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.ManualTicker;
import io.pokeapi.suite.config.ResilienceSettings;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class CircuitBreakerInterceptorTest {

    private static final String PIKACHU = "/api/v2/pokemon/25";
    private static final Duration OPEN_FOR = Duration.ofMillis(300);

    private final RecordingListener listener = new RecordingListener();
    private final ManualTicker ticker = new ManualTicker();
    private final OkHttpClient client = FaultyReplica.client(new CircuitBreakerInterceptor(
            new ResilienceSettings.CircuitBreaker(2, 4, OPEN_FOR), listener, ticker));

    @Test
    void theCircuitOpensAtItsThresholdFailsFastAndClosesAfterASuccessfulProbe() throws Exception {
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 2, 500)) {
            assertThat(replica.status(client, PIKACHU, "/pokemon/{id}")).isEqualTo(500);
            assertThat(replica.status(client, PIKACHU, "/pokemon/{id}")).isEqualTo(500);

            assertThatThrownBy(() -> replica.status(client, PIKACHU, "/pokemon/{id}"))
                    .isInstanceOf(CircuitOpenException.class)
                    .hasMessageStartingWith("circuit open for /pokemon/{id}: 2 of its last 2 requests failed");
            assertThat(replica.arrivals(PIKACHU)).as("refused without a request").hasSize(2);
            assertThat(replica.status(client, "/api/v2/type/13", "/type/{id}")).as("other endpoints go on")
                    .isEqualTo(200);

            ticker.advance(OPEN_FOR.minusMillis(1));
            assertThatThrownBy(() -> replica.status(client, PIKACHU, "/pokemon/{id}"))
                    .as("a moment before its open time").isInstanceOf(CircuitOpenException.class);
            ticker.advance(Duration.ofMillis(1));
            assertThat(replica.status(client, PIKACHU, "/pokemon/{id}")).as("the probe").isEqualTo(200);
            assertThat(replica.status(client, PIKACHU, "/pokemon/{id}")).isEqualTo(200);
            assertThat(listener.events).containsExactly("/pokemon/{id} closed -> open",
                    "/pokemon/{id} open -> half_open", "/pokemon/{id} half_open -> closed");
        }
    }

    @Test
    void aFailedProbeOpensTheCircuitAgain() throws Exception {
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 3, 503)) {
            replica.status(client, PIKACHU, "/pokemon/{id}");
            replica.status(client, PIKACHU, "/pokemon/{id}");
            ticker.advance(OPEN_FOR);

            assertThat(replica.status(client, PIKACHU, "/pokemon/{id}")).as("the probe").isEqualTo(503);
            assertThatThrownBy(() -> replica.status(client, PIKACHU, "/pokemon/{id}"))
                    .isInstanceOf(CircuitOpenException.class);
            assertThat(listener.events).containsExactly("/pokemon/{id} closed -> open",
                    "/pokemon/{id} open -> half_open", "/pokemon/{id} half_open -> open");
            assertThat(replica.arrivals(PIKACHU)).as("reopened, it waits its open time anew").hasSize(3);
        }
    }

    @Test
    void answersThatAreNotServerErrorsKeepTheCircuitClosed() throws IOException {
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 5, 404)) {
            for (int i = 0; i < 5; i++) {
                assertThat(replica.status(client, PIKACHU, "/pokemon/{id}")).isEqualTo(404);
            }
            assertThat(listener.events).isEmpty();
        }
    }
}
