package io.pokeapi.suite.sweep.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema files the {@link SchemaDocument}s need: their entry files and, transitively, every file
 * their {@code $ref}s name, each read once from a {@link SchemaSource}.
 *
 * <p>The published schemas refer to each other root-relatively ({@code /schema/v2/name.json}), so
 * every file is given an address under {@link #ROOT}, a host that is never contacted: the validator
 * resolves the {@code $ref}s against these addresses and finds the files in memory.
 */
final class SchemaFiles {

    /** The address of {@code schema/v2} that the files' {@code $ref}s are resolved against. */
    static final URI ROOT = URI.create("https://pokeapi-schemas.invalid/schema/v2/");

    private static final String REF = "$ref";

    private final SchemaSource source;
    private final JsonMapper json;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Deque<String> pending = new ArrayDeque<>();

    private SchemaFiles(SchemaSource source, JsonMapper json) {
        this.source = source;
        this.json = json;
    }

    /** The text of each needed file, by its address under {@link #ROOT}. */
    static Map<String, String> collect(SchemaSource source, JsonMapper json) {
        SchemaFiles files = new SchemaFiles(source, json);
        for (SchemaDocument document : SchemaDocument.values()) {
            files.need(document.file());
        }
        files.readPending();
        return files.texts;
    }

    static String address(String file) {
        return ROOT.resolve(file).toString();
    }

    private void need(String file) {
        if (!texts.containsKey(address(file)) && !pending.contains(file)) {
            pending.add(file);
        }
    }

    private void readPending() {
        while (!pending.isEmpty()) {
            String file = pending.remove();
            String text = source.read(file);
            texts.put(address(file), text);
            followRefs(file, parse(file, text));
        }
    }

    private JsonNode parse(String file, String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new SchemaUnavailableException("Schema " + source.locate(file) + " is not valid JSON: "
                    + JsonSyntax.problem(e));
        }
    }

    private void followRefs(String file, JsonNode node) {
        if (node.isObject()) {
            JsonNode ref = node.get(REF);
            if (ref != null && ref.isString()) {
                String target = fileOf(file, ref.asString());
                if (target != null) {
                    need(target);
                }
            }
        }
        for (JsonNode child : node.values()) {
            followRefs(file, child);
        }
    }

    /** The file under schema/v2 that {@code ref} names, or null for a reference inside the same file. */
    private String fileOf(String file, String ref) {
        URI target;
        try {
            target = ROOT.resolve(file).resolve(new URI(ref));
        } catch (URISyntaxException e) {
            throw new SchemaUnavailableException("Schema " + source.locate(file) + " has a $ref that is not a URI: "
                    + ref);
        }
        URI relative = ROOT.relativize(withoutFragment(target));
        if (relative.isAbsolute()) {
            throw new SchemaUnavailableException("Schema " + source.locate(file) + " refers to " + ref
                    + ", which is not under /schema/v2/");
        }
        String path = relative.getPath();
        return path.isEmpty() || path.equals(file) ? null : path;
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("A URI without its fragment is still a URI: " + uri, e);
        }
    }
}
