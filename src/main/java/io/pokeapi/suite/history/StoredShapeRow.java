package io.pokeapi.suite.history;

/**
 * A stored body's hash and shape.
 *
 * @param hash  the body's hash
 * @param shape its {@link Shape} as JSON text, or null if it was stored without one
 */
public record StoredShapeRow(String hash, String shape) {
}
