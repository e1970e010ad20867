package io.pokeapi.suite.history;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The names by which the elements of two versions of an array can be matched, if they have any.
 *
 * <p>Most PokéAPI arrays are sets of named resources ({@code {"name":"static","url":…}}) or of entries
 * about one named resource ({@code {"ability":{"name":"static",…},"is_hidden":false,"slot":1}}), and
 * their order is whatever the upstream data regeneration produced. Matching such elements by name
 * makes a reordering no change and an insertion one change, where matching by position would report
 * every element after the insertion.
 *
 * <p>A name is an identity only if every element of both arrays has one and no two elements of the
 * same array share one; otherwise the arrays are compared by position. That matters for entries such
 * as {@code effect_entries}, whose only resource is a {@code language} that several entries may share.
 */
final class ElementIdentity {

    // Tried in this order. The resource comes first: in {"language":{"name":"en"},"name":"Static"} the
    // element's own name is the translated text, which is the data being compared, not its identity.
    private static final List<Function<JsonElement, String>> KEYS =
            List.of(ElementIdentity::soleResourceName, ElementIdentity::ownName);

    private ElementIdentity() {
    }

    /** One name per element of each array, in element order; empty if the arrays must be compared by position. */
    static Optional<Names> of(JsonArray previous, JsonArray current) {
        for (Function<JsonElement, String> key : KEYS) {
            Optional<List<String>> before = uniqueKeys(previous, key);
            Optional<List<String>> after = uniqueKeys(current, key);
            if (before.isPresent() && after.isPresent()) {
                return Optional.of(new Names(before.get(), after.get()));
            }
        }
        return Optional.empty();
    }

    /** The element names of the previous and the current array, index for index. */
    record Names(List<String> previous, List<String> current) {
    }

    private static Optional<List<String>> uniqueKeys(JsonArray array, Function<JsonElement, String> key) {
        List<String> keys = new ArrayList<>(array.size());
        Set<String> distinct = new HashSet<>();
        for (JsonElement element : array) {
            String name = key.apply(element);
            if (name == null || !distinct.add(name)) {
                return Optional.empty();
            }
            keys.add(name);
        }
        return Optional.of(keys);
    }

    /** {@code static} in {@code {"name":"static","url":…}}. */
    private static String ownName(JsonElement element) {
        return element instanceof JsonObject object ? stringName(object) : null;
    }

    /** {@code static} in {@code {"ability":{"name":"static",…},"slot":1}}: the name of the one named child object. */
    private static String soleResourceName(JsonElement element) {
        if (!(element instanceof JsonObject object)) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            String name = field.getValue() instanceof JsonObject child ? stringName(child) : null;
            if (name != null) {
                if (found != null) {
                    return null; // two resources, such as language and version_group: neither alone identifies
                }
                found = name;
            }
        }
        return found;
    }

    private static String stringName(JsonObject object) {
        return object.get("name") instanceof JsonPrimitive name && name.isString() ? name.getAsString() : null;
    }
}
