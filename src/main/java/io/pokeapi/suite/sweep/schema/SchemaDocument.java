package io.pokeapi.suite.sweep.schema;

/**
 * The documents the sweep validates, each with the file of its published schema under
 * {@code schema/v2} (the layout of PokéAPI's api-data repository).
 */
public enum SchemaDocument {
    POKEMON("pokemon/$id/index.json"),
    POKEMON_ENCOUNTERS("pokemon/$id/encounters/index.json"),
    ABILITY("ability/$id/index.json"),
    TYPE("type/$id/index.json"),
    POKEMON_LIST("pokemon/index.json"),
    ABILITY_LIST("ability/index.json"),
    TYPE_LIST("type/index.json");

    private final String file;

    SchemaDocument(String file) {
        this.file = file;
    }

    /** The schema's file relative to {@code schema/v2}, such as {@code pokemon/$id/index.json}. */
    public String file() {
        return file;
    }
}
