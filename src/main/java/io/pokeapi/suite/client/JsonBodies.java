package io.pokeapi.suite.client;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;

/** Turns response bodies into JSON trees and models, failing with the URL and the parse error. */
final class JsonBodies {

    // Gson instances are immutable and thread-safe; one serves every scenario thread.
    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .setStrictness(Strictness.STRICT)
            .create();

    private JsonBodies() {
    }

    static JsonElement parseTree(ApiResponse response) {
        if (response.body().isBlank()) {
            throw new MalformedResponseException(response, "is not valid JSON: the body is empty");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(response.body()));
            reader.setStrictness(Strictness.STRICT);
            JsonElement tree = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new MalformedResponseException(response, "is not valid JSON: content follows the JSON document");
            }
            return tree;
        } catch (JsonParseException | java.io.IOException | IllegalStateException e) {
            throw new MalformedResponseException(response, "is not valid JSON: " + describe(e));
        }
    }

    static <T> T parse(ApiResponse response, Class<T> model) {
        JsonElement tree = response.json();
        if (tree.isJsonNull()) { // Gson would return null, and the caller fail later with a NullPointerException
            throw new MalformedResponseException(response, "does not fit the " + model.getSimpleName() + " model: it is null");
        }
        try {
            return GSON.fromJson(tree, model);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
            throw new MalformedResponseException(response,
                    "does not fit the " + model.getSimpleName() + " model: " + describe(e));
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        // Gson's advice to parse leniently and its troubleshooting link do not help a test report.
        return message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ", "")
                .replaceAll("\\s*See https://\\S+", "")
                .strip();
    }
}
