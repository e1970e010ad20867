package io.pokeapi.suite.slo;

import io.pokeapi.suite.observability.SuiteMetrics;
import io.prometheus.client.Collector;
import java.time.Duration;

/**
 * The PromQL of an objective's error ratio per endpoint over a window: bad requests over all requests, where a
 * request is each attempt the client sends, each retry one of its own.
 */
final class ErrorRatios {

    /** A server error, or no answer at all: a timeout or a connection that failed. */
    private static final String BAD_STATUS = "5..|" + SuiteMetrics.NONE;

    private ErrorRatios() {
    }

    static String of(Objective objective, String selector, Duration range) {
        String over = SloDurations.format(range);
        return switch (objective.indicator()) {
            case AVAILABILITY -> availability(selector, over);
            case LATENCY -> latency(selector, over, objective.threshold().orElseThrow());
        };
    }

    /**
     * The requests answered 5xx or not at all, over all of them. A status's series appears with its first request,
     * so without a server error yet the ratio is 0 rather than missing.
     */
    private static String availability(String selector, String over) {
        String all = sum("rate(" + SuiteMetrics.REQUESTS + "{" + selector + "}[" + over + "])");
        String bad = sum("rate(" + SuiteMetrics.REQUESTS + "{" + selector + ", status=~\"" + BAD_STATUS + "\"}["
                + over + "])");
        return """
                (
                    %s
                  or
                    0 * %s
                )
                /
                %s""".formatted(bad, all, all);
    }

    /** The requests slower than the threshold, a bucket's bound, over all of them: the count less that bucket's. */
    private static String latency(String selector, String over, Duration threshold) {
        String count = "rate(" + SuiteMetrics.REQUEST_DURATION + "_count{" + selector + "}[" + over + "])";
        String within = "rate(" + SuiteMetrics.REQUEST_DURATION + "_bucket{" + selector + ", le=\""
                + Collector.doubleToGoString(threshold.toMillis() / 1000.0) + "\"}[" + over + "])";
        return """
                sum by (endpoint) (
                    %s
                  - ignoring (le)
                    %s
                )
                /
                %s""".formatted(count, within, sum(count));
    }

    private static String sum(String expression) {
        return "sum by (endpoint) (" + expression + ")";
    }
}
