package io.pokeapi.suite.sweep.schema;

import java.util.ArrayList;
import java.util.List;

/** Words a type mismatch as {@code expected string or null but was integer}: null last, as it reads best. */
final class TypeProblem {

    private static final String NULL = "null";

    private final List<String> expected = new ArrayList<>();
    private boolean nullable;

    TypeProblem expect(List<String> types) {
        for (String type : types) {
            if (NULL.equals(type)) {
                nullable = true;
            } else if (!expected.contains(type)) {
                expected.add(type);
            }
        }
        return this;
    }

    String was(String actual) {
        List<String> named = new ArrayList<>(expected);
        if (nullable) {
            named.add(NULL);
        }
        return "expected " + String.join(" or ", named) + " but was " + actual;
    }
}
