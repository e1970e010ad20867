package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeExchange.error;
import static io.pokeapi.suite.reportportal.FakeExchange.json;
import static io.pokeapi.suite.reportportal.FakeExchange.message;
import static io.pokeapi.suite.reportportal.FakeExchange.query;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fake's dashboard API: the filters, widgets and dashboards it is given, by id. */
final class FakeDashboards {

    private static final String API = "/api/v1/" + FakeReportPortal.PROJECT;
    private static final Pattern ADD_WIDGET = Pattern.compile(API + "/dashboard/(\\d+)/add");

    private final Map<Long, JsonObject> filters = new LinkedHashMap<>();
    private final Map<Long, JsonObject> widgets = new LinkedHashMap<>();
    private final Map<Long, JsonObject> dashboards = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** The answer to a request about filters, widgets or dashboards, or empty when it is not one. */
    synchronized Optional<Answer> answer(String method, String path, HttpExchange exchange) throws IOException {
        Matcher matcher;
        if (method.equals("GET") && path.equals(API + "/filter")) {
            return Optional.of(new Answer(200, page(filters, query(exchange).get("filter.eq.name"))));
        }
        if (method.equals("POST") && path.equals(API + "/filter")) {
            return Optional.of(create(filters, json(exchange)));
        }
        if (method.equals("POST") && path.equals(API + "/widget")) {
            return Optional.of(create(widgets, json(exchange)));
        }
        if (method.equals("GET") && path.equals(API + "/dashboard")) {
            return Optional.of(new Answer(200, page(dashboards, query(exchange).get("filter.eq.name"))));
        }
        if (method.equals("POST") && path.equals(API + "/dashboard")) {
            JsonObject dashboard = json(exchange);
            dashboard.add("widgets", new JsonArray());
            return Optional.of(create(dashboards, dashboard));
        }
        if (method.equals("PUT") && (matcher = ADD_WIDGET.matcher(path)).matches()) {
            JsonObject dashboard = dashboards.get(Long.parseLong(matcher.group(1)));
            JsonObject added = json(exchange).getAsJsonObject("addWidget");
            if (dashboard == null || added == null || !widgets.containsKey(added.get("widgetId").getAsLong())) {
                return Optional.of(new Answer(404, error("No such dashboard or widget")));
            }
            dashboard.getAsJsonArray("widgets").add(added);
            return Optional.of(new Answer(200, message("Widget added")));
        }
        return Optional.empty();
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

    private Answer create(Map<Long, JsonObject> store, JsonObject entity) {
        boolean taken = store.values().stream()
                .anyMatch(existing -> existing.get("name").getAsString().equals(entity.get("name").getAsString()));
        if (taken) {
            return new Answer(409, error("Resource with name '" + entity.get("name").getAsString() + "' already exists"));
        }
        long id = ids.incrementAndGet();
        entity.addProperty("id", id);
        store.put(id, entity);
        JsonObject created = new JsonObject();
        created.addProperty("id", id);
        return new Answer(201, created);
    }

    private static JsonObject page(Map<Long, JsonObject> store, String name) {
        JsonArray content = new JsonArray();
        store.values().stream().filter(entity -> name == null || entity.get("name").getAsString().equals(name))
                .forEach(entity -> content.add(entity.deepCopy()));
        JsonObject page = new JsonObject();
        page.add("content", content);
        JsonObject info = new JsonObject();
        info.addProperty("totalElements", content.size());
        page.add("page", info);
        return page;
    }
}
