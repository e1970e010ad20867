package io.pokeapi.suite.outcome;

import java.net.URI;
import java.nio.file.Path;

/** How the suite names a scenario: its feature file, relative to the working folder, and its line. */
public final class ScenarioKeys {

    private ScenarioKeys() {
    }

    /** {@code features/pokemon.feature:7}; for an outline, the line of the example row. */
    public static String of(URI feature, int line) {
        return relativePath(feature) + ":" + line;
    }

    public static String relativePath(URI feature) {
        return "file".equals(feature.getScheme())
                ? Path.of("").toAbsolutePath().relativize(Path.of(feature)).toString()
                : feature.toString();
    }
}
