package io.pokeapi.suite.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ObservabilitySettings;
import io.pokeapi.suite.observability.ResilienceEvents;
import io.pokeapi.suite.observability.SuiteMetrics;
import io.pokeapi.suite.resilience.ResilienceListener.CircuitState;
import io.prometheus.client.CollectorRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The client's retries and circuit changes are log lines whose fields Loki can filter on. */
class ResilienceEventLinesTest {

    private final ResilienceEvents events = new ResilienceEvents(new SuiteMetrics(new CollectorRegistry()));

    @Test
    void aRetryIsAJsonLineWithItsEndpointReasonAndWait() {
        try (CapturedLogs logs = new CapturedLogs(ObservabilitySettings.LogFormat.JSON)) {
            events.retried("/pokemon/{id}", 2, "503", Duration.ofMillis(340));

            assertThat(logs.jsonLines()).singleElement().satisfies(line -> {
                assertThat(field(line, "level")).isEqualTo("INFO");
                assertThat(field(line, "event")).isEqualTo("retry");
                assertThat(field(line, "endpoint")).isEqualTo("/pokemon/{id}");
                assertThat(field(line, "reason")).isEqualTo("503");
                assertThat(line.get("retry").getAsInt()).isEqualTo(2);
                assertThat(line.get("wait_ms").getAsLong()).isEqualTo(340);
                assertThat(field(line, "message")).isEqualTo("Retry 2 of /pokemon/{id} after 340 ms: the attempt "
                        + "before failed with 503");
            });
        }
    }

    @Test
    void anOpeningCircuitIsAWarningAndAClosingOneInformation() {
        try (CapturedLogs logs = new CapturedLogs(ObservabilitySettings.LogFormat.JSON)) {
            events.circuitChanged("/type/{name}", CircuitState.CLOSED, CircuitState.OPEN);
            events.circuitChanged("/type/{name}", CircuitState.HALF_OPEN, CircuitState.CLOSED);

            assertThat(logs.jsonLines()).hasSize(2).satisfiesExactly(
                    open -> {
                        assertThat(field(open, "level")).isEqualTo("WARN");
                        assertThat(field(open, "event")).isEqualTo("circuit_open");
                        assertThat(field(open, "endpoint")).isEqualTo("/type/{name}");
                        assertThat(field(open, "from")).isEqualTo("closed");
                    },
                    closed -> {
                        assertThat(field(closed, "level")).isEqualTo("INFO");
                        assertThat(field(closed, "event")).isEqualTo("circuit_closed");
                        assertThat(field(closed, "from")).isEqualTo("half_open");
                    });
        }
    }

    @Test
    void theRunsSummarySaysWhatThePoliciesDid() {
        try (CapturedLogs logs = new CapturedLogs(ObservabilitySettings.LogFormat.JSON)) {
            assertThat(events.summary()).isEmpty();
            events.retried("/pokemon/{id}", 1, "503", Duration.ofMillis(1500));
            events.retried("/type/{id}", 1, "io", Duration.ofMillis(500));
            events.retried("/type/{id}", 2, "io", Duration.ofMillis(1000));
            events.circuitChanged("/type/{id}", CircuitState.CLOSED, CircuitState.OPEN);

            assertThat(events.summary()).contains("The client retried 3 requests (503: 1, io: 2) after waiting 3.0 s "
                    + "in all; 1 circuit opened.");
        }
    }

    private static String field(JsonObject line, String name) {
        return line.has(name) ? line.get(name).getAsString() : null;
    }
}
