package io.pokeapi.suite.history;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.pokeapi.suite.contract.JsonKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The shape of one or more JSON documents: every field path seen, with the JSON kinds seen there.
 * Paths follow {@link FieldPath}: {@code sprites.front_default}, {@code types[]} for the elements of
 * {@code types}, {@code types[].type.name} for their fields. A null value is recorded as
 * {@link JsonKind#NULL}, which is how a nullable field shows ({@code string|null}). The elements of an
 * array share one path, so the array's element shape is the union of its elements' shapes, and an
 * empty array contributes only its own {@code array} kind.
 *
 * <p>Immutable; {@link #merge} makes a new shape.
 */
public final class Shape {

    private static final Shape EMPTY = new Shape(new TreeMap<>());

    // Sorted so that toJson, fields() and every report list paths in the same order.
    private final SortedMap<String, Set<JsonKind>> fields;

    private Shape(Map<String, ? extends Set<JsonKind>> fields) {
        TreeMap<String, Set<JsonKind>> copy = new TreeMap<>();
        fields.forEach((path, kinds) -> {
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("Field '" + path + "' has no JSON type");
            }
            copy.put(path, Collections.unmodifiableSet(EnumSet.copyOf(kinds)));
        });
        this.fields = Collections.unmodifiableSortedMap(copy);
    }

    /** The shape of no document at all, such as an endpoint's before its first run. */
    public static Shape empty() {
        return EMPTY;
    }

    /** The shape of one document; the document itself has no entry, only what it holds. */
    public static Shape of(JsonElement document) {
        Objects.requireNonNull(document, "document");
        PathTree root = new PathTree();
        root.collect(document);
        return of(root);
    }

    /** The shape of the documents whose paths {@code root} collected. */
    static Shape of(PathTree root) {
        return new Shape(root.paths());
    }

    /** Every path of either shape, with the kinds either saw there. */
    public Shape merge(Shape other) {
        if (other.fields.isEmpty()) {
            return this;
        }
        if (fields.isEmpty()) {
            return other;
        }
        TreeMap<String, EnumSet<JsonKind>> union = toMutableMap();
        other.fields.forEach((path, kinds) ->
                union.computeIfAbsent(path, unused -> EnumSet.noneOf(JsonKind.class)).addAll(kinds));
        return new Shape(union);
    }

    /** Path → kinds, sorted by path; kinds iterate in {@link JsonKind} order. Unmodifiable. */
    public Map<String, Set<JsonKind>> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public boolean has(String path) {
        return fields.containsKey(path);
    }

    /** The kinds seen at {@code path}; empty if the path was never seen. */
    public Set<JsonKind> kindsAt(String path) {
        return fields.getOrDefault(path, Set.of());
    }

    /** The kinds at {@code path} as text, such as {@code string|null}; null if the path was never seen. */
    public String typeOf(String path) {
        Set<JsonKind> kinds = fields.get(path);
        return kinds == null ? null : describe(kinds);
    }

    /** Kinds joined by "|" in {@link JsonKind} order: the text of {@code old_type} and {@code new_type}. */
    static String describe(Set<JsonKind> kinds) {
        return kinds.stream().sorted().map(JsonKind::toString).collect(Collectors.joining("|"));
    }

    /** The form stored as JSONB: {@code {"id":["integer"],"sprites.back_female":["string","null"]}}. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        fields.forEach((path, kinds) -> {
            JsonArray names = new JsonArray();
            kinds.forEach(kind -> names.add(kind.toString()));
            json.add(path, names);
        });
        return json;
    }

    /** Reads what {@link #toJson} wrote; anything else is an IllegalArgumentException naming the fault. */
    public static Shape fromJson(JsonElement json) {
        if (!(json instanceof JsonObject object)) {
            throw new IllegalArgumentException("A stored shape must be a JSON object of field path to a list of "
                    + "JSON types, but was " + (json == null ? "nothing" : JsonKind.of(json).toString()));
        }
        TreeMap<String, EnumSet<JsonKind>> fields = new TreeMap<>();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            fields.put(field.getKey(), kindsFromJson(field.getKey(), field.getValue()));
        }
        return new Shape(fields);
    }

    private static EnumSet<JsonKind> kindsFromJson(String path, JsonElement value) {
        if (!(value instanceof JsonArray names) || names.isEmpty()) {
            throw new IllegalArgumentException("Stored shape: field '" + path
                    + "' must have a non-empty list of JSON types, but has " + value);
        }
        EnumSet<JsonKind> kinds = EnumSet.noneOf(JsonKind.class);
        for (JsonElement name : names) {
            if (!(name instanceof JsonPrimitive primitive && primitive.isString())) {
                throw new IllegalArgumentException("Stored shape: field '" + path
                        + "' lists " + name + " where a JSON type name belongs");
            }
            try {
                kinds.add(JsonKind.parse(primitive.getAsString()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Stored shape: field '" + path + "': " + e.getMessage(), e);
            }
        }
        return kinds;
    }

    /** A copy to edit, for {@link #merge} and {@link SchemaDrift#nextVersion}. */
    TreeMap<String, EnumSet<JsonKind>> toMutableMap() {
        TreeMap<String, EnumSet<JsonKind>> copy = new TreeMap<>();
        fields.forEach((path, kinds) -> copy.put(path, EnumSet.copyOf(kinds)));
        return copy;
    }

    static Shape ofFields(TreeMap<String, ? extends Set<JsonKind>> fields) {
        return new Shape(fields);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shape shape && fields.equals(shape.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
