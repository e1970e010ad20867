package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.outcome.RunIdentity;
import io.prometheus.client.CollectorRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class PushgatewayPublisherTest {

    @StartStop
    private final MockWebServer gateway = new MockWebServer();

    private final CollectorRegistry registry = new CollectorRegistry();

    PushgatewayPublisherTest() {
        SuiteMetrics metrics = new SuiteMetrics(registry);
        metrics.runStarted(new RunIdentity(java.util.UUID.randomUUID(), java.util.Optional.empty(),
                java.time.Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Test
    void theRunsMetricsArePutUnderTheJobAndTheInstance() throws Exception {
        gateway.enqueue(new MockResponse.Builder().code(200).build());
        PushgatewayPublisher publisher = new PushgatewayPublisher(URI.create(gateway.url("/").toString()), "ci-runner-1");

        assertThat(publisher.push(registry)).isTrue();

        RecordedRequest push = gateway.takeRequest();
        assertThat(push.getMethod()).isEqualTo("PUT");
        assertThat(push.getTarget()).isEqualTo("/metrics/job/pokeapi-suite/instance/ci-runner-1");
        assertThat(push.getBody().utf8()).contains("pokeapi_suite_last_run_start_time_seconds 1.7958");
    }

    @Test
    void aPushgatewayThatRefusesTheMetricsIsNotAFailure() {
        gateway.enqueue(new MockResponse.Builder().code(400).body("pushed metrics are invalid").build());

        assertThat(new PushgatewayPublisher(URI.create(gateway.url("/").toString()), "host").push(registry)).isFalse();
    }

    @Test
    void aPushgatewayThatIsDownIsNotAFailure() {
        URI down = URI.create("http://127.0.0.1:" + TestHttp.freePort());

        assertThat(new PushgatewayPublisher(down, "host").push(registry)).isFalse();
    }

    @Test
    void aPushgatewayThatNeverAnswersCostsABoundedWait() throws IOException {
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress("127.0.0.1", 0)); // connections are accepted by the kernel, never answered
            URI gateway = URI.create("http://127.0.0.1:" + silent.getLocalPort());

            assertThat(new PushgatewayPublisher(gateway, "host").push(registry)).isFalse();
        }
    }

    @Test
    void theInstanceIsTheHostName() {
        assertThat(PushgatewayPublisher.hostName()).isNotBlank();
    }
}
