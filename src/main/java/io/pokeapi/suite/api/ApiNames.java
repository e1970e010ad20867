package io.pokeapi.suite.api;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns the names features are written with ("Lightning Rod") into PokéAPI's names ("lightning-rod"). */
public final class ApiNames {

    private ApiNames() {
    }

    /** "Lightning Rod" is {@code lightning-rod}, "Pikachu" is {@code pikachu}, "Farfetch’d" is {@code farfetchd}. */
    public static String of(String displayName) {
        String plain = Normalizer.normalize(displayName.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("['’.]", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** "Grass, Ice, Bug and Steel" is {@code [grass, ice, bug, steel]}. */
    public static List<String> listOf(String displayNames) {
        return Arrays.stream(displayNames.split(",|\\band\\b"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(ApiNames::of)
                .toList();
    }
}
