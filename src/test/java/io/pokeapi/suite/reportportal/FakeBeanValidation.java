package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The request checks service-api leaves to bean validation ({@code @NotBlankWithSize}, {@code @NotBlank},
 * {@code @NotNull}, {@code @Size}, {@code @In}), with the messages of its {@code ValidationMessages.properties}:
 * a request that breaks any of them is answered 400, errorCode 4001, before any handler sees it.
 */
final class FakeBeanValidation {

    /** The limits of service-api's ValidationConstraints that its filters, widgets and dashboards use. */
    static final int MIN_NAME_LENGTH = 3;
    static final int MAX_NAME_LENGTH = 128;
    static final int MAX_DESCRIPTION_LENGTH = 1500;

    private final JsonObject request;
    private final Map<String, String> properties;
    private final List<String> violations = new ArrayList<>();

    FakeBeanValidation(JsonObject request) {
        this(request, Map.of());
    }

    /** @param properties the Java property behind a JSON field of another name: the messages name the property */
    FakeBeanValidation(JsonObject request, Map<String, String> properties) {
        this.request = request;
        this.properties = properties;
    }

    /** {@code @NotBlankWithSize}: a name that is there, not blank, from {@code min} to {@code max} characters. */
    FakeBeanValidation notBlankWithSize(String field, int min, int max) {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            violations.add(notNullMessage(field));
        } else if (value.get().isBlank()) {
            violations.add(notBlankMessage(field) + " " + sizeMessage(field, min, max));
        } else if (value.get().length() < min || value.get().length() > max) {
            violations.add(sizeMessage(field, min, max));
        }
        return this;
    }

    /** {@code @NotBlank}. */
    FakeBeanValidation notBlank(String field) {
        if (text(field).filter(value -> !value.isBlank()).isEmpty()) {
            violations.add(notBlankMessage(field));
        }
        return this;
    }

    /** {@code @Size(max = …)} on a text that may be left out. */
    FakeBeanValidation textAtMost(String field, int max) {
        if (text(field).filter(value -> value.length() > max).isPresent()) {
            violations.add(sizeMessage(field, 0, max));
        }
        return this;
    }

    /** {@code @NotNull} alone. */
    FakeBeanValidation notNull(String field) {
        if (absent(field)) {
            violations.add(notNullMessage(field));
        }
        return this;
    }

    /** {@code @NotNull @Size(min, max)} on a list. */
    FakeBeanValidation listOfSize(String field, int min, int max) {
        if (absent(field)) {
            violations.add(notNullMessage(field));
        } else if (request.get(field).isJsonArray()) {
            int size = request.getAsJsonArray(field).size();
            if (size < min || size > max) {
                violations.add(sizeMessage(field, min, max));
            }
        }
        return this;
    }

    /** {@code @In}: one of the allowed values in any case, or left out. */
    FakeBeanValidation in(String field, List<String> allowed) {
        if (text(field).filter(value -> allowed.stream().noneMatch(value::equalsIgnoreCase)).isPresent()) {
            violations.add("Value is not allowed for field '" + property(field) + "'.");
        }
        return this;
    }

    /** A check of the whole request, such as {@code @WidgetLimitRange}, whose message is its own. */
    FakeBeanValidation objectRule(boolean holds, String message) {
        if (!holds) {
            violations.add(message);
        }
        return this;
    }

    /** The 400 answer when a check failed. */
    Optional<Answer> refusal() {
        return violations.isEmpty() ? Optional.empty() : Optional.of(ServiceApiError.invalid(violations));
    }

    private boolean absent(String field) {
        return !request.has(field) || request.get(field).isJsonNull();
    }

    private Optional<String> text(String field) {
        JsonElement value = request.get(field);
        return value == null || !value.isJsonPrimitive() ? Optional.empty() : Optional.of(value.getAsString());
    }

    private String property(String field) {
        return properties.getOrDefault(field, field);
    }

    private String notNullMessage(String field) {
        return "Field '" + property(field) + "' should not be null.";
    }

    private String notBlankMessage(String field) {
        return "Field '" + property(field) + "' should not contain only white spaces and shouldn't be empty.";
    }

    /** The Size message; its numbers go through MessageFormat, which groups their digits: 1,500. */
    private String sizeMessage(String field, int min, int max) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.US);
        return "Field '" + property(field) + "' should have size from '" + number.format(min) + "' to '"
                + number.format(max) + "'.";
    }
}
