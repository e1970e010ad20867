package io.pokeapi.suite.slo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A node of slo.yml with where it is, such as {@code objectives[1].target}, so that whatever is wrong with it is
 * said in one line naming the file and the place.
 */
record SloNode(Path file, String where, JsonNode node) {

    static SloNode root(Path file, JsonNode node) {
        return new SloNode(file, "", node);
    }

    /** A mapping holding these keys at most; a key it lacks is the caller's to require. */
    SloNode mappingOf(Set<String> keys) {
        if (!node.isObject()) {
            throw fail("expected a mapping of " + String.join(", ", new TreeSet<>(keys)) + ", not " + shown());
        }
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                throw fail("unknown key '" + key + "' (expected " + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        }
        return this;
    }

    SloNode required(String key) {
        return optional(key).orElseThrow(() -> fail("'" + key + "' is missing"));
    }

    Optional<SloNode> optional(String key) {
        JsonNode child = node.get(key);
        return child == null || child.isNull() ? Optional.empty()
                : Optional.of(new SloNode(file, where.isEmpty() ? key : where + "." + key, child));
    }

    /** The items of a sequence that must hold at least one. */
    List<SloNode> items() {
        if (!node.isArray() || node.isEmpty()) {
            throw fail("expected a list of at least one item, not " + shown());
        }
        List<SloNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new SloNode(file, where + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    /** The entries of a mapping of scalars, in their order. */
    Map<String, String> scalars() {
        if (!node.isObject()) {
            throw fail("expected a mapping, not " + shown());
        }
        Map<String, String> entries = new LinkedHashMap<>();
        node.properties().forEach(entry -> entries.put(entry.getKey(),
                new SloNode(file, where + "." + entry.getKey(), entry.getValue()).text()));
        return entries;
    }

    /** A scalar, as written. */
    String text() {
        if (!node.isValueNode() || node.isNull()) {
            throw fail("expected a value, not " + shown());
        }
        return node.asString();
    }

    /** The scalar read by {@code parse}, whose IllegalArgumentException says what it expected. */
    <T> T as(Function<String, T> parse) {
        String text = text();
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage() + ", not '" + text + "'");
        }
    }

    InvalidSloException fail(String problem) {
        return new InvalidSloException(file + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
    }

    private String shown() {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty list" : "a list";
        }
        return "'" + node.asString() + "'";
    }
}
