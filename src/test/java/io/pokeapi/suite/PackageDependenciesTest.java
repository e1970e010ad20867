package io.pokeapi.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages of src/main depend on one another without a cycle, as the README says. */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/pokeapi/suite");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.pokeapi\\.suite\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfRoundThroughOthers() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();
        assertThat(dependencies).containsKeys("run", "client", "history", "outcome");

        assertThat(cycle(dependencies)).as("a cycle of package dependencies").isEmpty();
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Set<String>> dependencies = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a"));

        assertThat(cycle(dependencies)).hasValueSatisfying(found -> assertThat(found).contains("a", "b", "c"));
    }

    /** Each package below io.pokeapi.suite, with the others its classes import. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    return;
                }
                String own = relative.getName(0).toString();
                Set<String> imported = dependencies.computeIfAbsent(own, name -> new TreeSet<>());
                Matcher matcher = IMPORT.matcher(read(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(own)) {
                        imported.add(matcher.group(1));
                    }
                }
            });
        }
        return dependencies;
    }

    /** A path of packages that leads back to its first, if there is one. */
    private static Optional<List<String>> cycle(Map<String, Set<String>> dependencies) {
        for (String start : dependencies.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.push(List.of(start));
            Set<String> seen = new TreeSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : dependencies.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    if (next.equals(start)) {
                        return Optional.of(longer);
                    }
                    if (seen.add(next)) {
                        paths.push(longer);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
