package io.pokeapi.suite.history;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The data differences between two versions of one document, such as {@code pokemon/25} in the last
 * run and in this one.
 *
 * <p>Objects are compared field by field. A field or element that appeared or went away is one change
 * at its top, carrying the whole subtree, not one change per leaf inside it. Where the kind of a
 * value changed (an object became null), the change is at that path too.
 *
 * <p>Arrays whose elements have names ({@link ElementIdentity}) are compared by name, because
 * PokéAPI's lists of named resources are sets whose order shifts when the upstream data is
 * regenerated: matched elements are compared at {@code abilities[static].is_hidden}, elements that
 * appeared or went away are {@code abilities[lightning-rod]}. Other arrays (numbers, strings, entries
 * with no name or a shared one) are compared by position: {@code stats[0].base_stat},
 * {@code game_indices[3]}. Names are not escaped, as in {@link FieldPath}.
 *
 * <p>Numbers are equal when their values are ({@code 5} and {@code 5.0}), as PokéAPI's numbers carry no
 * meaning in their formatting.
 */
public final class DocumentDiff {

    private final List<DataChange> changes = new ArrayList<>();

    private DocumentDiff() {
    }

    /**
     * Every difference, in path order: fields alphabetically, each followed by what lies below it;
     * positions in ascending order, names alphabetically. Empty when the documents hold the same data.
     */
    public static List<DataChange> between(JsonElement previous, JsonElement current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        DocumentDiff diff = new DocumentDiff();
        diff.compare(FieldPath.ROOT, previous, current);
        return List.copyOf(diff.changes);
    }

    private void compare(String path, JsonElement previous, JsonElement current) {
        if (previous instanceof JsonObject before && current instanceof JsonObject after) {
            compareObjects(path, before, after);
        } else if (previous instanceof JsonArray before && current instanceof JsonArray after) {
            compareArrays(path, before, after);
        } else if (!sameValue(previous, current)) {
            changes.add(new DataChange(path, previous, current));
        }
    }

    private void compareObjects(String path, JsonObject previous, JsonObject current) {
        TreeSet<String> keys = new TreeSet<>(previous.keySet());
        keys.addAll(current.keySet());
        for (String key : keys) {
            compareSlot(FieldPath.field(path, key), previous.get(key), current.get(key));
        }
    }

    private void compareArrays(String path, JsonArray previous, JsonArray current) {
        Optional<ElementIdentity.Names> names = ElementIdentity.of(previous, current);
        if (names.isPresent()) {
            compareByName(path, previous, current, names.get());
        } else {
            for (int i = 0; i < Math.max(previous.size(), current.size()); i++) {
                compareSlot(element(path, Integer.toString(i)), at(previous, i), at(current, i));
            }
        }
    }

    private void compareByName(String path, JsonArray previous, JsonArray current, ElementIdentity.Names names) {
        Map<String, JsonElement> before = byName(previous, names.previous());
        Map<String, JsonElement> after = byName(current, names.current());
        TreeSet<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String name : all) {
            compareSlot(element(path, name), before.get(name), after.get(name));
        }
    }

    /** A field or element that may be missing on either side (Java null), unlike a JSON null value. */
    private void compareSlot(String path, JsonElement previous, JsonElement current) {
        if (previous == null || current == null) {
            changes.add(new DataChange(path, previous, current));
        } else {
            compare(path, previous, current);
        }
    }

    private static boolean sameValue(JsonElement previous, JsonElement current) {
        if (previous instanceof JsonPrimitive before && current instanceof JsonPrimitive after
                && before.isNumber() && after.isNumber()) {
            // Gson's own equals compares lazily parsed numbers as doubles, which cannot tell big integers apart.
            return before.getAsBigDecimal().compareTo(after.getAsBigDecimal()) == 0;
        }
        return previous.equals(current);
    }

    private static Map<String, JsonElement> byName(JsonArray array, List<String> names) {
        Map<String, JsonElement> byName = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            byName.put(names.get(i), array.get(i));
        }
        return byName;
    }

    private static JsonElement at(JsonArray array, int index) {
        return index < array.size() ? array.get(index) : null;
    }

    private static String element(String array, String key) {
        return array + "[" + key + "]";
    }
}
