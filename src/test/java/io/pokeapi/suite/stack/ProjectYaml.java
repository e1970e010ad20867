package io.pokeapi.suite.stack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The project's YAML files: finding them all, and reading one as plain maps and lists. */
final class ProjectYaml {

    /** Folders that hold build output, downloaded packages or git's own files, never the project's YAML. */
    private static final Set<String> NOT_THE_PROJECTS = Set.of("target", "node_modules", ".git");

    private ProjectYaml() {
    }

    /** The project's folder: Maven runs the tests in it. */
    static Path root() {
        return Path.of("").toAbsolutePath();
    }

    /** Every {@code .yml} and {@code .yaml} file under {@code root}, hidden folders such as .github included, sorted. */
    static List<Path> files(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return NOT_THE_PROJECTS.contains(dir.getFileName().toString()) && !dir.equals(root)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if (attributes.isRegularFile() && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** A YAML file whose top is a mapping, read with SnakeYAML's safe constructor (plain maps, lists, scalars). */
    static Map<Object, Object> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return map(document, file.toString());
        }
    }

    /** The node as a mapping, or a failure naming what was expected there. */
    @SuppressWarnings("unchecked")
    static Map<Object, Object> map(Object node, String what) {
        if (node instanceof Map<?, ?> map) {
            return (Map<Object, Object>) map;
        }
        throw new AssertionError(what + " must be a mapping, but is " + describe(node));
    }

    /** The node as a sequence, or a failure naming what was expected there. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String what) {
        if (node instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new AssertionError(what + " must be a sequence, but is " + describe(node));
    }

    private static String describe(Object node) {
        return node == null ? "empty" : node.getClass().getSimpleName() + " " + node;
    }
}
