package io.pokeapi.suite.slo;

import java.time.Duration;
import java.util.List;

/**
 * What config/slo.yml says: the objectives, the period their error budgets cover, the series they count, the
 * windows whose error ratios are recorded, and the burn-rate alerts every objective gets.
 *
 * @param selector the label matchers that pick the requests counted, such as {@code job="test-runner"}
 * @param windows  the windows whose error ratios are recorded, each alert's among them
 */
public record SloConfig(Duration period, String selector, List<Duration> windows, List<Objective> objectives,
        List<BurnRateAlert> alerts) {
}
