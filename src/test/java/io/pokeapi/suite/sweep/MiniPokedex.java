package io.pokeapi.suite.sweep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A tiny, consistent PokéAPI written by a test into a folder the replica serves: Pokémon with their types
 * and abilities, which list them back, each document with the fields of its contract.
 */
final class MiniPokedex {

    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();

    /** A Pokémon's type or ability in a slot. */
    record Slot(String name, int slot, boolean hidden) {
    }

    private record Pokemon(int id, String name, List<Slot> types, List<Slot> abilities) {
    }

    private final Path root;
    private final Map<String, Integer> typeIds = new LinkedHashMap<>();
    private final Map<String, Integer> abilityIds = new LinkedHashMap<>();
    private final List<Pokemon> pokemon = new ArrayList<>();

    private MiniPokedex(Path root) {
        this.root = root;
    }

    static MiniPokedex in(Path root) {
        return new MiniPokedex(root);
    }

    MiniPokedex type(int id, String name) {
        typeIds.put(name, id);
        return this;
    }

    MiniPokedex ability(int id, String name) {
        abilityIds.put(name, id);
        return this;
    }

    MiniPokedex pokemon(int id, String name, List<Slot> types, List<Slot> abilities) {
        pokemon.add(new Pokemon(id, name, types, abilities));
        return this;
    }

    /** The usual set: three Pokémon, two types, three abilities. */
    static MiniPokedex standard(Path root) {
        return in(root).type(12, "grass").type(4, "poison").type(10, "fire")
                .ability(65, "overgrow").ability(34, "chlorophyll").ability(66, "blaze")
                .pokemon(1, "bulbasaur", List.of(new Slot("grass", 1, false), new Slot("poison", 2, false)),
                        List.of(new Slot("overgrow", 1, false), new Slot("chlorophyll", 3, true)))
                .pokemon(2, "ivysaur", List.of(new Slot("grass", 1, false), new Slot("poison", 2, false)),
                        List.of(new Slot("overgrow", 1, false), new Slot("chlorophyll", 3, true)))
                .pokemon(4, "charmander", List.of(new Slot("fire", 1, false)),
                        List.of(new Slot("blaze", 1, false)));
    }

    /** Writes the data: {@code root/data/api/v2/...}; returns the root. */
    Path write() {
        JsonObject index = new JsonObject();
        for (String resource : List.of("ability", "type", "pokemon", "move", "pokemon-species", "pokemon-form",
                "generation", "stat", "language", "version", "version-group", "move-learn-method", "location-area",
                "encounter-method", "move-damage-class")) {
            index.addProperty(resource, "/api/v2/" + resource + "/");
        }
        write("", index);
        List<String[]> pokemonEntries = new ArrayList<>();
        for (Pokemon one : pokemon) {
            pokemonEntries.add(new String[] {one.name(), "/api/v2/pokemon/" + one.id() + "/"});
            write("pokemon/" + one.id(), pokemonDocument(one));
            write("pokemon/" + one.id() + "/encounters", encounters());
        }
        write("pokemon", list(pokemonEntries));
        List<String[]> typeEntries = new ArrayList<>();
        typeIds.forEach((name, id) -> {
            typeEntries.add(new String[] {name, "/api/v2/type/" + id + "/"});
            write("type/" + id, typeDocument(id, name));
        });
        write("type", list(typeEntries));
        List<String[]> abilityEntries = new ArrayList<>();
        abilityIds.forEach((name, id) -> {
            abilityEntries.add(new String[] {name, "/api/v2/ability/" + id + "/"});
            write("ability/" + id, abilityDocument(id, name));
        });
        write("ability", list(abilityEntries));
        return root;
    }

    /** Changes the written document {@code <resource>/<id>}. */
    static void edit(Path root, String resource, int id, Consumer<JsonObject> change) {
        Path file = file(root, resource + "/" + id);
        try {
            JsonObject document = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            change.accept(document);
            Files.writeString(file, GSON.toJson(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the written document {@code <resource>/<id>}, leaving its list entry. */
    static void remove(Path root, String resource, int id) {
        try {
            Files.delete(file(root, resource + "/" + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonObject pokemonDocument(Pokemon one) {
        JsonObject document = new JsonObject();
        document.addProperty("id", one.id());
        document.addProperty("name", one.name());
        document.addProperty("base_experience", 64);
        document.addProperty("height", 7);
        document.addProperty("weight", 69);
        document.addProperty("order", one.id());
        document.addProperty("is_default", true);
        document.addProperty("location_area_encounters", "/api/v2/pokemon/" + one.id() + "/encounters");
        JsonArray abilities = new JsonArray();
        one.abilities().forEach(slot -> {
            JsonObject entry = new JsonObject();
            entry.add("ability", named(slot.name(), "ability", abilityIds.get(slot.name())));
            entry.addProperty("is_hidden", slot.hidden());
            entry.addProperty("slot", slot.slot());
            abilities.add(entry);
        });
        document.add("abilities", abilities);
        JsonArray types = new JsonArray();
        one.types().forEach(slot -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("slot", slot.slot());
            entry.add("type", named(slot.name(), "type", typeIds.get(slot.name())));
            types.add(entry);
        });
        document.add("types", types);
        JsonObject stat = new JsonObject();
        stat.addProperty("base_stat", 45);
        stat.addProperty("effort", 0);
        stat.add("stat", named("hp", "stat", 1));
        document.add("stats", array(stat));
        JsonObject sprites = new JsonObject();
        sprites.add("front_default", JsonNull.INSTANCE);
        sprites.add("back_default", JsonNull.INSTANCE);
        document.add("sprites", sprites);
        document.add("species", named(one.name(), "pokemon-species", one.id()));
        JsonObject move = new JsonObject();
        move.add("move", named("tackle", "move", 33));
        JsonObject learned = new JsonObject();
        learned.addProperty("level_learned_at", 1);
        learned.add("move_learn_method", named("level-up", "move-learn-method", 1));
        learned.add("version_group", named("red-blue", "version-group", 1));
        move.add("version_group_details", array(learned));
        document.add("moves", array(move));
        document.add("forms", array(named(one.name(), "pokemon-form", one.id())));
        document.add("game_indices", new JsonArray());
        document.add("held_items", new JsonArray());
        JsonObject cries = new JsonObject();
        cries.addProperty("latest", "https://raw.githubusercontent.com/PokeAPI/cries/main/cries/pokemon/latest/1.ogg");
        cries.add("legacy", JsonNull.INSTANCE);
        document.add("cries", cries);
        document.add("past_types", new JsonArray());
        return document;
    }

    private static JsonArray encounters() {
        JsonObject encounter = new JsonObject();
        encounter.add("location_area", named("pallet-town-area", "location-area", 285));
        JsonObject detail = new JsonObject();
        detail.add("version", named("red", "version", 1));
        detail.addProperty("max_chance", 10);
        detail.add("encounter_details", new JsonArray());
        encounter.add("version_details", array(detail));
        return array(encounter);
    }

    private JsonObject typeDocument(int id, String name) {
        JsonObject document = new JsonObject();
        document.addProperty("id", id);
        document.addProperty("name", name);
        JsonObject relations = new JsonObject();
        for (String relation : List.of("double_damage_to", "half_damage_to", "no_damage_to", "double_damage_from",
                "half_damage_from", "no_damage_from")) {
            relations.add(relation, new JsonArray());
        }
        relations.getAsJsonArray("half_damage_to").add(named(name, "type", id));
        document.add("damage_relations", relations);
        document.add("past_damage_relations", new JsonArray());
        document.add("game_indices", new JsonArray());
        document.add("generation", named("generation-i", "generation", 1));
        document.add("move_damage_class", named("special", "move-damage-class", 3));
        document.add("names", array(name(name)));
        JsonArray members = new JsonArray();
        for (Pokemon one : pokemon) {
            one.types().stream().filter(slot -> slot.name().equals(name)).forEach(slot -> {
                JsonObject member = new JsonObject();
                member.add("pokemon", named(one.name(), "pokemon", one.id()));
                member.addProperty("slot", slot.slot());
                members.add(member);
            });
        }
        document.add("pokemon", members);
        document.add("moves", array(named("tackle", "move", 33)));
        return document;
    }

    private JsonObject abilityDocument(int id, String name) {
        JsonObject document = new JsonObject();
        document.addProperty("id", id);
        document.addProperty("name", name);
        document.addProperty("is_main_series", true);
        document.add("generation", named("generation-iii", "generation", 3));
        document.add("names", array(name(name)));
        JsonObject effect = new JsonObject();
        effect.addProperty("effect", "Strengthens moves.");
        effect.addProperty("short_effect", "Strengthens moves.");
        effect.add("language", named("en", "language", 9));
        document.add("effect_entries", array(effect));
        document.add("effect_changes", new JsonArray());
        JsonObject flavor = new JsonObject();
        flavor.addProperty("flavor_text", "Ups moves.");
        flavor.add("language", named("en", "language", 9));
        flavor.add("version_group", named("ruby-sapphire", "version-group", 5));
        document.add("flavor_text_entries", array(flavor));
        JsonArray holders = new JsonArray();
        for (Pokemon one : pokemon) {
            one.abilities().stream().filter(slot -> slot.name().equals(name)).forEach(slot -> {
                JsonObject holder = new JsonObject();
                holder.addProperty("is_hidden", slot.hidden());
                holder.add("pokemon", named(one.name(), "pokemon", one.id()));
                holder.addProperty("slot", slot.slot());
                holders.add(holder);
            });
        }
        document.add("pokemon", holders);
        return document;
    }

    private static JsonObject name(String name) {
        JsonObject entry = new JsonObject();
        entry.addProperty("name", name);
        entry.add("language", named("en", "language", 9));
        return entry;
    }

    private static JsonObject list(List<String[]> entries) {
        JsonObject list = new JsonObject();
        list.addProperty("count", entries.size());
        list.add("next", JsonNull.INSTANCE);
        list.add("previous", JsonNull.INSTANCE);
        JsonArray results = new JsonArray();
        entries.forEach(entry -> {
            JsonObject result = new JsonObject();
            result.addProperty("name", entry[0]);
            result.addProperty("url", entry[1]);
            results.add(result);
        });
        list.add("results", results);
        return list;
    }

    static JsonObject named(String name, String resource, Integer id) {
        JsonObject named = new JsonObject();
        named.addProperty("name", name);
        named.addProperty("url", "/api/v2/" + resource + "/" + id + "/");
        return named;
    }

    private static JsonArray array(JsonElement... elements) {
        JsonArray array = new JsonArray();
        for (JsonElement element : elements) {
            array.add(element);
        }
        return array;
    }

    private void write(String path, JsonElement document) {
        Path file = file(root, path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, GSON.toJson(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(Path root, String path) {
        Path folder = root.resolve("data/api/v2");
        return (path.isEmpty() ? folder : folder.resolve(path)).resolve("index.json");
    }
}
