package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.client.ApiCallException;
import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.client.HttpClients;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.client.RevalidationCache;
import io.pokeapi.suite.client.ScenarioTag;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsInterceptorTest {

    private static final String[] REQUEST_LABELS = {"endpoint", "method", "status"};

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectorRegistry registry = new CollectorRegistry();
    private final SuiteMetrics metrics = new SuiteMetrics(registry);

    private PokeApiClient client(Map<String, String> values) {
        Settings settings = new SettingsLoader(new SettingSource().withLayer(values, "test")).load();
        OkHttpClient http = HttpClients.create(settings, List.of(new MetricsInterceptor(metrics)));
        return new PokeApiClient(http, URI.create(server.url("/api/v2").toString()));
    }

    private void answer(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    private double requests(String endpoint, String status) {
        Double value = registry.getSampleValue("pokeapi_suite_http_requests_total", REQUEST_LABELS,
                new String[] {endpoint, "GET", status});
        return value == null ? 0 : value;
    }

    private double timed(String endpoint) {
        Double value = registry.getSampleValue("pokeapi_suite_http_request_duration_seconds_count",
                new String[] {"endpoint"}, new String[] {endpoint});
        return value == null ? 0 : value;
    }

    @Test
    void requestsAreCountedAndTimedByRouteTemplateMethodAndStatus() {
        PokeApiClient client = client(Map.of());
        answer(200, "{\"id\": 25}");
        answer(200, "{\"id\": 1}");
        answer(200, "{\"name\": \"pikachu\"}");
        answer(404, "Not Found");
        answer(200, "{\"count\": 0, \"results\": []}");

        client.resource("pokemon", "25");
        client.resource("pokemon", "1");
        client.resource("pokemon", "pikachu");
        client.resource("pokemon", "missingno");
        client.list("type", OptionalInt.of(0), OptionalInt.of(5));

        assertThat(requests("/pokemon/{id}", "200")).isEqualTo(2);
        assertThat(requests("/pokemon/{name}", "200")).isEqualTo(1);
        assertThat(requests("/pokemon/{name}", "404")).isEqualTo(1);
        assertThat(requests("/type", "200")).isEqualTo(1);
        assertThat(timed("/pokemon/{id}")).isEqualTo(2);
        assertThat(timed("/pokemon/{name}")).isEqualTo(2);
        assertThat(timed("/type")).isEqualTo(1);
        assertThat(registry.getSampleValue("pokeapi_suite_http_request_duration_seconds_sum",
                new String[] {"endpoint"}, new String[] {"/pokemon/{id}"})).isPositive();
        assertThat(labelValues()).as("no raw URL, id or name in any label")
                .noneMatch(value -> value.contains("://") || value.contains("/api/v2") || value.contains("25")
                        || value.contains("pikachu") || value.contains("missingno") || value.contains("limit"));
    }

    @Test
    void aRequestIsTimedUntilItsBodyHasBeenRead() throws Exception {
        answer(200, "{\"id\": 25}");
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(new MetricsInterceptor(metrics)).build();
        Request request = new Request.Builder().url(server.url("/api/v2/pokemon/25"))
                .tag(io.pokeapi.suite.client.Endpoint.class, new io.pokeapi.suite.client.Endpoint("/pokemon/{id}"))
                .build();

        try (Response response = http.newCall(request).execute()) {
            assertThat(requests("/pokemon/{id}", "200")).as("counted once the status is known").isEqualTo(1);
            assertThat(timed("/pokemon/{id}")).as("not timed before the body is read").isZero();
            assertThat(response.body().string()).isEqualTo("{\"id\": 25}");
            assertThat(timed("/pokemon/{id}")).isEqualTo(1);
        }
        assertThat(timed("/pokemon/{id}")).as("timed once, closing included").isEqualTo(1);
    }

    @Test
    void aRequestWithoutAnyResponseCountsAsNoneAndItsFailureGoesOn() {
        int closedPort = TestHttp.freePort();
        Settings settings = new SettingsLoader(new SettingSource().withLayer(Map.of(), "test")).load();
        PokeApiClient client = new PokeApiClient(HttpClients.create(settings, List.of(new MetricsInterceptor(metrics))),
                URI.create("http://127.0.0.1:" + closedPort + "/api/v2"));

        assertThatThrownBy(() -> client.resource("ability", "static")).isInstanceOf(ApiCallException.class);

        assertThat(requests("/ability/{name}", SuiteMetrics.NONE)).isEqualTo(1);
        assertThat(timed("/ability/{name}")).isEqualTo(1);
    }

    @Test
    void aRequestThatTimesOutCountsAsNoneAndItsStepFailsAsATimeout() {
        PokeApiClient client = client(Map.of("HTTP_READ_TIMEOUT", "100ms", "HTTP_CALL_TIMEOUT", "1s"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());

        ScenarioTag scenario = new ScenarioTag("features/type.feature:7", "Electric is a type");
        Throwable failure = catchThrowable(() -> client.forScenario(scenario).resource("type", "electric"));

        assertThat(failure).isInstanceOf(ApiCallException.class);
        assertThat(requests("/type/{name}", SuiteMetrics.NONE)).isEqualTo(1);
        metrics.stepFailed(scenario.key(), failure);
        assertThat(registry.getSampleValue("pokeapi_suite_test_failures_total",
                new String[] {"endpoint", "failure_type"}, new String[] {"/type/{name}", "timeout"})).isEqualTo(1);
    }

    @Test
    void aRequestTheSuitesClientDidNotTagCountsAsOther() throws Exception {
        answer(204, "");
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(new MetricsInterceptor(metrics)).build();

        try (Response response = http.newCall(new Request.Builder().url(server.url("/somewhere/else")).build())
                .execute()) {
            assertThat(response.code()).isEqualTo(204);
        }

        assertThat(requests(Endpoint.UNTAGGED, "204")).isEqualTo(1);
    }

    /** Every label value of the suite's request metrics, bucket bounds aside. */
    private List<String> labelValues() {
        List<String> values = new java.util.ArrayList<>();
        for (Collector.MetricFamilySamples family : Collections.list(registry.metricFamilySamples())) {
            for (Collector.MetricFamilySamples.Sample sample : family.samples) {
                for (int i = 0; i < sample.labelNames.size(); i++) {
                    if (!"le".equals(sample.labelNames.get(i))) {
                        values.add(sample.labelValues.get(i));
                    }
                }
            }
        }
        return values;
    }

    @Test
    void aKeptBodyTheApiConfirmsCountsAs304(@TempDir Path folder) {
        Settings settings = new SettingsLoader(new SettingSource().withLayer(Map.of(), "test")).load();
        try (RevalidationCache cache = RevalidationCache.open(folder).orElseThrow()) {
            PokeApiClient client = new PokeApiClient(HttpClients.create(settings,
                    List.of(new MetricsInterceptor(metrics)), Optional.of(cache)),
                    URI.create(server.url("/api/v2").toString()));
            server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "W/\"2-x\"").body("{}").build());
            server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "W/\"2-x\"").build());

            client.resource("type", "electric");
            client.resource("type", "electric");

            assertThat(requests("/type/{name}", "200")).isEqualTo(1);
            assertThat(requests("/type/{name}", "304")).isEqualTo(1);
        }
    }
}
