package io.pokeapi.suite.reportportal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ReportPortalSettings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suite's dashboard in ReportPortal, made through its REST API: the trend of the launches'
 * statistics, the most failed and the flaky scenarios, and the launches' durations, over the launches
 * named REPORTPORTAL_LAUNCH. Idempotent: the filter, the dashboard and each widget are found by name,
 * and only what is missing is created.
 */
public final class DashboardSetup {

    private static final int HISTORY = 50;
    private static final List<String> EXECUTIONS = List.of("statistics$executions$total",
            "statistics$executions$passed", "statistics$executions$failed", "statistics$executions$skipped");

    /** One widget of the dashboard: what it shows, whether over the filter, and where it sits. */
    private record Widget(String title, String type, List<String> contentFields, Map<String, Object> options,
            boolean filtered, int x, int y) {
    }

    private final ReportPortalSettings settings;
    private final ReportPortalApi api;
    private final PrintStream out;

    public DashboardSetup(ReportPortalSettings settings, PrintStream out) {
        this.settings = settings;
        this.api = new ReportPortalApi(settings);
        this.out = out;
    }

    private String launch() {
        return settings.launchName();
    }

    public String dashboardName() {
        return "PokéAPI suite: " + launch();
    }

    private List<Widget> widgets() {
        String launch = launch();
        return List.of(
                new Widget("launch statistics trend", "statisticTrend", EXECUTIONS,
                        Map.of("timeline", "launch", "viewMode", "bar", "zoom", false), true, 0, 0),
                new Widget("most failed scenarios", "topTestCases", List.of("statistics$executions$failed"),
                        Map.of("launchNameFilter", launch, "includeMethods", false), false, 6, 0),
                new Widget("flaky scenarios", "flakyTestCases", List.of(),
                        Map.of("launchNameFilter", launch, "includeMethods", false), false, 0, 7),
                new Widget("launch durations", "launchesDurationChart",
                        List.of("startTime", "endTime", "name", "number", "status"), Map.of("latest", false), true, 6, 7));
    }

    /** Creates what is missing and says what it did; returns the names of what it created. */
    public List<String> apply() {
        List<String> created = new ArrayList<>();
        String filterName = launch() + " launches";
        long filter = find("filter", filterName).map(found -> found.get("id").getAsLong()).orElseGet(() -> {
            created.add("filter '" + filterName + "'");
            return api.post("filter", filter(filterName)).getAsJsonObject().get("id").getAsLong();
        });
        Optional<JsonObject> existing = find("dashboard", dashboardName());
        long dashboard = existing.map(found -> found.get("id").getAsLong()).orElseGet(() -> {
            created.add("dashboard '" + dashboardName() + "'");
            JsonObject request = new JsonObject();
            request.addProperty("name", dashboardName());
            request.addProperty("description", "Launches named " + launch() + ": statistics, failures, flaky "
                    + "scenarios and durations");
            request.addProperty("share", false);
            return api.post("dashboard", request).getAsJsonObject().get("id").getAsLong();
        });
        Set<String> present = existing.map(DashboardSetup::widgetNames).orElseGet(Set::of);
        for (Widget widget : widgets()) {
            String name = launch() + ": " + widget.title();
            if (present.contains(name)) {
                continue;
            }
            long id = api.post("widget", widget(name, widget, filter)).getAsJsonObject().get("id").getAsLong();
            api.put("dashboard/" + dashboard + "/add", placement(id, name, widget));
            created.add("widget '" + name + "'");
        }
        if (created.isEmpty()) {
            out.println("The dashboard '" + dashboardName() + "' in " + settings.describe()
                    + " is complete: nothing to create.");
        } else {
            out.println("Created in " + settings.describe() + ": " + String.join(", ", created) + ".");
        }
        return created;
    }

    private Optional<JsonObject> find(String kind, String name) {
        JsonElement page = api.get(kind, Map.of("filter.eq.name", name));
        if (page.isJsonObject() && page.getAsJsonObject().has("content")) {
            for (JsonElement entity : page.getAsJsonObject().getAsJsonArray("content")) {
                if (name.equals(entity.getAsJsonObject().get("name").getAsString())) {
                    return Optional.of(entity.getAsJsonObject());
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> widgetNames(JsonObject dashboard) {
        Set<String> names = new HashSet<>();
        if (dashboard.has("widgets")) {
            dashboard.getAsJsonArray("widgets").forEach(widget -> {
                JsonObject placed = widget.getAsJsonObject();
                if (placed.has("widgetName")) {
                    names.add(placed.get("widgetName").getAsString());
                }
            });
        }
        return names;
    }

    private JsonObject filter(String name) {
        JsonObject condition = new JsonObject();
        condition.addProperty("filteringField", "name");
        condition.addProperty("condition", "eq");
        condition.addProperty("value", launch());
        JsonObject order = new JsonObject();
        order.addProperty("sortingColumn", "startTime");
        order.addProperty("isAsc", false);
        JsonObject filter = new JsonObject();
        filter.addProperty("name", name);
        filter.addProperty("type", "launch");
        filter.addProperty("description", "Launches of the PokéAPI suite named " + launch());
        filter.addProperty("share", false);
        filter.add("conditions", array(condition));
        filter.add("orders", array(order));
        return filter;
    }

    private static JsonObject widget(String name, Widget widget, long filter) {
        JsonObject options = new JsonObject();
        widget.options().forEach((key, value) -> {
            if (value instanceof Boolean flag) {
                options.addProperty(key, flag);
            } else {
                options.addProperty(key, value.toString());
            }
        });
        JsonArray fields = new JsonArray();
        widget.contentFields().forEach(fields::add);
        JsonObject content = new JsonObject();
        content.add("contentFields", fields);
        content.addProperty("itemsCount", HISTORY);
        content.add("widgetOptions", options);
        JsonArray filters = new JsonArray();
        if (widget.filtered()) {
            filters.add(filter);
        }
        JsonObject request = new JsonObject();
        request.addProperty("name", name);
        request.addProperty("widgetType", widget.type());
        request.addProperty("share", false);
        request.add("contentParameters", content);
        request.add("filterIds", filters);
        return request;
    }

    private static JsonObject placement(long id, String name, Widget widget) {
        JsonObject size = new JsonObject();
        size.addProperty("width", 6);
        size.addProperty("height", 7);
        JsonObject position = new JsonObject();
        position.addProperty("positionX", widget.x());
        position.addProperty("positionY", widget.y());
        JsonObject placed = new JsonObject();
        placed.addProperty("widgetId", id);
        placed.addProperty("widgetName", name);
        placed.addProperty("widgetType", widget.type());
        placed.add("widgetSize", size);
        placed.add("widgetPosition", position);
        placed.addProperty("share", false);
        JsonObject request = new JsonObject();
        request.add("addWidget", placed);
        return request;
    }

    private static JsonArray array(JsonObject element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }
}
