package io.pokeapi.suite.sweep.schema;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-written schemas under src/test/resources/schemas/minimal, laid out like api-data's data folder. */
final class MinimalSchemas {

    private MinimalSchemas() {
    }

    /** The folder holding schema/v2. */
    static Path folder() {
        try {
            return Path.of(MinimalSchemas.class.getResource("/schemas/minimal").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
