package io.pokeapi.suite.resilience;

import java.io.IOException;
import java.time.Duration;

/** A request refused at once because its endpoint's circuit is open. */
public final class CircuitOpenException extends IOException {

    public CircuitOpenException(String endpoint, long failures, int requests, Duration probeIn) {
        super("circuit open for " + endpoint + ": " + failures + " of its last " + requests + " requests failed, "
                + "so its requests fail at once until a probe in " + Math.max(1, probeIn.toSeconds()) + " s");
    }

    /** A request refused while the circuit's probe is under way. */
    public CircuitOpenException(String endpoint) {
        super("circuit half-open for " + endpoint + ": a probe request is deciding whether it closes");
    }
}
