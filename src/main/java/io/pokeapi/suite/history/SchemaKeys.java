package io.pokeapi.suite.history;

import io.pokeapi.suite.client.Endpoint;

/** Which endpoints share a schema: a resource looked up by name has the shape it has by id. */
final class SchemaKeys {

    private SchemaKeys() {
    }

    static String of(Endpoint endpoint) {
        return endpoint.template().replace("{name}", "{id}");
    }

    static boolean isDocument(Endpoint endpoint) {
        return of(endpoint).endsWith("/{id}");
    }
}
