package io.pokeapi.suite.client;

import java.util.List;

/** One page of a list endpoint such as {@code /pokemon?offset=20&limit=20}. */
public record NamedResourceList(int count, String next, String previous, List<NamedResource> results) {
}
