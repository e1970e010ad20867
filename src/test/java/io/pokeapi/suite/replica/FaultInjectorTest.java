package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.config.ReplicaFaults;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import okhttp3.OkHttpClient;
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

    @Test
    void aLatencyRangeDelaysEachAnswerByADurationWithinIt() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE.withLatency(
                new ReplicaFaults.Latency(Duration.ofMillis(30), Duration.ofMillis(60)));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe probe = new HttpProbe(replica.baseUrl());
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                assertThat(probe.get("/api/v2/pokemon/25").code()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
            }
        }
    }

    @Test
    void anErrorRateReplacesAboutThatShareOfAnswersByItsStatuses() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE.withErrorRate(new ReplicaFaults.ErrorRate(0.2, List.of(502, 503)));
        Map<Integer, Integer> statuses = new TreeMap<>();
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe probe = new HttpProbe(replica.baseUrl());
            for (int i = 0; i < 1000; i++) {
                statuses.merge(probe.get("/api/v2/pokemon/25").code(), 1, Integer::sum);
            }
        }
        assertThat(statuses.keySet()).containsExactly(200, 502, 503);
        // 200 of 1000 on average; 150 to 250 is four standard deviations either side.
        assertThat(statuses.get(502) + statuses.get(503)).isBetween(150, 250);
    }

    @Test
    void aTooManyRequestsAnswerCarriesRetryAfterInSeconds() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE
                .withFailFirst(List.of(new ReplicaFaults.FailFirst("/api/v2/type/13", 1, 429)))
                .withRetryAfter(new ReplicaFaults.RetryAfter(Duration.ofSeconds(2), false));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe.Answer answer = new HttpProbe(replica.baseUrl()).get("/api/v2/type/13");

            assertThat(answer.code()).isEqualTo(429);
            assertThat(answer.header("Retry-After")).isEqualTo("2");
        }
    }

    @Test
    void aTooManyRequestsAnswerCanCarryRetryAfterAsAnHttpDateNoEarlierThanTheDelay() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE
                .withFailFirst(List.of(new ReplicaFaults.FailFirst("/api/v2/type/13", 1, 429)))
                .withRetryAfter(new ReplicaFaults.RetryAfter(Duration.ofSeconds(2), true));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            Instant asked = Instant.now();
            HttpProbe.Answer answer = new HttpProbe(replica.baseUrl()).get("/api/v2/type/13");

            Instant until = ZonedDateTime.parse(answer.header("Retry-After"), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            assertThat(until).isAfterOrEqualTo(asked.plusSeconds(2).truncatedTo(ChronoUnit.SECONDS))
                    .isBeforeOrEqualTo(Instant.now().plusSeconds(3));
        }
    }

    @Test
    void aTruncatedBodyIsHalfTheDocumentWithALengthThatSaysSo() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE.withBrokenBodies(List.of(new ReplicaFaults.BrokenBody(
                ReplicaFaults.BrokenBody.Kind.TRUNCATE, Optional.of("/api/v2/pokemon/25"), 1)));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe probe = new HttpProbe(replica.baseUrl());
            String whole = probe.get("/api/v2/pokemon/1").text();
            HttpProbe.Answer truncated = probe.get("/api/v2/pokemon/25");

            assertThat(truncated.code()).isEqualTo(200);
            assertThat(truncated.header("Content-Length")).isEqualTo(Integer.toString(truncated.body().length));
            assertThat(truncated.text()).startsWith("{").doesNotEndWith("}");
            assertThatThrownBy(() -> JsonParser.parseString(truncated.text())).isInstanceOf(JsonParseException.class);
            assertThat(whole).endsWith("}");
        }
    }

    @Test
    void aMalformedBodyIsNotJsonEvenToALenientParser() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE.withBrokenBodies(List.of(new ReplicaFaults.BrokenBody(
                ReplicaFaults.BrokenBody.Kind.MALFORMED, Optional.of("/api/v2/pokemon/25"), 1)));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe.Answer malformed = new HttpProbe(replica.baseUrl()).getGzip("/api/v2/pokemon/25");

            assertThat(malformed.code()).isEqualTo(200);
            assertThat(malformed.header("Content-Encoding")).as("broken bodies are sent plain").isNull();
            assertThatThrownBy(() -> JsonParser.parseString(malformed.text())).isInstanceOf(JsonParseException.class);
        }
    }

    @Test
    void aResetEndsTheConnectionWithoutAnAnswer() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE.withBrokenBodies(List.of(new ReplicaFaults.BrokenBody(
                ReplicaFaults.BrokenBody.Kind.RESET, Optional.of("/api/v2/pokemon/25"), 1)));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            HttpProbe probe = new HttpProbe(new OkHttpClient.Builder().retryOnConnectionFailure(false).build(),
                    replica.baseUrl());

            assertThatThrownBy(() -> probe.get("/api/v2/pokemon/25")).hasRootCauseInstanceOf(IOException.class);
            assertThat(probe.get("/api/v2/pokemon/1").code()).as("other paths answer").isEqualTo(200);
        }
    }

    @Test
    void aTrickledBodyPausesLongerThanAReadTimeoutBetweenChunks() throws IOException {
        ReplicaFaults faults = ReplicaFaults.NONE
                .withBrokenBodies(List.of(new ReplicaFaults.BrokenBody(
                        ReplicaFaults.BrokenBody.Kind.TRICKLE, Optional.of("/api/v2/pokemon/25"), 1)))
                .withTricklePause(Duration.ofSeconds(2));
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults)) {
            OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
            HttpProbe probe = new HttpProbe(impatient, replica.baseUrl());

            assertThatThrownBy(() -> probe.get("/api/v2/pokemon/25"))
                    .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void theJournalNotesEveryArrivalBeforeTheFaultsDelayIt() throws IOException {
        RequestJournal journal = new RequestJournal();
        ReplicaFaults faults = new ReplicaFaults(Duration.ofMillis(200), List.of());
        try (ReplicaServer replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0, faults, journal)) {
            HttpProbe probe = new HttpProbe(replica.baseUrl());
            long before = System.nanoTime();
            probe.get("/api/v2/pokemon/25/");
            probe.get("/api/v2/type/13");
            long after = System.nanoTime();

            assertThat(journal.arrivals()).extracting(RequestJournal.Arrival::path)
                    .containsExactly("/api/v2/pokemon/25", "/api/v2/type/13");
            assertThat(journal.arrivals("/api/v2/type/13")).singleElement().satisfies(arrival ->
                    assertThat(after - arrival.nanoTime()).as("arrived before its 200 ms latency")
                            .isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos()));
            assertThat(journal.arrivals().get(0).nanoTime()).isGreaterThanOrEqualTo(before);
        }
    }
}
