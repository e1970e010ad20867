package io.pokeapi.suite.observability;

import io.pokeapi.suite.client.ApiCallException;
import io.pokeapi.suite.client.MalformedResponseException;
import io.pokeapi.suite.client.UnexpectedStatusException;
import io.pokeapi.suite.contract.ContractBrokenError;
import io.pokeapi.suite.resilience.CircuitOpenException;
import java.io.InterruptedIOException;
import java.util.Locale;

/** What kind of failure made a step fail, from its exception. */
public enum FailureType {
    /** The API answered a status the scenario did not expect. */
    STATUS,
    /** Documents break their field-and-type contract or their published schema. */
    CONTRACT,
    /** Any other assertion of a step. */
    ASSERTION,
    /** A request timed out: connecting, reading, or the whole call. */
    TIMEOUT,
    /** A request got no response otherwise: refused, reset, unknown host. */
    CONNECTION,
    /** A request was refused at once because its endpoint's circuit is open. */
    CIRCUIT_OPEN,
    /** A response body is not the JSON it should be. */
    PARSE,
    /** Anything else, such as a defect of a step. */
    OTHER;

    /** The failure type of {@code error}, or of the first of its causes the suite recognises. */
    public static FailureType of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            FailureType type = direct(cause);
            if (type != OTHER) {
                return type;
            }
        }
        return OTHER;
    }

    private static FailureType direct(Throwable error) {
        if (error instanceof UnexpectedStatusException) {
            return STATUS;
        }
        if (error instanceof MalformedResponseException) {
            return PARSE;
        }
        if (error instanceof ApiCallException) {
            Throwable cause = error.getCause();
            return cause instanceof CircuitOpenException ? CIRCUIT_OPEN
                    : cause instanceof InterruptedIOException ? TIMEOUT : CONNECTION;
        }
        if (error instanceof ContractBrokenError) {
            return CONTRACT;
        }
        if (error instanceof AssertionError) {
            return ASSERTION;
        }
        return OTHER;
    }

    /** The value of the {@code failure_type} label: {@code status}, {@code contract}… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
