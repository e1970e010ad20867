package io.pokeapi.suite.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import tools.jackson.databind.JsonNode;

/**
 * What a contract reads of a JSON tree, whichever library built it: Gson's for the steps, Jackson's for the
 * sweep, which reads each document once into the tree its published schema is validated on. One contract,
 * one way of checking it, over either tree.
 *
 * @param <N> the library's type of a JSON value
 */
final class JsonTree<N> {

    /** Gson's trees, as the client parses a response for the steps. */
    static final JsonTree<JsonElement> GSON = new JsonTree<>(JsonKind::of,
            (object, name) -> ((JsonObject) object).get(name), array -> ((JsonArray) array).size(),
            (array, index) -> ((JsonArray) array).get(index));

    /** Jackson's trees, as the sweep reads a document. */
    static final JsonTree<JsonNode> JACKSON = new JsonTree<>(JsonKind::of, JsonNode::get, JsonNode::size,
            JsonNode::get);

    private final Function<N, JsonKind> kind;
    private final BiFunction<N, String, N> field;
    private final ToIntFunction<N> size;
    private final IndexedElement<N> element;

    private JsonTree(Function<N, JsonKind> kind, BiFunction<N, String, N> field, ToIntFunction<N> size,
            IndexedElement<N> element) {
        this.kind = kind;
        this.field = field;
        this.size = size;
        this.element = element;
    }

    /** The value's JSON type; {@code null} is {@link JsonKind#NULL}. */
    JsonKind kind(N value) {
        return kind.apply(value);
    }

    /** The value of {@code object}'s field {@code name}, or null when it has none. */
    N field(N object, String name) {
        return field.apply(object, name);
    }

    int size(N array) {
        return size.applyAsInt(array);
    }

    N element(N array, int index) {
        return element.get(array, index);
    }

    @FunctionalInterface
    private interface IndexedElement<N> {
        N get(N array, int index);
    }
}
