package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * What each swept document says of the others: a Pokémon's types and abilities with their slots, a
 * type's and an ability's Pokémon. Kept small (names and slots, never documents) until every document is
 * in, then compared both ways among the documents swept: a reference to a document not swept is not
 * followed.
 */
final class BackReferenceLedger {

    /** How one document lists another: in which slot, and for abilities whether hidden. */
    private record Listing(int slot, boolean hidden) {
    }

    /** What one swept document lists, by the listed resource's name, with the label reports name it by. */
    private record Listed(String label, Map<String, Listing> listings) {
    }

    private final Map<String, Listed> pokemonTypes = new ConcurrentHashMap<>();
    private final Map<String, Listed> pokemonAbilities = new ConcurrentHashMap<>();
    private final Map<String, Listed> typeMembers = new ConcurrentHashMap<>();
    private final Map<String, Listed> abilityHolders = new ConcurrentHashMap<>();

    void pokemon(String label, JsonNode pokemon) {
        String name = nameOf(pokemon);
        pokemonTypes.put(name, new Listed(label, listings(pokemon, "types", "type")));
        pokemonAbilities.put(name, new Listed(label, listings(pokemon, "abilities", "ability")));
    }

    void type(String label, JsonNode type) {
        typeMembers.put(nameOf(type), new Listed(label, listings(type, "pokemon", "pokemon")));
    }

    void ability(String label, JsonNode ability) {
        abilityHolders.put(nameOf(ability), new Listed(label, listings(ability, "pokemon", "pokemon")));
    }

    /** Compares what the swept documents list with what the listed ones list back. */
    void check(Findings findings) {
        compare(pokemonTypes, typeMembers, ApiResource.POKEMON, "a type", "its types", false, findings);
        compare(pokemonAbilities, abilityHolders, ApiResource.POKEMON, "an ability", "its abilities", true, findings);
        compare(typeMembers, pokemonTypes, ApiResource.TYPE, "a Pokémon", "its Pokémon", false, findings);
        compare(abilityHolders, pokemonAbilities, ApiResource.ABILITY, "a Pokémon", "its holders", true, findings);
    }

    /**
     * For each listing of a swept {@code from} document whose target was swept too: the target must list
     * it back, in the same slot and, where {@code withHidden}, hidden alike.
     */
    private static void compare(Map<String, Listed> from, Map<String, Listed> back, ApiResource resource,
            String other, String ownList, boolean withHidden, Findings findings) {
        from.forEach((name, listed) -> listed.listings().forEach((target, listing) -> {
            Listed targetListed = back.get(target);
            if (targetListed == null) {
                return; // not swept: not followed
            }
            Listing backListing = targetListed.listings().get(name);
            if (backListing == null) {
                findings.add(SweepCheck.BACK_REFERENCES, resource, other + " among " + ownList
                        + " does not list it back", listed.label(), target);
            } else if (backListing.slot() != listing.slot()) {
                findings.add(SweepCheck.BACK_REFERENCES, resource, other + " among " + ownList
                        + " lists it back in another slot", listed.label(),
                        target + ": slot " + backListing.slot() + " there, slot " + listing.slot() + " here");
            } else if (withHidden && backListing.hidden() != listing.hidden()) {
                findings.add(SweepCheck.BACK_REFERENCES, resource, other + " among " + ownList
                        + " lists it back hidden differently", listed.label(),
                        target + ": " + hidden(backListing) + " there, " + hidden(listing) + " here");
            }
        }));
    }

    /** {@code types[].type.name} with {@code types[].slot} (and {@code is_hidden}), leniently: the contract checks form. */
    private static Map<String, Listing> listings(JsonNode document, String list, String field) {
        Map<String, Listing> listings = new HashMap<>();
        JsonNode entries = document.get(list);
        if (entries == null || !entries.isArray()) {
            return listings;
        }
        for (JsonNode entry : entries.values()) {
            JsonNode listed = entry.get(field);
            if (listed != null && listed.isObject() && isScalar(listed.get("name"))) {
                listings.put(listed.get("name").asString(),
                        new Listing(intOf(entry.get("slot")), booleanOf(entry.get("is_hidden"))));
            }
        }
        return listings;
    }

    private static String hidden(Listing listing) {
        return listing.hidden() ? "hidden" : "not hidden";
    }

    private static String nameOf(JsonNode document) {
        JsonNode name = document.get("name");
        return isScalar(name) ? name.asString() : "";
    }

    private static boolean isScalar(JsonNode value) {
        return value != null && value.isValueNode() && !value.isNull();
    }

    private static int intOf(JsonNode value) {
        return value != null && value.isNumber() ? value.asInt() : -1;
    }

    private static boolean booleanOf(JsonNode value) {
        return value != null && value.isBoolean() && value.booleanValue();
    }
}
