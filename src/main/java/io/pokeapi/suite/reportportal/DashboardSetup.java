package io.pokeapi.suite.reportportal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ReportPortalNames;
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
 * named REPORTPORTAL_LAUNCH. Idempotent: the filter, the dashboard and each widget are found by name, and
 * only what is missing is created. ReportPortal allows several widgets of one name, so a widget that an
 * earlier call created but did not put on the dashboard (it stopped in between) is found and put there
 * rather than made again.
 */
public final class DashboardSetup {

    private final ReportPortalSettings settings;
    private final ReportPortalNames names;
    private final ReportPortalApi api;
    private final WidgetSearch widgets;
    private final PrintStream out;

    public DashboardSetup(ReportPortalSettings settings, PrintStream out) {
        this.settings = settings;
        this.names = new ReportPortalNames(settings.launchName());
        this.api = new ReportPortalApi(settings);
        this.widgets = new WidgetSearch(api);
        this.out = out;
    }

    /**
     * Creates what is missing and says what it did; returns what it changed: {@code filter 'name'},
     * {@code dashboard 'name'}, {@code widget 'name'} for what it created and {@code widget 'name' (put back)}
     * for a widget it found off the dashboard.
     */
    public List<String> apply() {
        List<String> created = new ArrayList<>();
        List<String> putBack = new ArrayList<>();
        boolean complete = false;
        try {
            long filter = find("filter", names.filter()).map(DashboardSetup::id).orElseGet(() -> {
                long id = id(api.post("filter", filter()));
                created.add("filter '" + names.filter() + "'");
                return id;
            });
            Optional<JsonObject> existing = find("dashboard", names.dashboard());
            long dashboard = existing.map(DashboardSetup::id).orElseGet(() -> {
                long id = id(api.post("dashboard", dashboard()));
                created.add("dashboard '" + names.dashboard() + "'");
                return id;
            });
            Set<String> shown = existing.map(DashboardSetup::widgetNames).orElseGet(Set::of);
            for (DashboardWidget widget : DashboardWidget.of(names)) {
                if (!shown.contains(widget.name())) {
                    show(widget, filter, dashboard, created, putBack);
                }
            }
            complete = true;
        } finally {
            // Also when a request failed: what was made stays made, and the next call builds on it.
            report(created, putBack, complete);
        }
        List<String> changed = new ArrayList<>(created);
        putBack.forEach(widget -> changed.add(widget + " (put back)"));
        return changed;
    }

    /** Puts the widget on the dashboard: the one of its name the project has, else a new one. */
    private void show(DashboardWidget widget, long filter, long dashboard, List<String> created,
            List<String> putBack) {
        Optional<Long> earlier = widgets.lowestId(widget.name());
        long id = earlier.orElseGet(() -> {
            long made = id(api.post("widget", widget.createRequest(filter)));
            created.add("widget '" + widget.name() + "'");
            return made;
        });
        api.put("dashboard/" + dashboard + "/add", widget.addRequest(id));
        if (earlier.isPresent()) {
            putBack.add("widget '" + widget.name() + "'");
        }
    }

    private void report(List<String> created, List<String> putBack, boolean complete) {
        if (!created.isEmpty()) {
            out.println("Created in " + settings.describe() + ": " + String.join(", ", created) + ".");
        }
        if (!putBack.isEmpty()) {
            out.println("Put back on the dashboard '" + names.dashboard() + "' what the project already had of it: "
                    + String.join(", ", putBack) + ".");
        }
        if (complete && created.isEmpty() && putBack.isEmpty()) {
            out.println("The dashboard '" + names.dashboard() + "' in " + settings.describe()
                    + " is complete: nothing to create.");
        }
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

    private static long id(JsonElement entity) {
        return entity.getAsJsonObject().get("id").getAsLong();
    }

    private static Set<String> widgetNames(JsonObject dashboard) {
        Set<String> shown = new HashSet<>();
        if (dashboard.has("widgets")) {
            dashboard.getAsJsonArray("widgets").forEach(widget -> {
                JsonObject placed = widget.getAsJsonObject();
                if (placed.has("widgetName")) {
                    shown.add(placed.get("widgetName").getAsString());
                }
            });
        }
        return shown;
    }

    private JsonObject dashboard() {
        JsonObject request = new JsonObject();
        request.addProperty("name", names.dashboard());
        request.addProperty("description", "Launches named " + names.launch() + ": statistics, failures, flaky "
                + "scenarios and durations");
        request.addProperty("share", false);
        return request;
    }

    private JsonObject filter() {
        JsonObject condition = new JsonObject();
        condition.addProperty("filteringField", "name");
        condition.addProperty("condition", "eq");
        condition.addProperty("value", names.launch());
        JsonObject order = new JsonObject();
        order.addProperty("sortingColumn", "startTime");
        order.addProperty("isAsc", false);
        JsonObject filter = new JsonObject();
        filter.addProperty("name", names.filter());
        filter.addProperty("type", "launch");
        filter.addProperty("description", "Launches of the PokéAPI suite named " + names.launch());
        filter.addProperty("share", false);
        filter.add("conditions", array(condition));
        filter.add("orders", array(order));
        return filter;
    }

    private static JsonArray array(JsonObject element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }
}
