package io.pokeapi.suite.sweep.schema;

/**
 * A place where a document breaks its published schema.
 *
 * @param path    the concrete path, with array indexes, such as {@code types[2].type.url};
 *                {@code (document)} for the document itself
 * @param problem what is wrong there, such as {@code missing} or {@code expected integer but was string}
 */
public record SchemaViolation(String path, String problem) {

    @Override
    public String toString() {
        return path + ": " + problem;
    }
}
