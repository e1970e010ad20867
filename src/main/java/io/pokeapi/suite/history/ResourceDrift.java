package io.pokeapi.suite.history;

import java.util.List;

/**
 * How one resource's document changed since the previous run that fetched it.
 *
 * @param resource   such as {@code pokemon}
 * @param resourceId its id
 * @param name       its name
 * @param changes    every changed field
 */
public record ResourceDrift(String resource, int resourceId, String name, List<DataChange> changes) {

    public ResourceDrift {
        changes = List.copyOf(changes);
    }
}
