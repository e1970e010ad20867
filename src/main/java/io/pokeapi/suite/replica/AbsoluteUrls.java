package io.pokeapi.suite.replica;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;

/**
 * Turns the relative API URLs that api-data files hold ({@code /api/v2/pokemon/1/}) into absolute
 * ones on the replica's own address, as the live API answers with absolute URLs.
 */
final class AbsoluteUrls {

    static final String RELATIVE_PREFIX = "/api/v2/";

    private final String origin;

    /** @param origin scheme, host and port without a trailing slash, e.g. {@code http://127.0.0.1:8080} */
    AbsoluteUrls(String origin) {
        if (origin.endsWith("/")) {
            throw new IllegalArgumentException("Origin must not end with '/': " + origin);
        }
        this.origin = origin;
    }

    /** @param path a path starting with {@code /}, e.g. {@code /api/v2/pokemon/} */
    String absolute(String path) {
        return origin + path;
    }

    /** A copy of {@code json} in which every string value that starts with {@code /api/v2/} is absolute. */
    JsonElement rewrite(JsonElement json) {
        if (json.isJsonObject()) {
            JsonObject copy = new JsonObject();
            for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
                copy.add(member.getKey(), rewrite(member.getValue()));
            }
            return copy;
        }
        if (json.isJsonArray()) {
            JsonArray copy = new JsonArray();
            for (JsonElement element : json.getAsJsonArray()) {
                copy.add(rewrite(element));
            }
            return copy;
        }
        if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
            String text = json.getAsString();
            return text.startsWith(RELATIVE_PREFIX) ? new JsonPrimitive(absolute(text)) : json;
        }
        return json; // numbers (kept as written), booleans, null
    }
}
