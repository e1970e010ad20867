package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.client.ApiCallException;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.client.MalformedResponseException;
import io.pokeapi.suite.client.UnexpectedStatusException;
import io.pokeapi.suite.contract.ContractBrokenError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import io.pokeapi.suite.resilience.CircuitOpenException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureTypeTest {

    private static final ApiResponse MISSING = new ApiResponse("GET", "http://127.0.0.1/api/v2/pokemon/0",
            new Endpoint("/pokemon/{id}"), 404, "text/plain", "Not Found", Duration.ofMillis(3));

    @Test
    void anUnexpectedStatusIsAStatusFailure() {
        assertThat(FailureType.of(new UnexpectedStatusException(MISSING, "a Pokemon document")))
                .isEqualTo(FailureType.STATUS);
    }

    @Test
    void aBodyThatIsNotTheExpectedJsonIsAParseFailure() {
        assertThat(FailureType.of(new MalformedResponseException(MISSING, "is not valid JSON: EOF")))
                .isEqualTo(FailureType.PARSE);
    }

    @Test
    void noResponseIsATimeoutWhenTheRequestTimedOutElseAConnectionFailure() {
        assertThat(FailureType.of(new ApiCallException("GET x", new SocketTimeoutException("Read timed out"))))
                .isEqualTo(FailureType.TIMEOUT);
        assertThat(FailureType.of(new ApiCallException("GET x", new InterruptedIOException("timeout"))))
                .as("OkHttp's call timeout").isEqualTo(FailureType.TIMEOUT);
        assertThat(FailureType.of(new ApiCallException("GET x", new ConnectException("Connection refused"))))
                .isEqualTo(FailureType.CONNECTION);
        assertThat(FailureType.of(new ApiCallException("GET x", new IOException("unexpected end of stream"))))
                .isEqualTo(FailureType.CONNECTION);
    }

    @Test
    void aRequestRefusedByAnOpenCircuitIsACircuitFailure() {
        assertThat(FailureType.of(new ApiCallException("GET x",
                new CircuitOpenException("/pokemon/{id}", 5, 10, Duration.ofSeconds(20)))))
                .isEqualTo(FailureType.CIRCUIT_OPEN);
    }

    @Test
    void aBrokenContractIsAContractFailureAndAnyOtherAssertionAnAssertionFailure() {
        assertThat(FailureType.of(new ContractBrokenError("GET http://x/pokemon/25 breaks its contract in 2 field(s)")))
                .isEqualTo(FailureType.CONTRACT);
        assertThat(FailureType.of(new AssertionError("GET http://x/pokemon/25 breaks its contract in 2 field(s)")))
                .isEqualTo(FailureType.ASSERTION);
        assertThat(FailureType.of(new org.opentest4j.AssertionFailedError("Expecting [\"static\"] to contain \"x\"")))
                .isEqualTo(FailureType.ASSERTION);
        assertThat(FailureType.of(new AssertionError((Object) null))).isEqualTo(FailureType.ASSERTION);
    }

    @Test
    void aWrappedFailureIsKnownByItsCauseAndAnythingElseIsOther() {
        assertThat(FailureType.of(new IllegalStateException("step failed",
                new UnexpectedStatusException(MISSING, "a Pokemon document")))).isEqualTo(FailureType.STATUS);
        assertThat(FailureType.of(new IllegalStateException("The scenario has not fetched anything yet")))
                .isEqualTo(FailureType.OTHER);
        assertThat(FailureType.of(null)).isEqualTo(FailureType.OTHER);
    }

    @Test
    void labelsAreLowerCase() {
        assertThat(FailureType.values()).extracting(FailureType::label)
                .containsExactly("status", "contract", "assertion", "timeout", "connection", "circuit_open", "parse",
                        "other");
    }
}
