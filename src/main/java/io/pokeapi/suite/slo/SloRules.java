package io.pokeapi.suite.slo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Prometheus rules of the objectives, one group each: the objective itself, the endpoints' error ratios over
 * each window and over the period, and the objective's burn-rate alerts, which read those ratios.
 */
public final class SloRules {

    /** An objective's error ratio by endpoint, named by its window: {@code …ratio_rate5m}, {@code …ratio_rate30d}. */
    public static final String ERROR_RATIO = "endpoint:pokeapi_suite_slo_errors:ratio_rate";
    /** The objective's target, such as 0.995, labelled with the objective's name. */
    public static final String OBJECTIVE = "slo:pokeapi_suite_objective:ratio";
    /** The label naming the objective a series or an alert is about. */
    public static final String SLO_LABEL = "slo";

    private static final String ALERT_PREFIX = "PokeApi";

    private SloRules() {
    }

    /** The rule file's content: its groups, as plain maps and lists in the order they are written. */
    static Map<String, Object> of(SloConfig config, TimeScale scale) {
        List<Object> groups = config.objectives().stream()
                .map(objective -> (Object) group(config, objective, scale)).toList();
        return Map.of("groups", groups);
    }

    /** The name of an objective's alert: {@code PokeApiAvailabilityFastBurn}. */
    public static String alertName(Objective objective, BurnRateAlert alert) {
        String camel = List.of(objective.name().split("_")).stream()
                .map(word -> word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
        return ALERT_PREFIX + camel + alert.name();
    }

    private static Map<String, Object> group(SloConfig config, Objective objective, TimeScale scale) {
        List<Object> rules = new ArrayList<>();
        rules.add(recording(OBJECTIVE, "vector(" + objective.target().toPlainString() + ")", objective));
        TreeSet<Duration> windows = new TreeSet<>(config.windows());
        windows.add(config.period());
        for (Duration window : windows) {
            rules.add(recording(ERROR_RATIO + SloDurations.format(window),
                    ErrorRatios.of(objective, config.selector(), scale.apply(window)), objective));
        }
        config.alerts().forEach(alert -> rules.add(alert(config, objective, alert)));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", "pokeapi-suite-slo-" + objective.name().replace('_', '-'));
        group.put("rules", rules);
        return group;
    }

    private static Map<String, Object> recording(String name, String expr, Objective objective) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("record", name);
        rule.put("expr", expr);
        rule.put("labels", Map.of(SLO_LABEL, objective.name()));
        return rule;
    }

    /** Fires while any of its windows burns: over both its long and its short window, faster than its burn rate. */
    private static Map<String, Object> alert(SloConfig config, Objective objective, BurnRateAlert alert) {
        String budget = objective.errorBudget().toPlainString();
        List<String> conditions = new ArrayList<>();
        for (BurnRateAlert.Window window : alert.windows()) {
            String over = " > (" + window.burnRate().toPlainString() + " * " + budget + ")";
            conditions.add("""
                    (
                        %s%s
                      and
                        %s%s
                    )""".formatted(ratio(objective, window.longWindow()), over,
                    ratio(objective, window.shortWindow()), over));
        }
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("alert", alertName(objective, alert));
        rule.put("expr", String.join("\nor\n", conditions));
        rule.put("labels", alert.labels());
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", "Requests to {{ $labels.endpoint }} burn the " + objective.name()
                + " error budget faster than " + paces(alert, " over "));
        String period = SloDurations.format(config.period());
        annotations.put("description", "Requests to {{ $labels.endpoint }} are spending the error budget of "
                + objective.name() + " (" + objective.describe() + " over " + period + ") faster than "
                + paces(alert, " over both ") + ", where 1x spends it in exactly " + period
                + "; at that pace the budget is gone within "
                + SloDurations.format(alert.budgetLastsAtMost(config.period()))
                + ". The dashboard's Service level objectives row shows the burn rate and the budget left.");
        rule.put("annotations", annotations);
        return rule;
    }

    private static String ratio(Objective objective, Duration window) {
        return ERROR_RATIO + SloDurations.format(window) + "{" + SLO_LABEL + "=\"" + objective.name() + "\"}";
    }

    /** {@code 14.4x over 1h and 5m or 6x over 6h and 30m}. */
    private static String paces(BurnRateAlert alert, String over) {
        return alert.windows().stream().map(window -> window.burnRate().toPlainString() + "x" + over
                + SloDurations.format(window.longWindow()) + " and " + SloDurations.format(window.shortWindow()))
                .collect(Collectors.joining(" or "));
    }
}
