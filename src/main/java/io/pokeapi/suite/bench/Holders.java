package io.pokeapi.suite.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generated Pokémon that hold each ability or each type, noted while the Pokémon are written, so that
 * each ability's or type's {@code pokemon[]} can name exactly them.
 */
final class Holders {

    private final String resource;
    private final Map<Integer, List<Holder>> byId = new HashMap<>();

    /** @param resource "ability" or "type" */
    Holders(String resource) {
        this.resource = resource;
    }

    private record Holder(int pokemonId, JsonObject entry) {
    }

    /** Notes that Pokémon {@code pokemonId} holds {@code resourceId}, as the entry of its {@code pokemon[]}. */
    void add(int resourceId, int pokemonId, JsonObject entry) {
        byId.computeIfAbsent(resourceId, id -> new ArrayList<>()).add(new Holder(pokemonId, entry));
    }

    /**
     * Writes every document of the resource under {@code fromApi} to {@code toApi}, its {@code pokemon[]}
     * replaced by its holders in the order of their ids.
     */
    void rewrite(Path fromApi, Path toApi) {
        Set<Integer> written = new HashSet<>();
        for (int id : LargePokedex.documentIds(fromApi.resolve(resource))) {
            JsonObject document = JsonFiles.read(LargePokedex.document(fromApi, resource, id)).getAsJsonObject();
            JsonArray holders = new JsonArray();
            byId.getOrDefault(id, List.of()).stream().sorted(Comparator.comparingInt(Holder::pokemonId))
                    .forEach(holder -> holders.add(holder.entry()));
            document.add("pokemon", holders);
            JsonFiles.write(LargePokedex.document(toApi, resource, id), document);
            written.add(id);
        }
        Set<Integer> missing = new TreeSet<>(byId.keySet());
        missing.removeAll(written);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Pokémon hold " + resource + " " + missing + ", which has no document in "
                    + fromApi.resolve(resource));
        }
    }
}
