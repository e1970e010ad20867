package io.pokeapi.suite.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The names the suite gives its launch and its dashboard's filter, widgets and dashboard in ReportPortal, all
 * made of the launch name. ReportPortal's service-api takes names of 3 to 128 characters for filters, widgets
 * and dashboards; the launch name is held to the same, so that every one of them fits.
 *
 * @param launch the launch name, REPORTPORTAL_LAUNCH
 */
public record ReportPortalNames(String launch) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 128;

    public static final String STATISTICS_TREND = "launch statistics trend";
    public static final String MOST_FAILED = "most failed scenarios";
    public static final String FLAKY = "flaky scenarios";
    public static final String DURATIONS = "launch durations";
    private static final List<String> WIDGET_TITLES = List.of(STATISTICS_TREND, MOST_FAILED, FLAKY, DURATIONS);

    /** The filter of the launches named {@link #launch}. */
    public String filter() {
        return launch + " launches";
    }

    public String dashboard() {
        return "PokéAPI suite: " + launch;
    }

    /** The widget showing {@code title}, one of the titles above. */
    public String widget(String title) {
        return launch + ": " + title;
    }

    /** The launch's name, then the filter's, the dashboard's and the widgets'. */
    public List<String> all() {
        List<String> names = new ArrayList<>(List.of(launch, filter(), dashboard()));
        WIDGET_TITLES.forEach(title -> names.add(widget(title)));
        return names;
    }

    /** The widgets' names, in the dashboard's order. */
    public List<String> widgets() {
        return WIDGET_TITLES.stream().map(this::widget).toList();
    }

    /** The longest launch name whose names all fit ReportPortal's {@link #MAX_LENGTH}. */
    public static int longestLaunch() {
        String launch = "x".repeat(MIN_LENGTH);
        int longest = new ReportPortalNames(launch).all().stream().mapToInt(String::length).max().orElseThrow();
        return MAX_LENGTH - (longest - launch.length());
    }

    /**
     * REPORTPORTAL_LAUNCH's syntax: a {@link ValueSyntax#name() name} all of whose names fit ReportPortal's lengths.
     * The lengths are checked first, so that a name too long says which of its names breaks the limit.
     */
    static Syntax<String> launchSyntax() {
        Syntax<String> name = ValueSyntax.name();
        return Syntax.of(text -> name.parse(fitting(text)), Function.identity());
    }

    /** @throws IllegalArgumentException naming the limit and the name that breaks it */
    private static String fitting(String launch) {
        String longest = new ReportPortalNames(launch).all().stream().max(Comparator.comparingInt(String::length))
                .orElseThrow();
        String limit = "ReportPortal takes names of " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
        if (launch.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(limit + ", and the launch name has " + launch.length());
        }
        if (longest.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(limit + ", and the longest made of this one, '" + longest + "', has "
                    + longest.length() + ": keep REPORTPORTAL_LAUNCH to " + longestLaunch() + " characters");
        }
        return launch;
    }
}
