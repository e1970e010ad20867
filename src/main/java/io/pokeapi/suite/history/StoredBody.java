package io.pokeapi.suite.history;

/**
 * A body as stored: its hash and the resource it describes; {@link #NONE} for a body that is not a JSON
 * document, which is not stored.
 */
record StoredBody(String hash, Integer id, String name) {

    static final StoredBody NONE = new StoredBody(null, null, null);
}
