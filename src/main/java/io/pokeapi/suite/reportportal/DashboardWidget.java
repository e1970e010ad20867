package io.pokeapi.suite.reportportal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ReportPortalNames;
import java.util.List;
import java.util.Map;

/**
 * One widget of the suite's dashboard: what it shows, whether over the suite's filter, and where it sits; and
 * the requests that create it and put it on the dashboard, in service-api's shapes.
 *
 * @param name          its name, made of the launch name
 * @param type          service-api's widget type
 * @param contentFields the statistics it shows
 * @param options       its widget options
 * @param filtered      whether it shows the launches of the suite's filter (else those named in its options)
 * @param x             its column on the dashboard
 * @param y             its row on the dashboard
 */
record DashboardWidget(String name, String type, List<String> contentFields, Map<String, Object> options,
        boolean filtered, int x, int y) {

    /** The launches a widget looks back over: between 2 and 100 for the test-case tables, as service-api asks. */
    private static final int HISTORY = 50;
    private static final int WIDTH = 6;
    private static final int HEIGHT = 7;
    private static final List<String> EXECUTIONS = List.of("statistics$executions$total",
            "statistics$executions$passed", "statistics$executions$failed", "statistics$executions$skipped");

    /** The dashboard's widgets over the launches named {@code names.launch()}. */
    static List<DashboardWidget> of(ReportPortalNames names) {
        String launch = names.launch();
        return List.of(
                new DashboardWidget(names.widget(ReportPortalNames.STATISTICS_TREND), "statisticTrend", EXECUTIONS,
                        Map.of("timeline", "launch", "viewMode", "bar", "zoom", false), true, 0, 0),
                new DashboardWidget(names.widget(ReportPortalNames.MOST_FAILED), "topTestCases",
                        List.of("statistics$executions$failed"),
                        Map.of("launchNameFilter", launch, "includeMethods", false), false, WIDTH, 0),
                new DashboardWidget(names.widget(ReportPortalNames.FLAKY), "flakyTestCases", List.of(),
                        Map.of("launchNameFilter", launch, "includeMethods", false), false, 0, HEIGHT),
                new DashboardWidget(names.widget(ReportPortalNames.DURATIONS), "launchesDurationChart",
                        List.of("startTime", "endTime", "name", "number", "status"), Map.of("latest", false), true,
                        WIDTH, HEIGHT));
    }

    /** {@code POST /widget}: the widget, over the filter {@code filter} when it is {@link #filtered}. */
    JsonObject createRequest(long filter) {
        JsonObject widgetOptions = new JsonObject();
        options.forEach((key, value) -> {
            if (value instanceof Boolean flag) {
                widgetOptions.addProperty(key, flag);
            } else {
                widgetOptions.addProperty(key, value.toString());
            }
        });
        JsonArray fields = new JsonArray();
        contentFields.forEach(fields::add);
        JsonObject content = new JsonObject();
        content.add("contentFields", fields);
        content.addProperty("itemsCount", HISTORY);
        content.add("widgetOptions", widgetOptions);
        JsonArray filters = new JsonArray();
        if (filtered) {
            filters.add(filter);
        }
        JsonObject request = new JsonObject();
        request.addProperty("name", name);
        request.addProperty("widgetType", type);
        request.addProperty("share", false);
        request.add("contentParameters", content);
        request.add("filterIds", filters);
        return request;
    }

    /** {@code PUT /dashboard/{id}/add}: the widget of id {@code id} in its place. */
    JsonObject addRequest(long id) {
        JsonObject size = new JsonObject();
        size.addProperty("width", WIDTH);
        size.addProperty("height", HEIGHT);
        JsonObject position = new JsonObject();
        position.addProperty("positionX", x);
        position.addProperty("positionY", y);
        JsonObject placed = new JsonObject();
        placed.addProperty("widgetId", id);
        placed.addProperty("widgetName", name);
        placed.addProperty("widgetType", type);
        placed.add("widgetSize", size);
        placed.add("widgetPosition", position);
        placed.addProperty("share", false);
        JsonObject request = new JsonObject();
        request.add("addWidget", placed);
        return request;
    }
}
