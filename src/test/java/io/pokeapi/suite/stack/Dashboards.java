package io.pokeapi.suite.stack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Grafana dashboards of {@code config/grafana/dashboards}: their panels and the queries behind them. */
public final class Dashboards {

    /**
     * Concrete values for the dashboards' variables and Grafana's own, as a query sent to Prometheus or Loki
     * would have them: every job and endpoint, every level, any scenario, windows of a minute or more.
     */
    private static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("$__rate_interval", "1m");
        VALUES.put("$__interval", "15s");
        VALUES.put("$__range", "5m");
        VALUES.put("$job", ".*");
        VALUES.put("$endpoint", ".*");
        VALUES.put("$level", ".*");
        VALUES.put("$scenario", "");
    }

    /** A panel's query. */
    public record Query(String dashboard, String panel, String datasource, String expr) {

        /** The query with concrete values in place of the variables. */
        public String concrete() {
            String concrete = expr;
            for (Map.Entry<String, String> value : VALUES.entrySet()) {
                concrete = concrete.replace(value.getKey(), value.getValue());
            }
            if (concrete.contains("$")) {
                throw new AssertionError("a variable without a concrete value in " + this);
            }
            return concrete;
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel + ": " + expr;
        }
    }

    private Dashboards() {
    }

    /** Every dashboard file, parsed. */
    public static Map<Path, JsonObject> all() {
        Map<Path, JsonObject> dashboards = new LinkedHashMap<>();
        for (Path file : StackFiles.files(StackFiles.DASHBOARDS, ".json")) {
            try {
                dashboards.put(file, JsonParser.parseString(Files.readString(file)).getAsJsonObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dashboards;
    }

    /** A dashboard's panels, those inside rows included, rows themselves not. */
    public static List<JsonObject> panels(JsonObject dashboard) {
        List<JsonObject> panels = new ArrayList<>();
        addPanels(dashboard.getAsJsonArray("panels"), panels);
        return panels;
    }

    private static void addPanels(JsonArray array, List<JsonObject> into) {
        for (JsonElement element : array) {
            JsonObject panel = element.getAsJsonObject();
            if ("row".equals(panel.get("type").getAsString())) {
                addPanels(panel.getAsJsonArray("panels"), into);
            } else {
                into.add(panel);
            }
        }
    }

    /** Every query of every panel of every dashboard whose data source has this uid. */
    public static List<Query> queries(String datasourceUid) {
        List<Query> queries = new ArrayList<>();
        all().values().forEach(dashboard -> panels(dashboard).forEach(panel -> {
            for (JsonElement target : panel.getAsJsonArray("targets")) {
                JsonObject query = target.getAsJsonObject();
                String uid = query.getAsJsonObject("datasource").get("uid").getAsString();
                if (uid.equals(datasourceUid)) {
                    queries.add(new Query(dashboard.get("title").getAsString(), panel.get("title").getAsString(),
                            uid, query.get("expr").getAsString()));
                }
            }
        }));
        return queries;
    }
}
