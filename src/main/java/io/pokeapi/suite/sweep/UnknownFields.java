package io.pokeapi.suite.sweep;

import io.pokeapi.suite.sweep.schema.SchemaDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fields documents have that PokéAPI's published schema does not describe: not failures (the API may add
 * fields before its schemas say so), but listed in the report and the history, with how many documents
 * had each.
 */
public final class UnknownFields {

    private final Map<SchemaDocument, Map<String, LongAdder>> fields = new ConcurrentHashMap<>();

    /**
     * @param schema    the schema the documents are held to
     * @param field     the field's path, such as {@code sprites.other.showdown.front_female}
     * @param documents how many documents had it
     */
    public record Field(SchemaDocument schema, String field, long documents) {
    }

    void add(SchemaDocument schema, List<String> paths) {
        Map<String, LongAdder> known = fields.computeIfAbsent(schema, key -> new ConcurrentSkipListMap<>());
        paths.forEach(path -> known.computeIfAbsent(path, key -> new LongAdder()).increment());
    }

    /** Every unknown field, by schema and then path. */
    public List<Field> all() {
        List<Field> all = new ArrayList<>();
        for (SchemaDocument schema : SchemaDocument.values()) {
            fields.getOrDefault(schema, Map.of()).forEach((field, count) -> all.add(new Field(schema, field, count.sum())));
        }
        return all;
    }
}
