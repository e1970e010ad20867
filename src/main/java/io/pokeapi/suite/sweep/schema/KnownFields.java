package io.pokeapi.suite.sweep.schema;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields each schema describes, worked out once from the schema files, so that the fields a document has
 * and its schema does not name are found by one plain walk of the document. The published schemas never
 * forbid extra fields: these are findings to report, not violations.
 *
 * <p>A place of a schema names the fields of its {@code properties}, those of its {@code $ref}'s target and
 * those of every branch of its {@code anyOf}, {@code oneOf} and {@code allOf}; an object whose schema names no
 * field is not looked into, as nothing there is known or unknown.
 */
final class KnownFields {

    /** Deeper than any published schema nests; it stops a schema that refers to itself. */
    private static final int MAX_DEPTH = 40;
    private static final List<String> BRANCHES = List.of("anyOf", "oneOf", "allOf");

    /** One place of a schema: the fields it names, if it names any, and what its arrays hold. */
    private static final class Place {
        private Map<String, Place> fields;
        private Place items;
    }

    private final Map<SchemaDocument, Place> roots;

    private KnownFields(Map<SchemaDocument, Place> roots) {
        this.roots = roots;
    }

    /** @param texts the text of each schema file by its address under {@link SchemaFiles#ROOT} */
    static KnownFields of(Map<String, String> texts, JsonMapper json) {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        texts.forEach((address, text) -> files.put(address, parse(json, address, text)));
        Map<SchemaDocument, Place> roots = new EnumMap<>(SchemaDocument.class);
        for (SchemaDocument document : SchemaDocument.values()) {
            String address = SchemaFiles.address(document.file());
            Place root = new Place();
            merge(root, files, address, files.get(address), 0);
            roots.put(document, root);
        }
        return new KnownFields(roots);
    }

    /** The generic paths ({@code sprites.other.showdown.front_female}) of the fields the schema does not name. */
    List<String> unknownIn(SchemaDocument document, JsonNode root) {
        Set<String> unknown = new TreeSet<>();
        walk(root, roots.get(document), "", unknown);
        return List.copyOf(unknown);
    }

    /** Paths are written only where they are needed: a Pokémon has thousands of fields, nearly all known. */
    private static void walk(JsonNode value, Place place, String path, Set<String> unknown) {
        if (value.isObject() && place.fields != null) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                Place known = place.fields.get(field.getKey());
                JsonNode child = field.getValue();
                if (known == null) {
                    unknown.add(path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                } else if (child.isContainer() && (known.fields != null || known.items != null)) {
                    walk(child, known, path.isEmpty() ? field.getKey() : path + "." + field.getKey(), unknown);
                }
            }
        } else if (value.isArray() && place.items != null) {
            String elementPath = path + "[]";
            for (JsonNode element : value.values()) {
                walk(element, place.items, elementPath, unknown);
            }
        }
    }

    private static void merge(Place place, Map<String, JsonNode> files, String address, JsonNode schema, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            String target = URI.create(address).resolve(ref.asString()).toString();
            String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            JsonNode referred = files.get(file);
            if (referred != null && target.contains("#") && target.length() > file.length() + 1) {
                referred = referred.at(target.substring(file.length() + 1));
            }
            merge(place, files, file, referred, depth + 1);
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            if (place.fields == null) {
                place.fields = new LinkedHashMap<>();
            }
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                merge(place.fields.computeIfAbsent(property.getKey(), name -> new Place()), files, address,
                        property.getValue(), depth + 1);
            }
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            if (place.items == null) {
                place.items = new Place();
            }
            if (items.isArray()) {
                for (JsonNode item : items.values()) {
                    merge(place.items, files, address, item, depth + 1);
                }
            } else {
                merge(place.items, files, address, items, depth + 1);
            }
        }
        for (String branches : BRANCHES) {
            JsonNode branch = schema.get(branches);
            if (branch != null && branch.isArray()) {
                for (JsonNode one : branch.values()) {
                    merge(place, files, address, one, depth + 1);
                }
            }
        }
    }

    private static JsonNode parse(JsonMapper json, String address, String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new SchemaUnavailableException("Schema " + address + " is not valid JSON: " + JsonSyntax.problem(e));
        }
    }
}
