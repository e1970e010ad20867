package io.pokeapi.suite.history;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.contract.JsonKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The field paths of documents as a tree while they are walked, written out as {@link FieldPath}s once at the
 * end: a document repeats its few hundred paths thousands of times, and a step down the tree hashes a field's
 * name, not its whole path. Each place keeps the JSON kinds seen there. Not thread-safe.
 */
final class PathTree {

    private final EnumSet<JsonKind> kinds = EnumSet.noneOf(JsonKind.class);
    private Map<String, PathTree> fields;
    private PathTree elements;

    /** Adds what {@code value} holds under this place, as {@link #field} and {@link #elements} would. */
    void collect(JsonElement value) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonElement> field : object.entrySet()) {
                field(field.getKey()).record(field.getValue());
            }
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> elements().record(element));
        }
    }

    private void record(JsonElement value) {
        saw(JsonKind.of(value));
        collect(value);
    }

    void saw(JsonKind kind) {
        kinds.add(kind);
    }

    /** The place of this object's field {@code name}. */
    PathTree field(String name) {
        if (fields == null) {
            fields = new HashMap<>();
        }
        return fields.computeIfAbsent(name, unused -> new PathTree());
    }

    /** The place of this array's elements. */
    PathTree elements() {
        if (elements == null) {
            elements = new PathTree();
        }
        return elements;
    }

    /** Every place below this one, by its path, with the kinds seen there. */
    Map<String, EnumSet<JsonKind>> paths() {
        Map<String, EnumSet<JsonKind>> paths = new HashMap<>();
        flatten(FieldPath.ROOT, paths);
        return paths;
    }

    private void flatten(String path, Map<String, EnumSet<JsonKind>> into) {
        if (fields != null) {
            fields.forEach((key, field) -> {
                String fieldPath = FieldPath.field(path, key);
                add(into, fieldPath, field.kinds);
                field.flatten(fieldPath, into);
            });
        }
        if (elements != null) {
            String elementPath = FieldPath.elements(path);
            add(into, elementPath, elements.kinds);
            elements.flatten(elementPath, into);
        }
    }

    /** Two places can write one path: a field named {@code b.c} and a field {@code c} of a field {@code b}. */
    private static void add(Map<String, EnumSet<JsonKind>> into, String path, EnumSet<JsonKind> kinds) {
        into.computeIfAbsent(path, unused -> EnumSet.noneOf(JsonKind.class)).addAll(kinds);
    }
}
