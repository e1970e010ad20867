package io.pokeapi.suite.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.replica.RequestJournal;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {

    private static final String PIKACHU = "/api/v2/pokemon/25";
    private static final String ID = "/pokemon/{id}";

    private final RecordingListener listener = new RecordingListener();

    /** Waits of at most a few milliseconds, so that tests of counting are quick. */
    private RetryInterceptor retrying(int retries) {
        return new RetryInterceptor(retries, Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofSeconds(10),
                Duration.ofSeconds(5), listener, Clock.systemUTC());
    }

    @Test
    void serverErrorsThatPassAreRetriedUntilTheAnswerComes() throws IOException {
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 2, 503)) {
            OkHttpClient client = FaultyReplica.client(retrying(3));

            assertThat(replica.status(client, PIKACHU, ID)).isEqualTo(200);
            assertThat(replica.arrivals(PIKACHU)).hasSize(3);
            assertThat(listener.events).containsExactly("retry 1 of /pokemon/{id} after 503",
                    "retry 2 of /pokemon/{id} after 503");
        }
    }

    @Test
    void retriesStopAtTheirNumberAndTheLastAnswerIsHandedOn() throws IOException {
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 9, 502)) {
            OkHttpClient client = FaultyReplica.client(retrying(2));

            assertThat(replica.status(client, PIKACHU, ID)).isEqualTo(502);
            assertThat(replica.arrivals(PIKACHU)).hasSize(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 404, 400})
    void otherStatusesAreNotRetried(int status) throws IOException {
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 1, status)) {
            OkHttpClient client = FaultyReplica.client(retrying(3));

            assertThat(replica.status(client, PIKACHU, ID)).isEqualTo(status);
            assertThat(replica.arrivals(PIKACHU)).hasSize(1);
            assertThat(listener.events).isEmpty();
        }
    }

    @Test
    void onlyRequestsSafeToRepeatAreRetried() throws IOException {
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 1, 503)) {
            OkHttpClient client = FaultyReplica.client(retrying(3));
            Request post = new Request.Builder().url(replica.url(PIKACHU)).post(RequestBody.create(new byte[0])).build();

            try (Response response = client.newCall(post).execute()) {
                assertThat(response.code()).isEqualTo(503);
            }
            assertThat(replica.arrivals(PIKACHU)).hasSize(1);
        }
    }

    @Test
    void aConnectionThatEndsWithoutAnAnswerIsRetriedThenItsErrorThrown() {
        ReplicaFaults faults = ReplicaFaults.NONE.withBrokenBodies(List.of(
                new ReplicaFaults.BrokenBody(ReplicaFaults.BrokenBody.Kind.RESET, Optional.of(PIKACHU), 1)));
        try (FaultyReplica replica = FaultyReplica.with(faults)) {
            OkHttpClient client = FaultyReplica.client(retrying(2));

            assertThatThrownBy(() -> replica.status(client, PIKACHU, ID)).isInstanceOf(IOException.class);
            assertThat(replica.arrivals(PIKACHU)).hasSize(3);
            assertThat(listener.events).containsExactly("retry 1 of /pokemon/{id} after io",
                    "retry 2 of /pokemon/{id} after io");
        }
    }

    @Test
    void aRefusedConnectionIsNotRetried() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OkHttpClient client = FaultyReplica.client(retrying(3));
        Request request = new Request.Builder().url("http://127.0.0.1:" + closed + "/api/v2/").build();

        assertThatThrownBy(() -> client.newCall(request).execute()).isInstanceOf(java.net.ConnectException.class);
        assertThat(listener.events).isEmpty();
    }

    @ParameterizedTest(name = "HTTP date: {0}")
    @ValueSource(booleans = {false, true})
    void aTooManyRequestsAnswerIsRetriedNoSoonerThanItsRetryAfterMeasuredAtTheReplica(boolean httpDate)
            throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE
                .withFailFirst(List.of(new ReplicaFaults.FailFirst(PIKACHU, 1, 429)))
                .withRetryAfter(new ReplicaFaults.RetryAfter(Duration.ofSeconds(2), httpDate));
        try (FaultyReplica replica = FaultyReplica.with(faults)) {
            OkHttpClient client = FaultyReplica.client(retrying(3));

            assertThat(replica.status(client, PIKACHU, ID)).isEqualTo(200);
            List<RequestJournal.Arrival> arrivals = replica.arrivals(PIKACHU);
            assertThat(arrivals).hasSize(2);
            assertThat(Duration.ofNanos(arrivals.get(1).nanoTime() - arrivals.get(0).nanoTime()))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            assertThat(listener.events).containsExactly("retry 1 of /pokemon/{id} after 429");
        }
    }

    @Test
    void aRetryAfterLongerThanTheClientWaitsIsNotWaitedForAndTheAnswerHandedOn() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE
                .withFailFirst(List.of(new ReplicaFaults.FailFirst(PIKACHU, 1, 429)))
                .withRetryAfter(new ReplicaFaults.RetryAfter(Duration.ofSeconds(30), false));
        try (FaultyReplica replica = FaultyReplica.with(faults)) {
            OkHttpClient client = FaultyReplica.client(retrying(3));

            assertThat(replica.status(client, PIKACHU, ID)).isEqualTo(429);
            assertThat(replica.arrivals(PIKACHU)).hasSize(1);
            assertThat(listener.events).containsExactly("refused Retry-After 30s of /pokemon/{id}");
        }
    }

    @Test
    void theTimeBudgetStopsRetriesBeforeTheirNumber() throws IOException {
        Backoff fixed = new Backoff(Duration.ofMillis(200), Duration.ofMillis(200), bound -> bound);
        RetryInterceptor budgeted = new RetryInterceptor(10, fixed, Duration.ofMillis(500), Duration.ofSeconds(5),
                listener, Clock.systemUTC());
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 100, 503)) {
            OkHttpClient client = FaultyReplica.client(budgeted);

            assertThat(replica.status(client, PIKACHU, ID)).isEqualTo(503);
            // Attempts at about 0, 200, 400 and 500 ms; ten retries would take two seconds.
            assertThat(replica.arrivals(PIKACHU)).hasSizeBetween(3, 5);
        }
    }

    @Test
    void eachWaitIsTheBackoffForItsRetry() throws IOException {
        Backoff doubling = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), bound -> bound);
        RetryInterceptor retrying = new RetryInterceptor(3, doubling, Duration.ofSeconds(10), Duration.ofSeconds(5),
                listener, Clock.systemUTC());
        try (FaultyReplica replica = FaultyReplica.failingFirst(PIKACHU, 3, 503)) {
            OkHttpClient client = FaultyReplica.client(retrying);

            assertThat(replica.status(client, PIKACHU, ID)).isEqualTo(200);
            List<RequestJournal.Arrival> arrivals = replica.arrivals(PIKACHU);
            assertThat(arrivals).hasSize(4);
            for (int retry = 1; retry <= 3; retry++) {
                long gap = arrivals.get(retry).nanoTime() - arrivals.get(retry - 1).nanoTime();
                assertThat(Duration.ofNanos(gap)).as("wait before retry %d", retry)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(100L << (retry - 1)));
            }
        }
    }
}
