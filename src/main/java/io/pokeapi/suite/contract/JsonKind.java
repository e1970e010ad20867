package io.pokeapi.suite.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The JSON types a contract can ask for; integer is a number without a fractional part. */
public enum JsonKind {
    STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY, NULL;

    /** The kind of a JSON value; a whole number is {@link #INTEGER}. */
    public static JsonKind of(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return NULL;
        }
        if (value.isJsonObject()) {
            return OBJECT;
        }
        if (value.isJsonArray()) {
            return ARRAY;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return BOOLEAN;
        }
        if (primitive.isString()) {
            return STRING;
        }
        return ofNumber(primitive.getAsNumber());
    }

    /** {@link #INTEGER} for a whole number, {@link #NUMBER} for another. */
    public static JsonKind ofNumber(Number number) {
        // A number's text without a fraction or an exponent is whole: most are, and need no BigDecimal.
        String text = number.toString();
        boolean plain = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        return plain || isWhole(new BigDecimal(text)) ? INTEGER : NUMBER;
    }

    /** The kind of a value of Jackson's tree, read as {@link #of(JsonElement)} reads Gson's. */
    public static JsonKind of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return NULL;
        }
        if (value.isObject()) {
            return OBJECT;
        }
        if (value.isArray()) {
            return ARRAY;
        }
        if (value.isBoolean()) {
            return BOOLEAN;
        }
        if (value.isNumber()) {
            return ofNumber(value.numberValue());
        }
        return STRING;
    }

    /** Whether a value of this kind satisfies a contract that asks for {@code wanted}: an integer is a number too. */
    public boolean satisfies(JsonKind wanted) {
        return this == wanted || (this == INTEGER && wanted == NUMBER);
    }

    public static JsonKind parse(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown JSON type '" + word.trim()
                    + "': use string, integer, number, boolean, object, array or null");
        }
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
