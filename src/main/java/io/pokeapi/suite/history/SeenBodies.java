package io.pokeapi.suite.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The body each recent URL of a run answered, by its hash: a URL answering the same body again costs
 * only its row. It keeps hashes, not bodies, and only the most recently used URLs, so that a sweep of
 * every resource does not hold the run's every body. Only the writer thread uses it.
 */
final class SeenBodies {

    static final int DEFAULT_URLS = 10_000;

    private final Map<String, Seen> byUrl;

    /** @param urls how many URLs it remembers; the least recently seen go first */
    SeenBodies(int urls) {
        if (urls < 1) {
            throw new IllegalArgumentException("SeenBodies must remember at least one URL, not " + urls);
        }
        this.byUrl = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
                return size() > urls;
            }
        };
    }

    /** How the body was stored, if {@code url} answered the body of this hash last time. */
    Optional<StoredBody> get(String url, String hash) {
        Seen seen = byUrl.get(url);
        return seen != null && seen.hash().equals(hash) ? Optional.of(seen.stored()) : Optional.empty();
    }

    /** Remembers that {@code url} answered the body of this hash, stored so; once the database has it. */
    void put(String url, String hash, StoredBody stored) {
        byUrl.put(url, new Seen(hash, stored));
    }

    int size() {
        return byUrl.size();
    }

    /** @param hash the hash of the body's URL-neutral text */
    private record Seen(String hash, StoredBody stored) {
    }
}
