package io.pokeapi.suite.sweep.schema;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a body into Jackson's tree, once, for every check of the sweep: the published schema's validator
 * needs this tree, and the contract, link, back-reference and unknown-field checks read the same one.
 * As strict as the client's reading of bodies: one JSON value and nothing after it.
 */
public final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonText() {
    }

    /** @throws NotJsonException saying in one line why {@code text} is not one JSON value */
    public static JsonNode read(String text) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new NotJsonException("the body is empty");
            }
            return tree;
        } catch (JacksonException e) {
            throw new NotJsonException(JsonSyntax.problem(e));
        }
    }

    /** A body that is not one JSON value; the message says why, in one line. */
    public static final class NotJsonException extends RuntimeException {

        NotJsonException(String problem) {
            super(problem);
        }
    }
}
