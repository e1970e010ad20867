package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * What one run sweeps and how: the resources (walked Pokémon first, then abilities, then types), a sample of
 * each drawn with the run's id as seed so that a run can be repeated, the threads, and where a person
 * watches the progress.
 *
 * @param resources the resources swept
 * @param sample    documents drawn per resource; 0 sweeps all
 * @param seed      the run's id: the same id draws the same sample
 * @param threads   documents fetched and checked at once
 * @param terminal  where the live progress line goes; empty for log lines
 * @param pageSize  entries each page of a list is asked for
 */
public record SweepPlan(Set<ApiResource> resources, int sample, UUID seed, int threads, Optional<PrintStream> terminal,
        int pageSize) {

    /** Entries a page asks for: PokéAPI's 1,351 Pokémon come in 14 pages. */
    public static final int PAGE_SIZE = 100;

    public SweepPlan {
        resources = Collections.unmodifiableSet(EnumSet.copyOf(resources));
        if (sample < 0 || threads < 1 || pageSize < 1) {
            throw new IllegalArgumentException("A sweep samples 0 or more documents on 1 or more threads, "
                    + "1 or more a page");
        }
    }

    public SweepPlan(Set<ApiResource> resources, int sample, UUID seed, int threads, Optional<PrintStream> terminal) {
        this(resources, sample, seed, threads, terminal, PAGE_SIZE);
    }

    /** The entries to sweep: all of them, or {@code sample} drawn at random, in the list's order. */
    List<SweptEntry> sampleOf(ApiResource resource, List<SweptEntry> entries) {
        if (sample == 0 || sample >= entries.size()) {
            return entries;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            positions.add(i);
        }
        Collections.shuffle(positions, new Random(seed.getMostSignificantBits() ^ seed.getLeastSignificantBits()
                ^ resource.ordinal()));
        return positions.subList(0, sample).stream().sorted(Comparator.naturalOrder()).map(entries::get).toList();
    }
}
