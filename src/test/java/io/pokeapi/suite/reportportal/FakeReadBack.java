package io.pokeapi.suite.reportportal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import io.pokeapi.suite.reportportal.FakeReportingRules.KeptItem;
import io.pokeapi.suite.reportportal.FakeReportingRules.KeptLaunch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ReportPortal's REST API gives of what it kept: a launch by its uuid, with its numeric id, status and
 * execution statistics ({@code GET /api/v1/{project}/launch/uuid/{uuid}}), the items listed under a launch
 * ({@code GET /api/v1/{project}/item?filter.eq.launchId=}) and its logs, of its items
 * ({@code GET /api/v1/{project}/log?filter.eq.launchId=}) or its own ({@code filter.eq.launch=}), in pages.
 */
final class FakeReadBack {

    private static final String API = "/api/v1/" + FakeReportPortal.PROJECT;
    private static final Pattern LAUNCH = Pattern.compile(API + "/launch/uuid/([^/]+)");

    private final FakeReportingRules rules;

    FakeReadBack(FakeReportingRules rules) {
        this.rules = rules;
    }

    Optional<Answer> answer(String path, Map<String, String> query) {
        Matcher matcher = LAUNCH.matcher(path);
        if (matcher.matches()) {
            String uuid = matcher.group(1);
            KeptLaunch launch = rules.launch(uuid).orElseThrow(() -> ServiceApiError.LAUNCH_NOT_FOUND.refuse(uuid));
            return Optional.of(new Answer(200, launch(uuid, launch)));
        }
        int size = Integer.parseInt(query.getOrDefault("page.size", "20"));
        if (path.equals(API + "/item") && query.containsKey("filter.eq.launchId")) {
            List<KeptItem> items = rules.itemsOf(Long.parseLong(query.get("filter.eq.launchId")), kept -> true);
            JsonArray content = new JsonArray();
            items.stream().limit(size).forEach(kept -> content.add(item(kept)));
            return Optional.of(new Answer(200, page(content, items.size(), size)));
        }
        if (path.equals(API + "/log") && (query.containsKey("filter.eq.launchId") || query.containsKey("filter.eq.launch"))) {
            boolean launchLevel = query.containsKey("filter.eq.launch");
            long logs = rules.logsOf(Long.parseLong(query.get(launchLevel ? "filter.eq.launch" : "filter.eq.launchId")),
                    launchLevel);
            return Optional.of(new Answer(200, page(new JsonArray(), logs, size)));
        }
        return Optional.empty();
    }

    private JsonObject launch(String uuid, KeptLaunch launch) {
        List<KeptItem> executions = rules.itemsOf(launch.id,
                kept -> kept.hasStats() && kept.item.type().equalsIgnoreCase("STEP"));
        JsonObject counts = new JsonObject();
        counts.addProperty("total", executions.size());
        for (String status : List.of("passed", "failed", "skipped")) {
            long count = executions.stream().filter(kept -> kept.item.finished()
                    .map(finish -> finish.has("status") && finish.get("status").getAsString().equalsIgnoreCase(status))
                    .orElse(false)).count();
            if (count > 0) {
                counts.addProperty(status, count);
            }
        }
        JsonObject statistics = new JsonObject();
        statistics.add("executions", counts);
        statistics.add("defects", new JsonObject());
        JsonObject resource = new JsonObject();
        resource.addProperty("id", launch.id);
        resource.addProperty("uuid", uuid);
        resource.addProperty("name", launch.start.get("name").getAsString());
        resource.addProperty("status", launch.status().equals("FINISHED")
                ? counts.has("failed") ? "FAILED" : "PASSED" : launch.status());
        resource.add("statistics", statistics);
        return resource;
    }

    private static JsonObject item(KeptItem kept) {
        JsonObject item = new JsonObject();
        item.addProperty("id", kept.id);
        item.addProperty("uuid", kept.item.uuid());
        item.addProperty("name", kept.item.name());
        item.addProperty("type", kept.item.type());
        return item;
    }

    private static JsonObject page(JsonArray content, long total, int size) {
        JsonObject info = new JsonObject();
        info.addProperty("number", 1);
        info.addProperty("size", size);
        info.addProperty("totalElements", total);
        info.addProperty("totalPages", size == 0 ? 0 : (total + size - 1) / size);
        JsonObject page = new JsonObject();
        page.add("content", content);
        page.add("page", info);
        return page;
    }
}
