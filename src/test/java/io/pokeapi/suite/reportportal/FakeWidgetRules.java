package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeBeanValidation.MAX_DESCRIPTION_LENGTH;
import static io.pokeapi.suite.reportportal.FakeBeanValidation.MAX_NAME_LENGTH;
import static io.pokeapi.suite.reportportal.FakeBeanValidation.MIN_NAME_LENGTH;
import static io.pokeapi.suite.reportportal.ServiceApiError.BAD_REQUEST_ERROR;
import static io.pokeapi.suite.reportportal.ServiceApiError.UNABLE_LOAD_WIDGET_CONTENT;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What service-api checks of a new widget ({@code WidgetRQ}, {@code @WidgetLimitRange},
 * {@code CreateWidgetHandlerImpl} and the content validators of {@code WidgetValidatorConfig}): its name, an
 * allowed type, {@code itemsCount}, filters that exist, and the content each type needs. The content rules are
 * those of the types the suite uses, and of {@code oldLineChart}, which shares one with {@code statisticTrend};
 * the fake takes any content for the other types. Widget names need not be unique: service-api takes a
 * duplicate.
 */
final class FakeWidgetRules {

    /** The types of service-api 5.15; {@code testCaseSearch} is new in 5.14. */
    private static final List<String> TYPES = List.of("oldLineChart", "investigatedTrend", "launchStatistics",
            "statisticTrend", "casesTrend", "notPassed", "overallStatistics", "uniqueBugTable", "bugTrend",
            "activityStream", "launchesComparisonChart", "launchesDurationChart", "launchesTable", "topTestCases",
            "flakyTestCases", "passingRateSummary", "passingRatePerLaunch", "productStatus", "mostTimeConsuming",
            "cumulative", "topPatternTemplates", "componentHealthCheck", "componentHealthCheckTable",
            "testCaseSearch");
    /** Materialized views take any limit from 1 up. */
    private static final Set<String> MATERIALIZED = Set.of("componentHealthCheckTable", "cumulative");
    private static final int MIN_LIMIT = 1;
    private static final int MAX_LIMIT = 600;
    private static final String LAUNCH_NAME_FILTER = "launchNameFilter";
    /** service-api's COMBINED_CONTENT_FIELDS_REGEX: defect or execution statistics. */
    private static final Pattern STATISTICS = Pattern.compile("(^statistics\\$defects\\$(not_issue|product_bug|"
            + "automation_bug|system_issue|to_investigate|no_defect)\\$[\\w\\d]+$)|(^statistics\\$executions\\$("
            + "|passed|failed|stopped|skipped|failed|cancelled|info|warn|total)$)");

    private FakeWidgetRules() {
    }

    /** service-api's answer to a widget it does not take, or empty when it takes it. */
    static Optional<Answer> refusal(JsonObject request, Set<Long> filters) {
        String written = text(request, "widgetType");
        String type = TYPES.stream().filter(written::equalsIgnoreCase).findFirst().orElse(written);
        JsonObject content = request.has("contentParameters") && request.get("contentParameters").isJsonObject()
                ? request.getAsJsonObject("contentParameters") : null;
        if (content == null && !type.equals("testCaseSearch")) {
            // @WidgetLimitRange reads the limit of contentParameters without looking whether it is there.
            return Optional.of(ServiceApiError.unclassified("HV000028: Unexpected exception during isValid call."));
        }
        int limit = content == null || !content.has("itemsCount") ? 0 : content.get("itemsCount").getAsInt();
        Optional<Answer> invalid = new FakeBeanValidation(request)
                .notBlankWithSize("name", MIN_NAME_LENGTH, MAX_NAME_LENGTH)
                .textAtMost("description", MAX_DESCRIPTION_LENGTH)
                .notNull("widgetType")
                .in("widgetType", TYPES)
                .objectRule(withinLimit(type, limit), MATERIALIZED.contains(type)
                        ? "The provided limit is not allowed for the widget"
                        : "Widget item limit size must be between " + MIN_LIMIT + " and " + MAX_LIMIT)
                .refusal();
        if (invalid.isPresent()) {
            return invalid;
        }
        List<Long> filterIds = new ArrayList<>();
        if (request.has("filterIds") && request.get("filterIds").isJsonArray()) {
            request.getAsJsonArray("filterIds").forEach(id -> filterIds.add(id.getAsLong()));
        }
        if (!filterIds.isEmpty() && filterIds.stream().noneMatch(filters::contains)) {
            return Optional.of(ServiceApiError.USER_FILTER_NOT_FOUND.answer(filterIds, FakeDashboards.PROJECT_ID,
                    FakeDashboards.USER));
        }
        return contentRefusal(type, content, limit);
    }

    private static boolean withinLimit(String type, int limit) {
        if (type.equals("testCaseSearch")) {
            return true;
        }
        return MATERIALIZED.contains(type) ? limit >= MIN_LIMIT : limit >= MIN_LIMIT && limit <= MAX_LIMIT;
    }

    private static Optional<Answer> contentRefusal(String type, JsonObject content, int limit) {
        if (content == null) {
            return Optional.empty(); // testCaseSearch: its content is its own
        }
        List<String> fields = new ArrayList<>();
        if (content.has("contentFields") && content.get("contentFields").isJsonArray()) {
            content.getAsJsonArray("contentFields").forEach(field -> fields.add(field.getAsString()));
        }
        String launchName = content.has("widgetOptions") && content.get("widgetOptions").isJsonObject()
                ? text(content.getAsJsonObject("widgetOptions"), LAUNCH_NAME_FILTER) : "";
        return switch (type) {
            case "statisticTrend", "oldLineChart" -> fields.isEmpty() ? badRequest("Content fields should not be empty")
                    : fields.stream().allMatch(field -> STATISTICS.matcher(field).matches()) ? Optional.empty()
                    : badRequest("Bad content fields format");
            case "topTestCases" -> launchName.isBlank() ? noLaunchName()
                    : fields.isEmpty() ? badRequest("Content fields should not be empty")
                    : fields.size() != 1 ? badRequest("Only one content field could be specified.")
                    : testCaseLimit(limit);
            case "flakyTestCases" -> launchName.isBlank() ? noLaunchName() : testCaseLimit(limit);
            default -> Optional.empty();
        };
    }

    private static Optional<Answer> noLaunchName() {
        return Optional.of(UNABLE_LOAD_WIDGET_CONTENT.answer(LAUNCH_NAME_FILTER + " should be specified for widget."));
    }

    private static Optional<Answer> testCaseLimit(int limit) {
        return limit < 2 || limit > 100
                ? Optional.of(UNABLE_LOAD_WIDGET_CONTENT.answer("Items count should have value from 2 to 100."))
                : Optional.empty();
    }

    private static Optional<Answer> badRequest(String why) {
        return Optional.of(BAD_REQUEST_ERROR.answer(why));
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
    }
}
