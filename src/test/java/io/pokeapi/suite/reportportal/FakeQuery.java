package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.ServiceApiError.INCORRECT_FILTER_PARAMETERS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code filter.<condition>.<criteria>=value} parameters of service-api's lists, for the criteria of one
 * kind of thing ({@code FilterTarget}): {@code eq}, {@code ne}, {@code cnt}, {@code in}, {@code gt},
 * {@code gte}, {@code lt} and {@code lte}, each negated by a leading {@code !}, with service-api's answers to
 * a parameter it cannot use.
 */
final class FakeQuery {

    /** A parameter service-api refuses: the answer it gives. */
    static final class Refused extends Exception {

        private final transient Answer answer;

        Refused(Answer answer) {
            super(answer.body().toString(), null, false, false);
            this.answer = answer;
        }

        Answer answer() {
            return answer;
        }
    }

    static final String NEGATED_EQUALS = "Filter is incorrect. '!' can't be used with 'eq' - use 'ne' instead";

    private final Map<String, Class<?>> criteria;

    /** @param criteria the criteria the kind of thing is filtered by, with their types: String or Long */
    FakeQuery(Map<String, Class<?>> criteria) {
        this.criteria = criteria;
    }

    /** What the query's parameters let through. */
    Predicate<JsonObject> matching(Map<String, String> query) throws Refused {
        Predicate<JsonObject> all = entity -> true;
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getKey().startsWith("filter.")) {
                all = all.and(condition(parameter.getKey(), parameter.getValue()));
            }
        }
        return all;
    }

    private Predicate<JsonObject> condition(String key, String value) throws Refused {
        String[] tokens = key.split("\\.");
        if (tokens.length != 3) {
            throw refused("Incorrect format of filtering parameters");
        }
        boolean negative = tokens[1].startsWith("!");
        String marker = negative ? tokens[1].substring(1) : tokens[1];
        if (!Arrays.asList("eq", "ne", "cnt", "in", "gt", "gte", "lt", "lte").contains(marker)) {
            throw refused("Unable to find condition with marker '" + marker + "'");
        }
        if (negative && marker.equals("eq")) {
            throw refused(NEGATED_EQUALS);
        }
        if (value.isBlank()) {
            throw new Refused(ServiceApiError.BAD_REQUEST_ERROR.answer("Filter criteria - '" + key
                    + "' value should be not empty"));
        }
        String field = tokens[2];
        Class<?> type = criteria.get(field);
        if (type == null) {
            throw refused("Filter parameter " + field + " is not defined");
        }
        Predicate<JsonObject> condition = condition(marker, field, type, value);
        return negative ? condition.negate() : condition;
    }

    private Predicate<JsonObject> condition(String marker, String field, Class<?> type, String value) throws Refused {
        if (marker.equals("cnt")) {
            if (type != String.class) {
                throw refused("Contains condition applicable only for strings. Type of field is '"
                        + type.getSimpleName() + "'");
            }
            return entity -> text(entity, field).toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
        }
        if (marker.equals("in")) {
            return entity -> Arrays.asList(value.split(",")).contains(text(entity, field));
        }
        if (marker.equals("eq") || marker.equals("ne")) {
            Object wanted = cast(type, value);
            Predicate<JsonObject> equal = entity -> wanted.equals(stored(type, entity, field));
            return marker.equals("eq") ? equal : equal.negate();
        }
        if (type != Long.class) {
            throw refused(comparison(marker) + " condition applicable only for positive Numbers or Dates. Type of "
                    + "field is '" + type.getSimpleName() + "'");
        }
        long bound = (Long) cast(type, value);
        return entity -> {
            long actual = (Long) stored(type, entity, field);
            return switch (marker) {
                case "gt" -> actual > bound;
                case "gte" -> actual >= bound;
                case "lt" -> actual < bound;
                default -> actual <= bound;
            };
        };
    }

    private static String comparison(String marker) {
        return switch (marker) {
            case "gt" -> "'Greater than'";
            case "gte" -> "'Greater than or equals'";
            case "lt" -> "'Lower than'";
            default -> "'Lower than or equals'";
        };
    }

    private static Object cast(Class<?> type, String value) throws Refused {
        if (type != Long.class) {
            return value;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw refused("Cannot convert '" + value + "' to valid number");
        }
    }

    /** The entity's value of the field: every entity of the fake has its Long fields, its ids, set. */
    private static Object stored(Class<?> type, JsonObject entity, String field) {
        return type == Long.class ? entity.get(field).getAsLong() : text(entity, field);
    }

    private static String text(JsonObject entity, String field) {
        JsonElement value = entity.get(field);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    private static Refused refused(String why) {
        return new Refused(INCORRECT_FILTER_PARAMETERS.answer(why));
    }
}
