package io.pokeapi.suite.slo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A multiwindow, multi-burn-rate alert, as the Google SRE workbook's "Alerting on SLOs" builds them: it fires for
 * an endpoint while, for any of its windows, the error budget is spent faster than that window's burn rate over
 * both its long and its short window. The long window makes it ignore a short blip, the short one lets it stop
 * soon after the burn does. Each objective gets one of each alert.
 *
 * @param name   the end of the alert's name, after {@code PokeApi} and the objective's name
 * @param labels labels the alert carries, such as its severity
 */
public record BurnRateAlert(String name, Map<String, String> labels, List<Window> windows) {

    /**
     * Over both windows, bad requests are more than {@code burnRate} times the share the objective allows: at
     * that pace a whole period's budget lasts the period divided by the burn rate.
     */
    public record Window(BigDecimal burnRate, Duration longWindow, Duration shortWindow) {
    }

    /** The longest a period's budget lasts at the slowest burn this alert fires for. */
    Duration budgetLastsAtMost(Duration period) {
        BigDecimal slowest = windows.stream().map(Window::burnRate).min(BigDecimal::compareTo).orElseThrow();
        return Duration.ofMillis(new BigDecimal(period.toMillis()).divide(slowest, 0, RoundingMode.DOWN)
                .longValueExact());
    }
}
