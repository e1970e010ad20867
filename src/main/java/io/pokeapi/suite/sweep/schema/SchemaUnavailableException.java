package io.pokeapi.suite.sweep.schema;

/** The published schemas could not be read, downloaded or compiled; the message names the file or URL and why. */
public final class SchemaUnavailableException extends RuntimeException {

    SchemaUnavailableException(String message) {
        super(message);
    }
}
