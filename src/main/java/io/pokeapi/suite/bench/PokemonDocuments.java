package io.pokeapi.suite.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the planned Pokémon and their encounters, each from its real template, one template in memory at a
 * time, and notes the abilities and types each holds for their back-references.
 */
final class PokemonDocuments {

    private final Path fromApi;
    private final Path toApi;
    private final Holders abilities = new Holders("ability");
    private final Holders types = new Holders("type");

    PokemonDocuments(Path fromApi, Path toApi) {
        this.fromApi = fromApi;
        this.toApi = toApi;
    }

    /** A reference of a Pokémon to an ability or type, and its entry in that one's {@code pokemon[]}. */
    private record Held(int id, JsonObject entry) {
    }

    void write(PokedexPlan plan) {
        for (Map.Entry<Integer, List<PokedexPlan.Planned>> group : plan.byTemplate().entrySet()) {
            int template = group.getKey();
            JsonObject document = JsonFiles.read(LargePokedex.document(fromApi, "pokemon", template)).getAsJsonObject();
            byte[] encounters = JsonFiles.bytes(JsonFiles.read(encountersFile(fromApi, template)));
            List<Held> heldAbilities = held(document, template, "abilities", "ability");
            List<Held> heldTypes = held(document, template, "types", "type");
            JsonElement realForms = document.get("forms");
            JsonElement realEncounters = document.get("location_area_encounters");
            for (PokedexPlan.Planned pokemon : group.getValue()) {
                document.addProperty("id", pokemon.id());
                document.addProperty("name", pokemon.name());
                document.add("forms", pokemon.isReal() ? realForms : formsOf(pokemon));
                document.add("location_area_encounters", pokemon.isReal() ? realEncounters
                        : new JsonPrimitive("/api/v2/pokemon/" + pokemon.id() + "/encounters"));
                JsonFiles.write(LargePokedex.document(toApi, "pokemon", pokemon.id()), document);
                JsonFiles.write(encountersFile(toApi, pokemon.id()), encounters);
                JsonObject self = named(pokemon.name(), "/api/v2/pokemon/" + pokemon.id() + "/");
                heldAbilities.forEach(held -> abilities.add(held.id(), pokemon.id(), holderEntry(held.entry(), self)));
                heldTypes.forEach(held -> types.add(held.id(), pokemon.id(), holderEntry(held.entry(), self)));
            }
        }
    }

    Holders abilities() {
        return abilities;
    }

    Holders types() {
        return types;
    }

    static Path encountersFile(Path api, int id) {
        return api.resolve("pokemon").resolve(Integer.toString(id)).resolve("encounters").resolve("index.json");
    }

    /** Each {@code abilities[]} or {@code types[]} entry of a Pokémon: what it holds, with slot and is_hidden. */
    private static List<Held> held(JsonObject pokemon, int id, String field, String resource) {
        Pattern url = Pattern.compile("/api/v2/" + resource + "/([0-9]+)/");
        List<Held> held = new ArrayList<>();
        for (JsonElement element : pokemon.getAsJsonArray(field)) {
            JsonObject entry = element.getAsJsonObject();
            String reference = entry.getAsJsonObject(resource).get("url").getAsString();
            Matcher matcher = url.matcher(reference);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("pokemon/" + id + ": " + field + "[] names '" + reference
                        + "', not /api/v2/" + resource + "/<id>/");
            }
            held.add(new Held(Integer.parseInt(matcher.group(1)), entry));
        }
        return held;
    }

    /** The holder entry as abilities and types list it: the Pokémon instead of the ability or type. */
    private static JsonObject holderEntry(JsonObject held, JsonObject pokemon) {
        JsonObject entry = new JsonObject();
        if (held.has("is_hidden")) {
            entry.add("is_hidden", held.get("is_hidden"));
        }
        entry.add("pokemon", pokemon);
        entry.add("slot", held.get("slot"));
        return entry;
    }

    private static JsonArray formsOf(PokedexPlan.Planned pokemon) {
        JsonArray forms = new JsonArray();
        forms.add(named(pokemon.name(), "/api/v2/pokemon-form/" + pokemon.id() + "/"));
        return forms;
    }

    private static JsonObject named(String name, String url) {
        JsonObject named = new JsonObject();
        named.addProperty("name", name);
        named.addProperty("url", url);
        return named;
    }
}
