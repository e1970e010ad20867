package io.pokeapi.suite.contract;

/**
 * A place where a document breaks its contract.
 *
 * @param path     the concrete path, with array indexes, such as {@code types[1].type.name}
 * @param expected the JSON types the contract allows there
 * @param actual   what the document holds there: a JSON type, or "missing"
 */
public record Violation(String path, String expected, String actual) {

    @Override
    public String toString() {
        return path + ": expected " + expected + " but was " + actual;
    }
}
