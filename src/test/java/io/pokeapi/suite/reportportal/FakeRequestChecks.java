package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bean validation service-api's controllers run on a reporting request before anything else, v1 and v2
 * alike, from the request models' annotations (commons-reporting's StartRQ, StartLaunchRQ, StartTestItemRQ,
 * FinishExecutionRQ, SaveLogRQ) and the messages of service-api's ValidationMessages.properties. A request
 * that fails is answered 400 at once, with every violation in brackets.
 */
final class FakeRequestChecks {

    private static final int MAX_LAUNCH_NAME = 256;
    private static final int MAX_ITEM_NAME = 1024;
    private static final Set<String> ITEM_TYPES = Set.of("suite", "story", "test", "scenario", "step", "before_class",
            "before_groups", "before_method", "before_suite", "before_test", "after_class", "after_groups",
            "after_method", "after_suite", "after_test");
    private static final Set<String> STATUSES = Set.of("passed", "failed", "stopped", "skipped", "interrupted",
            "cancelled", "info", "warn");

    private FakeRequestChecks() {
    }

    static void startLaunch(JsonObject start) {
        List<String> violations = new ArrayList<>();
        name(start, MAX_LAUNCH_NAME, violations);
        notNull(start, "startTime", violations);
        verify(violations);
    }

    static void startItem(JsonObject start) {
        List<String> violations = new ArrayList<>();
        name(start, MAX_ITEM_NAME, violations);
        notNull(start, "startTime", violations);
        notNull(start, "launchUuid", violations);
        if (!present(start, "type")) {
            violations.add(notNull("type"));
        } else if (!ITEM_TYPES.contains(start.get("type").getAsString().toLowerCase(Locale.ROOT))) {
            violations.add("Value is not allowed for field 'type'.");
        }
        verify(violations);
    }

    static void finish(JsonObject finish) {
        List<String> violations = new ArrayList<>();
        notNull(finish, "endTime", violations);
        if (present(finish, "status")
                && !STATUSES.contains(finish.get("status").getAsString().toLowerCase(Locale.ROOT))) {
            violations.add("Value is not allowed for field 'status'.");
        }
        verify(violations);
    }

    /** A log's one constraint, checked by the log controllers themselves and worded their way. */
    static void log(JsonObject log) {
        if (!present(log, "time")) {
            throw ServiceApiError.INCORRECT_REQUEST.refuse(
                    "[Incorrect value in save log request 'null' in field 'logTime'.]");
        }
    }

    static boolean present(JsonObject request, String field) {
        JsonElement value = request.get(field);
        return value != null && !value.isJsonNull();
    }

    private static void name(JsonObject start, int max, List<String> violations) {
        if (!present(start, "name")) {
            violations.add(notNull("name"));
            return;
        }
        String name = start.get("name").getAsString();
        String size = "Field 'name' should have size from '1' to '" + max + "'.";
        if (name.isBlank()) {
            violations.add("Field 'name' should not contain only white spaces and shouldn't be empty. " + size);
        } else if (name.length() > max) {
            violations.add(size);
        }
    }

    private static void notNull(JsonObject request, String field, List<String> violations) {
        if (!present(request, field)) {
            violations.add(notNull(field));
        }
    }

    private static String notNull(String field) {
        return "Field '" + field + "' should not be null.";
    }

    private static void verify(List<String> violations) {
        if (!violations.isEmpty()) {
            throw ServiceApiError.refusedByValidation(violations);
        }
    }
}
