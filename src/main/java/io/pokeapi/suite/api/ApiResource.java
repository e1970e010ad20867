package io.pokeapi.suite.api;

import java.util.Arrays;
import java.util.Locale;

/** The resources the suite covers, with the words features use for them. */
public enum ApiResource {
    POKEMON("pokemon", "Pokémon"),
    ABILITY("ability", "ability"),
    TYPE("type", "type");

    private final String path;
    private final String word;

    ApiResource(String path, String word) {
        this.path = path;
        this.word = word;
    }

    /** The path segment of the resource's endpoints, such as {@code pokemon}. */
    public String path() {
        return path;
    }

    public String word() {
        return word;
    }

    /** The resource a feature means by a word such as "Pokémon", "pokemon", "abilities" or "type". */
    public static ApiResource fromWord(String word) {
        String wanted = ApiNames.of(word);
        return Arrays.stream(values())
                .filter(resource -> wanted.equals(resource.path) || wanted.equals(plural(resource.path)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown resource '" + word
                        + "': features can speak of Pokémon, abilities and types"));
    }

    private static String plural(String path) {
        return path.endsWith("y") ? path.substring(0, path.length() - 1) + "ies" : path + "s";
    }

    @Override
    public String toString() {
        return word.toLowerCase(Locale.ROOT);
    }
}
