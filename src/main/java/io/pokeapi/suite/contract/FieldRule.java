package io.pokeapi.suite.contract;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of a contract: a field path and the JSON types it may have.
 * In a path, {@code types[]} stands for every element of the array {@code types}, so
 * {@code types[].type.name} asks every element for a {@code type} object with a {@code name}.
 *
 * @param path    the field path, such as {@code sprites.front_default}
 * @param allowed the JSON types the field may have; {@code string or null} allows both
 */
public record FieldRule(String path, Set<JsonKind> allowed) {

    public FieldRule {
        if (path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new IllegalArgumentException("Invalid field path '" + path + "'");
        }
        allowed = Set.copyOf(allowed);
    }

    /** A rule from its written form, such as {@code ("sprites.front_default", "string or null")}. */
    public static FieldRule parse(String path, String types) {
        Set<JsonKind> kinds = Arrays.stream(types.split("\\bor\\b|,|\\|"))
                .filter(word -> !word.isBlank())
                .map(JsonKind::parse)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(JsonKind.class)));
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("No JSON type given for field '" + path + "'");
        }
        return new FieldRule(path.trim(), kinds);
    }

    /** The path split at dots, with {@code name[]} kept as one step meaning "every element of name". */
    List<String> steps() {
        return List.of(path.split("\\."));
    }

    String describeAllowed() {
        return allowed.stream().sorted().map(JsonKind::toString).collect(Collectors.joining(" or "));
    }
}
