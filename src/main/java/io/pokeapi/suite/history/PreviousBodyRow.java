package io.pokeapi.suite.history;

/**
 * The latest 200 body an earlier run stored for a resource.
 *
 * @param resource   such as {@code pokemon}
 * @param resourceId its id
 * @param bodyHash   the body's hash in {@code response_bodies}
 */
public record PreviousBodyRow(String resource, int resourceId, String bodyHash) {
}
