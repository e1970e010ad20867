package io.pokeapi.suite.history;

import com.google.gson.JsonParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shape the latest schema version of each endpoint has, read once per run; empty for a new endpoint. */
final class PreviousShapes {

    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    /** @param schemas a DAO the calling thread may use */
    Shape of(String endpoint, SchemaDao schemas) {
        return shapes.computeIfAbsent(endpoint, key -> schemas.latest(key)
                .map(row -> Shape.fromJson(JsonParser.parseString(row.shape())))
                .orElse(Shape.empty()));
    }
}
