package io.pokeapi.suite.slo;

import java.util.Locale;

/**
 * What an objective counts as a good request, among the requests the suite sends: one of the two the suite's
 * metrics can tell apart per endpoint.
 */
public enum Indicator {

    /** Answered without a server error (5xx) or a timeout: with any other status, a 4xx included. */
    AVAILABILITY("answered without a server error or a timeout"),
    /** Answered, body included, within a threshold that is a bucket of the request duration histogram. */
    LATENCY("answered within");

    /** What a good request is, in words, completed by a latency threshold. */
    private final String good;

    Indicator(String good) {
        this.good = good;
    }

    /** How slo.yml names it: {@code availability}, {@code latency}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String good() {
        return good;
    }
}
