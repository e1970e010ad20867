package io.pokeapi.suite.history;

import com.google.gson.JsonElement;
import io.pokeapi.suite.contract.JsonKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the documents one endpoint answered in this run differ in shape from the endpoint's stored shape
 * (the union of earlier runs).
 *
 * <p>Documents are judged one by one, never against each other: a Pokémon with empty
 * {@code past_types} does not remove {@code past_types[].generation} as long as no document that
 * does have past types lacks it. Because a path can only be seen where its parent is an object, "absent
 * from every document in which its parent is present" is the same as "never seen while its parent was
 * seen", so it is enough to keep the union of the documents' shapes: memory stays one shape however
 * many documents arrive, and the result does not depend on the order they arrive in.
 *
 * <p>Thread-safe: scenarios running in parallel may {@link #observe} at the same time.
 */
public final class SchemaDrift {

    private final Shape previous;
    // Guarded by this. Only grows: the union of the shapes of all observed documents, kept mutable so
    // that observing costs the size of one document, not of everything seen so far.
    private final TreeMap<String, EnumSet<JsonKind>> seen = new TreeMap<>();
    // Guarded by this. Root fields have the document as parent: they are judged only if a document was an object.
    private boolean sawObjectDocument;
    private boolean sawAnyDocument;

    /** {@code previous} is the endpoint's latest stored shape; empty when the endpoint has no history yet. */
    public SchemaDrift(Shape previous) {
        this.previous = Objects.requireNonNull(previous, "previous");
    }

    /** One 200 response of the endpoint. */
    public void observe(JsonElement document) {
        observe(Shape.of(document), document.isJsonObject()); // the expensive part, outside the lock
    }

    /**
     * One 200 response of the endpoint whose shape is known already, such as a body stored by an
     * earlier run with its shape: the union of shapes is all that {@link #changes()} needs.
     */
    public void observe(Shape shape, boolean objectDocument) {
        synchronized (this) {
            shape.fields().forEach((path, kinds) ->
                    seen.computeIfAbsent(path, unused -> EnumSet.noneOf(JsonKind.class)).addAll(kinds));
            sawObjectDocument |= objectDocument;
            sawAnyDocument = true;
        }
    }

    /**
     * Every change, one per path, sorted by path. None on a first run (nothing to compare with) or
     * when nothing was observed. A removed subtree is reported once, at its top.
     */
    public List<SchemaChange> changes() {
        Shape union;
        boolean rootSeen;
        synchronized (this) {
            if (!sawAnyDocument || previous.isEmpty()) {
                return List.of();
            }
            union = Shape.ofFields(seen);
            rootSeen = sawObjectDocument;
        }
        List<SchemaChange> changes = new ArrayList<>();
        union.fields().forEach((path, kinds) -> {
            if (!previous.has(path)) {
                changes.add(SchemaChange.added(path, Shape.describe(kinds)));
            } else if (!allowed(kinds, previous.kindsAt(path))) {
                changes.add(SchemaChange.typeChanged(path, previous.typeOf(path), Shape.describe(kinds)));
            }
        });
        for (String path : removedPaths(union, rootSeen)) {
            changes.add(SchemaChange.removed(path, previous.typeOf(path)));
        }
        changes.sort(Comparator.comparing(SchemaChange::path).thenComparing(SchemaChange::kind));
        return List.copyOf(changes);
    }

    public boolean changed() {
        return !changes().isEmpty();
    }

    /**
     * The shape to store as the endpoint's latest: the previous one with added fields, type changes
     * and removals applied. Fields this run saw with fewer kinds, or did not judge, keep their stored
     * kinds: a run that met only non-null sprites must not forget that sprites can be null.
     */
    public Shape nextVersion() {
        Shape union;
        boolean rootSeen;
        synchronized (this) {
            union = Shape.ofFields(seen);
            rootSeen = sawObjectDocument;
        }
        if (previous.isEmpty()) {
            return union;
        }
        TreeMap<String, EnumSet<JsonKind>> next = previous.toMutableMap();
        union.fields().forEach((path, kinds) -> {
            if (!previous.has(path) || !allowed(kinds, previous.kindsAt(path))) {
                next.put(path, EnumSet.copyOf(kinds));
            }
        });
        for (String removed : removedPaths(union, rootSeen)) {
            next.keySet().removeIf(path -> path.equals(removed) || FieldPath.isBelow(path, removed));
        }
        return Shape.ofFields(next);
    }

    /**
     * Whether the kinds seen fit the stored ones. An integer fits a stored number: JsonKind calls 5.0
     * an integer, so a number field whose values this run happen to be whole has not changed type.
     */
    private static boolean allowed(Set<JsonKind> seenKinds, Set<JsonKind> storedKinds) {
        return seenKinds.stream().allMatch(kind -> storedKinds.stream().anyMatch(kind::satisfies));
    }

    /** Stored paths never seen although their parent was; only the top-most of a removed subtree. */
    private List<String> removedPaths(Shape union, boolean rootSeen) {
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Set<JsonKind>> field : previous.fields().entrySet()) {
            String path = field.getKey();
            // An element path is present whenever its array has elements; an empty array is optional
            // content, and an array that went away is reported at the array's own path.
            if (union.has(path) || FieldPath.isElements(path) || !parentSeen(path, union, rootSeen)) {
                continue;
            }
            if (removed.stream().noneMatch(ancestor -> FieldPath.isBelow(path, ancestor))) {
                removed.add(path);
            }
        }
        return removed;
    }

    private static boolean parentSeen(String path, Shape union, boolean rootSeen) {
        String parent = FieldPath.parent(path);
        return parent.equals(FieldPath.ROOT) ? rootSeen : union.kindsAt(parent).contains(JsonKind.OBJECT);
    }
}
