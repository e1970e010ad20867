package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeBeanValidation.MAX_DESCRIPTION_LENGTH;
import static io.pokeapi.suite.reportportal.FakeBeanValidation.MAX_NAME_LENGTH;
import static io.pokeapi.suite.reportportal.FakeBeanValidation.MIN_NAME_LENGTH;
import static io.pokeapi.suite.reportportal.FakeExchange.json;
import static io.pokeapi.suite.reportportal.FakeExchange.message;
import static io.pokeapi.suite.reportportal.FakeExchange.query;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import io.pokeapi.suite.reportportal.FakeQuery.Refused;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fake's dashboard API: the filters, widgets and dashboards it is given, by id, each refused or taken by
 * the rules of service-api 5.12 to 5.15 ({@link FakeFilterRules}, {@link FakeWidgetRules} and those of
 * dashboards here), with its answers. Filters and dashboards have names unique in the project; widgets do not.
 */
final class FakeDashboards {

    /** The project's id and the user the fake's token belongs to, as service-api's messages name them. */
    static final long PROJECT_ID = 1;
    static final String USER = "default";

    private static final String API = "/api/v1/" + FakeReportPortal.PROJECT;
    private static final Pattern ADD_WIDGET = Pattern.compile(API + "/dashboard/(\\d+)/add");
    private static final int PAGE_SIZE = 20;
    /** The criteria of service-api's FilterTarget for filters and dashboards, and for widgets. */
    private static final FakeQuery OWNED = new FakeQuery(Map.of("id", Long.class, "name", String.class,
            "owner", String.class));
    private static final FakeQuery WIDGETS = new FakeQuery(Map.of("id", Long.class, "name", String.class,
            "description", String.class, "owner", String.class));

    private final Map<Long, JsonObject> filters = new LinkedHashMap<>();
    private final Map<Long, JsonObject> widgets = new LinkedHashMap<>();
    private final Map<Long, JsonObject> dashboards = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private int failingAdds;

    /** The answer to a request about filters, widgets or dashboards, or empty when it is not one. */
    synchronized Optional<Answer> answer(String method, String path, HttpExchange exchange) throws IOException {
        Matcher matcher;
        Answer answer = null;
        if (method.equals("GET") && path.equals(API + "/filter")) {
            answer = page(filters, OWNED, query(exchange), entity -> entity);
        } else if (method.equals("POST") && path.equals(API + "/filter")) {
            answer = createFilter(json(exchange));
        } else if (method.equals("GET") && path.equals(API + "/widget/names/all")) {
            answer = page(widgets, WIDGETS, query(exchange), entity -> entity.get("name"));
        } else if (method.equals("POST") && path.equals(API + "/widget")) {
            JsonObject widget = json(exchange);
            answer = FakeWidgetRules.refusal(widget, filters.keySet()).orElseGet(() -> create(widgets, widget));
        } else if (method.equals("GET") && path.equals(API + "/dashboard")) {
            answer = page(dashboards, OWNED, query(exchange), entity -> entity);
        } else if (method.equals("POST") && path.equals(API + "/dashboard")) {
            answer = createDashboard(json(exchange));
        } else if (method.equals("PUT") && (matcher = ADD_WIDGET.matcher(path)).matches()) {
            answer = addWidget(Long.parseLong(matcher.group(1)), json(exchange));
        }
        return Optional.ofNullable(answer);
    }

    /** The next {@code count} requests to add a widget to a dashboard fail, as when service-api loses its database. */
    synchronized void failWidgetAdds(int count) {
        failingAdds = count;
    }

    synchronized Map<Long, JsonObject> dashboards() {
        return Map.copyOf(dashboards);
    }

    synchronized Map<Long, JsonObject> widgets() {
        return Map.copyOf(widgets);
    }

    synchronized Map<Long, JsonObject> filters() {
        return Map.copyOf(filters);
    }

    private Answer createFilter(JsonObject filter) {
        Optional<Answer> refused = FakeFilterRules.refusal(filter);
        if (refused.isPresent()) {
            return refused.get();
        }
        String name = filter.get("name").getAsString();
        if (named(filters, name)) {
            return ServiceApiError.USER_FILTER_ALREADY_EXISTS.answer(name, USER, FakeReportPortal.PROJECT);
        }
        return create(filters, filter);
    }

    private Answer createDashboard(JsonObject dashboard) {
        Optional<Answer> refused = new FakeBeanValidation(dashboard)
                .notBlankWithSize("name", MIN_NAME_LENGTH, MAX_NAME_LENGTH)
                .textAtMost("description", MAX_DESCRIPTION_LENGTH)
                .refusal();
        if (refused.isPresent()) {
            return refused.get();
        }
        String name = dashboard.get("name").getAsString();
        if (named(dashboards, name)) {
            return ServiceApiError.RESOURCE_ALREADY_EXISTS.answer(name);
        }
        dashboard.add("widgets", new JsonArray());
        return create(dashboards, dashboard);
    }

    private Answer addWidget(long dashboardId, JsonObject request) {
        Optional<Answer> refused = new FakeBeanValidation(request).notNull("addWidget").refusal();
        if (refused.isEmpty()) {
            refused = new FakeBeanValidation(request.getAsJsonObject("addWidget"), Map.of("widgetId",
                    "addWidget.widgetId")).notNull("widgetId").refusal();
        }
        if (refused.isPresent()) {
            return refused.get();
        }
        JsonObject added = request.getAsJsonObject("addWidget");
        long widgetId = added.get("widgetId").getAsLong();
        JsonObject dashboard = dashboards.get(dashboardId);
        if (dashboard == null) {
            return ServiceApiError.DASHBOARD_NOT_FOUND_IN_PROJECT.answer(dashboardId, FakeReportPortal.PROJECT);
        }
        JsonArray shown = dashboard.getAsJsonArray("widgets");
        String name = added.has("widgetName") ? added.get("widgetName").getAsString() : null;
        if (stream(shown).anyMatch(placed -> placed.get("widgetName").getAsString().equals(name))) {
            return ServiceApiError.DASHBOARD_UPDATE_ERROR.answer("Widget with name = '" + name + "' is already added "
                    + "to the dashboard with name = '" + dashboard.get("name").getAsString() + "'");
        }
        if (stream(shown).anyMatch(placed -> placed.get("widgetId").getAsLong() == widgetId)) {
            return ServiceApiError.DASHBOARD_UPDATE_ERROR.answer("Widget with ID = '" + widgetId + "' is already added "
                    + "to the dashboard with ID = '" + dashboardId + "'");
        }
        JsonObject widget = widgets.get(widgetId);
        if (widget == null) {
            return ServiceApiError.WIDGET_NOT_FOUND_IN_PROJECT.answer(widgetId, FakeReportPortal.PROJECT);
        }
        if (failingAdds > 0) {
            failingAdds--;
            return ServiceApiError.unclassified("could not execute statement; the database connection was closed");
        }
        shown.add(placement(widget, added));
        return new Answer(200, message("Widget with ID = '" + widgetId + "' was successfully added to the dashboard "
                + "with ID = '" + dashboardId + "'"));
    }

    /** The widget as the dashboard shows it: its own name and type, in the place the request gave it. */
    private static JsonObject placement(JsonObject widget, JsonObject added) {
        JsonObject placed = new JsonObject();
        placed.addProperty("widgetName", widget.get("name").getAsString());
        placed.addProperty("widgetId", widget.get("id").getAsLong());
        placed.addProperty("widgetType", widget.get("widgetType").getAsString());
        placed.add("widgetSize", added.has("widgetSize") ? added.get("widgetSize") : new JsonObject());
        placed.add("widgetPosition", added.has("widgetPosition") ? added.get("widgetPosition") : new JsonObject());
        JsonObject content = widget.getAsJsonObject("contentParameters");
        if (content != null && content.has("widgetOptions")) {
            placed.add("widgetOptions", content.get("widgetOptions"));
        }
        return placed;
    }

    private static boolean named(Map<Long, JsonObject> store, String name) {
        return store.values().stream().anyMatch(entity -> entity.get("name").getAsString().equals(name));
    }

    private Answer create(Map<Long, JsonObject> store, JsonObject entity) {
        long id = ids.incrementAndGet();
        entity.addProperty("id", id);
        entity.addProperty("owner", USER);
        store.put(id, entity);
        JsonObject created = new JsonObject();
        created.addProperty("id", id);
        return new Answer(201, created);
    }

    /** The first page of the entities the query's filter lets through, each as {@code shown}. */
    private static Answer page(Map<Long, JsonObject> store, FakeQuery criteria, Map<String, String> query,
            Function<JsonObject, JsonElement> shown) {
        Predicate<JsonObject> matching;
        try {
            matching = criteria.matching(query);
        } catch (Refused refused) {
            return refused.answer();
        }
        List<JsonObject> found = store.values().stream().filter(matching).toList();
        JsonArray content = new JsonArray();
        found.stream().limit(PAGE_SIZE).forEach(entity -> content.add(shown.apply(entity).deepCopy()));
        JsonObject info = new JsonObject();
        info.addProperty("number", 1);
        info.addProperty("size", PAGE_SIZE);
        info.addProperty("totalElements", found.size());
        info.addProperty("totalPages", (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        JsonObject page = new JsonObject();
        page.add("content", content);
        page.add("page", info);
        return new Answer(200, page);
    }

    private static Stream<JsonObject> stream(JsonArray array) {
        return array.asList().stream().map(JsonElement::getAsJsonObject);
    }
}
