package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.outcome.RunIdentity;
import io.prometheus.client.CollectorRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

    private final CollectorRegistry registry = new CollectorRegistry();
    private final SuiteMetrics metrics = new SuiteMetrics(registry);

    private static JsonObject health(String status) {
        JsonObject health = new JsonObject();
        health.addProperty("status", status);
        health.add("checks", new JsonObject());
        return health;
    }

    @Test
    void metricsAndHealthAreServedOnTheSamePort() {
        metrics.runStarted(RunIdentity.startingNow(java.util.Optional.empty()));
        AtomicReference<JsonObject> health = new AtomicReference<>(health("UP"));
        try (MetricsServer server = MetricsServer.start(0, registry, health::get).orElseThrow()) {
            URI base = URI.create("http://127.0.0.1:" + server.port());

            HttpResponse<String> scrape = TestHttp.get(base.resolve("/metrics")).orElseThrow();
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain; version=0.0.4"));
            assertThat(Exposition.parse(scrape.body()).named("pokeapi_suite_run_in_progress"))
                    .singleElement().extracting(Exposition.Sample::value).isEqualTo(1.0);

            HttpResponse<String> up = TestHttp.get(base.resolve("/health")).orElseThrow();
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(JsonParser.parseString(up.body()).getAsJsonObject().get("status").getAsString()).isEqualTo("UP");

            health.set(health("DEGRADED"));
            assertThat(TestHttp.get(base.resolve("/health")).orElseThrow().statusCode()).isEqualTo(200);
            health.set(health("DOWN"));
            HttpResponse<String> down = TestHttp.get(base.resolve("/health")).orElseThrow();
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"");
        }
    }

    @Test
    void aHealthCheckThatBreaksAnswersDownRatherThanNothing() {
        try (MetricsServer server = MetricsServer.start(0, registry, () -> {
            throw new IllegalStateException("broken check");
        }).orElseThrow()) {
            HttpResponse<String> down = TestHttp.get(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                    .orElseThrow();

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("broken check");
        }
    }

    @Test
    void aPortInUseMeansNoServerAndNoFailure() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));

            Optional<MetricsServer> server = MetricsServer.start(taken.getLocalPort(), registry, () -> health("UP"));

            assertThat(server).isEmpty();
        }
    }

    @Test
    void aClosedServerNoLongerAnswers() {
        MetricsServer server = MetricsServer.start(0, registry, () -> health("UP")).orElseThrow();
        URI metricsUri = URI.create("http://127.0.0.1:" + server.port() + "/metrics");
        assertThat(TestHttp.get(metricsUri)).isPresent();

        server.close();

        assertThat(TestHttp.get(metricsUri)).isEmpty();
    }

    @Test
    void theServerLeavesTheReplicasNoDelaySettingInPlaceForTheHttpServersOfTheProcess() {
        // The build sets the property for every test JVM; without it, the server must set it itself.
        String before = System.clearProperty(ReplicaServer.NO_DELAY_PROPERTY);
        try (MetricsServer server = MetricsServer.start(0, registry, () -> health("UP")).orElseThrow()) {
            assertThat(System.getProperty(ReplicaServer.NO_DELAY_PROPERTY)).isEqualTo("true");
        } finally {
            if (before != null) {
                System.setProperty(ReplicaServer.NO_DELAY_PROPERTY, before);
            }
        }
    }
}
