package io.pokeapi.suite.slo;

import java.time.Duration;

/**
 * How much shorter the rules' windows are than slo.yml says: {@link #REAL} for the committed rules, and, for tests
 * only, a factor that lets an alert of one hour's window fire within a minute against a real Prometheus. Names,
 * thresholds and labels stay those of the real rules; only the ranges shrink.
 */
public record TimeScale(int factor) {

    /** The windows as slo.yml writes them. */
    public static final TimeScale REAL = new TimeScale(1);

    public TimeScale {
        if (factor < 1) {
            throw new IllegalArgumentException("a time scale shortens windows by a factor of 1 or more, not " + factor);
        }
    }

    /** Windows {@code factor} times shorter: 1h becomes 1m at 60. */
    public static TimeScale shorterBy(int factor) {
        return new TimeScale(factor);
    }

    Duration apply(Duration window) {
        return window.dividedBy(factor);
    }

    boolean isReal() {
        return factor == 1;
    }
}
