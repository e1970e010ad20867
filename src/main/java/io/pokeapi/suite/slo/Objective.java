package io.pokeapi.suite.slo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * One service level objective: the share of requests to each endpoint that must be good over the period.
 *
 * @param name      its name in slo.yml, the {@code slo} label of its series and part of its alerts' names
 * @param target    the share of good requests, such as 0.995 for 99.5%
 * @param threshold the latency a good request stays within, for {@link Indicator#LATENCY} only
 */
public record Objective(String name, Indicator indicator, BigDecimal target, Optional<Duration> threshold) {

    /** The share of requests that may be bad: 1 - target. */
    public BigDecimal errorBudget() {
        return BigDecimal.ONE.subtract(target);
    }

    /** The objective in words: {@code 99.5% of requests answered without a server error or a timeout}. */
    public String describe() {
        String good = indicator.good() + threshold.map(limit -> " " + SloDurations.format(limit)).orElse("");
        return percent(target) + " of requests " + good;
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
