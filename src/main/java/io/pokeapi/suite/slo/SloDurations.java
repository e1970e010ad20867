package io.pokeapi.suite.slo;

import io.pokeapi.suite.config.DurationSyntax;
import java.time.Duration;

/**
 * Durations as slo.yml and Prometheus both write them, {@code 5m}, {@code 3d}, {@code 500ms}: the suite's own
 * duration syntax, whose units Prometheus reads too.
 */
final class SloDurations {

    private static final DurationSyntax SYNTAX = DurationSyntax.between("1ms", "3650d");

    private SloDurations() {
    }

    /** @throws IllegalArgumentException saying what a duration looks like */
    static Duration parse(String text) {
        return SYNTAX.parse(text);
    }

    /** In the largest unit that writes it whole: {@code 72m}, {@code 5s}, {@code 2500ms}. */
    static String format(Duration duration) {
        return SYNTAX.format(duration);
    }
}
