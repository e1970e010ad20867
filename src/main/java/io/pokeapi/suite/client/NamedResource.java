package io.pokeapi.suite.client;

/** PokéAPI's link to another resource: its name and its URL. */
public record NamedResource(String name, String url) {
}
