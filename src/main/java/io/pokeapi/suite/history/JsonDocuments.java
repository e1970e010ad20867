package io.pokeapi.suite.history;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.MalformedResponseException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/** Reads response bodies leniently: a body that is not a JSON document is recorded without one. */
final class JsonDocuments {

    private JsonDocuments() {
    }

    /** The response's own tree, parsed once for the steps and the schema comparison alike. */
    static Optional<JsonElement> parse(ApiResponse response) {
        if (!response.contentType().startsWith("application/json") || response.body().isBlank()) {
            return Optional.empty();
        }
        try {
            return document(response.json());
        } catch (MalformedResponseException e) {
            return Optional.empty();
        }
    }

    /**
     * The top-level {@code id} and {@code name} of a body known to be a JSON document, read without
     * building its tree: a stored body needs no more.
     */
    static Identity identity(String document) {
        try (JsonReader reader = new JsonReader(new StringReader(document))) {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                return new Identity(null, null, false);
            }
            Integer id = null;
            String name = null;
            reader.beginObject();
            while ((id == null || name == null) && reader.hasNext()) {
                String field = reader.nextName();
                if (id == null && field.equals("id") && reader.peek() == JsonToken.NUMBER) {
                    id = new LazilyParsedNumber(reader.nextString()).intValue(); // as the tree reads it
                } else if (name == null && field.equals("name") && reader.peek() == JsonToken.STRING) {
                    name = reader.nextString();
                } else {
                    reader.skipValue();
                }
            }
            return new Identity(id, name, true);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return new Identity(null, null, false); // stored already, so valid JSON: never expected
        }
    }

    static Identity identity(JsonElement document) {
        return new Identity(integer(document, "id").orElse(null), string(document, "name").orElse(null),
                document.isJsonObject());
    }

    static Optional<Integer> integer(JsonElement document, String field) {
        return primitive(document, field).filter(JsonPrimitive::isNumber).map(JsonPrimitive::getAsInt);
    }

    static Optional<String> string(JsonElement document, String field) {
        return primitive(document, field).filter(JsonPrimitive::isString).map(JsonPrimitive::getAsString);
    }

    private static Optional<JsonPrimitive> primitive(JsonElement document, String field) {
        if (!(document instanceof JsonObject object) || !object.has(field) || !object.get(field).isJsonPrimitive()) {
            return Optional.empty();
        }
        return Optional.of(object.getAsJsonPrimitive(field));
    }

    private static Optional<JsonElement> document(JsonElement tree) {
        return tree.isJsonObject() || tree.isJsonArray() ? Optional.of(tree) : Optional.empty();
    }

    /**
     * @param id     the document's top-level {@code id}, if it is a number
     * @param name   its top-level {@code name}, if it is a string
     * @param object whether the document is an object, not an array
     */
    record Identity(Integer id, String name, boolean object) {
    }
}
