package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.util.OptionalInt;

/**
 * One entry of a resource's list, as the sweep found it: what it fetches, and how reports name it.
 *
 * @param resource the resource whose list names it
 * @param id       the id its URL ends with, if it ends with one
 * @param name     the name the list gives it
 * @param url      the absolute URL the list links it to
 */
public record SweptEntry(ApiResource resource, OptionalInt id, String name, String url) {

    /** How reports name it: {@code #12 butterfree}. */
    public String label() {
        return id.isPresent() ? "#" + id.getAsInt() + " " + name : name;
    }

    /** The key links to it use: {@code pokemon/12}. */
    public String key() {
        return resource.path() + "/" + (id.isPresent() ? Integer.toString(id.getAsInt()) : name);
    }

    @Override
    public String toString() {
        return resource + " " + label();
    }
}
