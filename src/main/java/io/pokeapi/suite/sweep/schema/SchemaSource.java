package io.pokeapi.suite.sweep.schema;

/** Where the schema files come from: a folder or a web server holding {@code schema/v2}. */
interface SchemaSource {

    /**
     * The text of {@code file}, a path relative to {@code schema/v2}.
     *
     * @throws SchemaUnavailableException naming the file or URL when it cannot be read
     */
    String read(String file);

    /** The file or URL {@code file} is read from, for messages. */
    String locate(String file);
}
