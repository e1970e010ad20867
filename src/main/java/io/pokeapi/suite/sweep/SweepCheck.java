package io.pokeapi.suite.sweep;

/** What a sweep checks every document for: each is a scenario of features/sweep.feature. */
public enum SweepCheck {
    /** The document honours its named contract of features/contracts. */
    CONTRACT("break their contract"),
    /** The document honours PokéAPI's published JSON Schema. */
    SCHEMA("break PokéAPI's published schema"),
    /** What a document lists, the other lists back. */
    BACK_REFERENCES("are not listed back"),
    /** Every link leads to a resource that answers, with the name it gives. */
    LINKS("have broken links"),
    /** Every entry of a list leads to a document that answers 200. */
    LIST_ENTRIES("cannot be fetched from their list");

    private final String failure;

    SweepCheck(String failure) {
        this.failure = failure;
    }

    /** How the documents that fail this check read in a summary: "3 Pokémon break their contract". */
    public String failure() {
        return failure;
    }
}
