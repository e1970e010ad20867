package io.pokeapi.suite.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * A Compose file read as YAML, its anchors and merge keys applied: as written ({@link #raw}), and as it
 * resolves when no variable is set ({@link #withDefaults}): {@code ${NAME:-default}} becomes its default,
 * {@code ${NAME}} and {@code ${NAME:?message}} nothing, {@code $$} a dollar sign.
 */
final class ComposeFile {

    /** {@code $$}, or a variable with an optional {@code :-}, {@code -}, {@code :?} or {@code ?} and its text. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?]([^}]*))?}");

    private final Map<String, Object> raw;
    private final Map<String, Object> withDefaults;
    private final Set<String> variables;

    private ComposeFile(String text) {
        this.raw = new Yaml().load(text);
        this.withDefaults = new Yaml().load(text);
        this.variables = new TreeSet<>();
        interpolate(withDefaults);
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                variables.add(matcher.group(1));
            }
        }
    }

    static ComposeFile read(Path file) throws IOException {
        return new ComposeFile(Files.readString(file));
    }

    /** The file as written. */
    Map<String, Object> raw() {
        return raw;
    }

    /** The file as it resolves with no variable set. */
    Map<String, Object> withDefaults() {
        return withDefaults;
    }

    /** Names of the variables the file reads. */
    Set<String> variables() {
        return variables;
    }

    /** Each service's definition with defaults, by name. */
    Map<String, Map<String, Object>> services() {
        return mapOfMaps(withDefaults.get("services"));
    }

    /** Each service's definition as written, by name. */
    Map<String, Map<String, Object>> rawServices() {
        return mapOfMaps(raw.get("services"));
    }

    /** What {@code text} resolves to when no variable is set. */
    static String withDefaults(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(0).equals("$$")) {
                replacement = "$";
            } else {
                String operator = matcher.group(0).replaceFirst("^\\$\\{[A-Za-z_][A-Za-z0-9_]*", "");
                replacement = operator.startsWith(":-") || operator.startsWith("-") ? matcher.group(2) : "";
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> mapOfMaps(Object value) {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> result.put(String.valueOf(key),
                    entry instanceof Map<?, ?> ? (Map<String, Object>) entry : Map.of()));
        }
        return result;
    }

    /** A YAML mapping, or an empty one for anything else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    /** A list of strings, or a map's keys (Compose accepts both for networks and depends_on). */
    static List<String> names(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> names.add(String.valueOf(key)));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> names.add(String.valueOf(item)));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static void interpolate(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<Object, Object> entry : ((Map<Object, Object>) map).entrySet()) {
                if (entry.getValue() instanceof String text) {
                    entry.setValue(withDefaults(text));
                } else {
                    interpolate(entry.getValue());
                }
            }
        } else if (node instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof String text) {
                    items.set(i, withDefaults(text));
                } else {
                    interpolate(items.get(i));
                }
            }
        }
    }
}
