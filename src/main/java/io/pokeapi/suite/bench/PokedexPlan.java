package io.pokeapi.suite.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * Which Pokémon a generated Pokédex holds: each one's id, its name and the real document it is made from.
 * The real Pokémon come first and keep their ids and names; the others take the ids the real list has
 * no document for (then ids past the list's last), each made from the real ones in turn.
 *
 * @param pokemon the Pokémon, by id
 */
record PokedexPlan(List<Planned> pokemon) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]+");

    /**
     * @param id       its id
     * @param name     its name, unique in the Pokédex
     * @param template the id of the real Pokémon whose document it is made from; its own id for a real one
     */
    record Planned(int id, String name, int template) {

        boolean isReal() {
            return id == template;
        }
    }

    PokedexPlan {
        pokemon = List.copyOf(pokemon);
    }

    /**
     * @param listed    every Pokémon of the real list: id to name
     * @param templates the ids of the real Pokémon that have a document
     * @param count     how many Pokémon the Pokédex holds
     */
    static PokedexPlan of(Map<Integer, String> listed, SortedSet<Integer> templates, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A generated Pokédex needs at least one Pokémon, not " + count);
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("The real data has no Pokémon document to generate Pokémon from");
        }
        List<Integer> real = templates.stream().limit(count).toList();
        List<Planned> pokemon = new ArrayList<>();
        for (int id : real) {
            String name = listed.get(id);
            if (name == null) {
                throw new IllegalArgumentException("pokemon/" + id + " has a document but is not in the Pokémon list");
            }
            pokemon.add(new Planned(id, name, id));
        }
        List<Integer> free = freeIds(listed, templates, count - real.size());
        for (int i = 0; i < free.size(); i++) {
            int template = real.get(i % real.size());
            pokemon.add(new Planned(free.get(i), listed.get(template) + "-" + free.get(i), template));
        }
        pokemon.sort(Comparator.comparingInt(Planned::id));
        checkNames(pokemon);
        return new PokedexPlan(pokemon);
    }

    /** The ids the real list has no document for, in order, then ids past every known one. */
    private static List<Integer> freeIds(Map<Integer, String> listed, SortedSet<Integer> templates, int wanted) {
        List<Integer> free = new ArrayList<>(Math.max(wanted, 0));
        listed.keySet().stream().sorted().filter(id -> !templates.contains(id)).limit(Math.max(wanted, 0))
                .forEach(free::add);
        int next = Math.max(templates.last(), listed.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        while (free.size() < wanted) {
            free.add(next++);
        }
        return free;
    }

    private static void checkNames(List<Planned> pokemon) {
        Set<String> names = new HashSet<>();
        for (Planned planned : pokemon) {
            if (!KEY.matcher(planned.name()).matches()) {
                throw new IllegalArgumentException("pokemon/" + planned.id() + " would be named '" + planned.name()
                        + "', which is not a key of [a-z0-9-]+");
            }
            if (!names.add(planned.name())) {
                throw new IllegalArgumentException("Two generated Pokémon would be named '" + planned.name() + "'");
            }
        }
    }

    /** The Pokémon by the real document each is made from, so that each document is read once. */
    Map<Integer, List<Planned>> byTemplate() {
        Map<Integer, List<Planned>> groups = new LinkedHashMap<>();
        for (Planned planned : pokemon) {
            groups.computeIfAbsent(planned.template(), template -> new ArrayList<>()).add(planned);
        }
        return groups;
    }
}
