package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeBeanValidation.MAX_DESCRIPTION_LENGTH;
import static io.pokeapi.suite.reportportal.FakeBeanValidation.MAX_NAME_LENGTH;
import static io.pokeapi.suite.reportportal.FakeBeanValidation.MIN_NAME_LENGTH;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What service-api checks of a new filter ({@code UpdateUserFilterRQ} and {@code UpdateUserFilterHandlerImpl}):
 * its name, type, 1 to 20 conditions on fields its type knows ({@code FilterTarget}), with a condition
 * service-api knows, and at least one order by such a field. A duplicate name is the handler's to refuse.
 */
final class FakeFilterRules {

    private static final int MAX_CONDITIONS = 20;
    private static final Set<String> MARKERS = Set.of("eq", "ne", "cnt", "under", "level", "ex", "in", "ea", "has",
            "any", "gt", "gte", "lt", "lte", "btw");
    /** Statistics fields ({@code statistics$executions$failed}…) are known to every type: they may be custom. */
    private static final String STATISTICS = "statistics";
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "launch", Set.of("id", "name", "description", "uuid", "startTime", "endTime", "projectId", "userId",
                    "number", "lastModified", "mode", "status", "hasRetries", "attributeKey", "attributeValue",
                    "compositeAttribute", "user"),
            "testitem", Set.of("id", "name", "type", "startTime", "description", "lastModified", "path", "uniqueId",
                    "uuid", "testCaseId", "testCaseHash", "parentId", "hasChildren", "hasRetries", "hasStats",
                    "status", "endTime", "duration", "key", "value", "issueId", "issueType", "issueTypeId",
                    "issueGroupId", "autoAnalyzed", "ignoreAnalyzer", "issueComment", "locator", "ticketId",
                    "attributeKey", "attributeValue", "compositeAttribute", "compositeSystemAttribute", "launchId",
                    "mode", "patternName", "retryParentId", "clusterId", "projectId"),
            "log", Set.of("id", "logId", "logTime", "message", "level", "item", "launch", "projectId", "lastModified",
                    "binaryContent", "path", "status", "autoAnalyzed", "retryParentId", "retryParentLaunchId",
                    "launchId"));

    private FakeFilterRules() {
    }

    /** service-api's answer to a filter it does not take, or empty when it takes it. */
    static Optional<Answer> refusal(JsonObject request) {
        if (request.has("conditions") && request.get("conditions").isJsonArray()) {
            // A set in service-api's request: conditions written twice count once.
            JsonArray distinct = new JsonArray();
            request.getAsJsonArray("conditions").asList().stream().distinct().forEach(distinct::add);
            request.add("conditions", distinct);
        }
        Optional<Answer> invalid = new FakeBeanValidation(request, Map.of("type", "objectType"))
                .notBlankWithSize("name", MIN_NAME_LENGTH, MAX_NAME_LENGTH)
                .textAtMost("description", MAX_DESCRIPTION_LENGTH)
                .notBlank("type")
                .in("type", List.of("launch", "testItem", "log"))
                .listOfSize("conditions", 1, MAX_CONDITIONS)
                .listOfSize("orders", 1, Integer.MAX_VALUE)
                .refusal();
        if (invalid.isPresent()) {
            return invalid;
        }
        Set<String> fields = FIELDS.get(request.get("type").getAsString().toLowerCase(Locale.ROOT));
        for (JsonElement element : request.getAsJsonArray("conditions")) {
            JsonObject condition = element.getAsJsonObject();
            String field = text(condition, "filteringField");
            if (!known(fields, field)) {
                return Optional.of(ServiceApiError.INCORRECT_FILTER_PARAMETERS.answer("Filter parameter '" + field
                        + "' is not defined"));
            }
            String marker = text(condition, "condition");
            if (!MARKERS.contains(marker.startsWith("!") ? marker.substring(1) : marker)) {
                return Optional.of(ServiceApiError.INCORRECT_FILTER_PARAMETERS.answer(marker));
            }
            if (marker.equals("!eq")) {
                return Optional.of(ServiceApiError.INCORRECT_FILTER_PARAMETERS.answer(FakeQuery.NEGATED_EQUALS));
            }
        }
        for (JsonElement element : request.getAsJsonArray("orders")) {
            String column = text(element.getAsJsonObject(), "sortingColumn");
            if (!known(fields, column)) {
                return Optional.of(ServiceApiError.INCORRECT_SORTING_PARAMETERS.answer("Unable to find sort parameter '"
                        + column + "'"));
            }
        }
        return Optional.empty();
    }

    private static boolean known(Set<String> fields, String field) {
        return field.startsWith(STATISTICS) || fields.contains(field);
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }
}
