package io.pokeapi.suite.history;

/**
 * The path syntax of {@link Shape} and {@link SchemaDrift}, in one place so that building paths and
 * taking them apart agree.
 *
 * <p>A root field is its name ({@code id}); a nested field joins names with dots
 * ({@code sprites.front_default}); the elements of an array are the array's path plus {@code []}
 * ({@code types[]}), their fields follow on ({@code types[].type.name}). The elements of a document
 * that is itself an array are {@code []}. The document itself has no path.
 *
 * <p>Nothing is escaped: PokéAPI's keys are words with dashes and underscores ({@code generation-i},
 * {@code official-artwork}). A key holding a dot or ending in {@code []} is still recorded without
 * error, but its path reads like a nested one, so {@link #parent} guesses its parent wrongly and
 * {@link SchemaDrift} may then not judge whether that field was removed. Escaping would make every
 * stored path harder to read and query for keys that do not occur.
 */
final class FieldPath {

    /** The path of the document itself: the parent of root fields and of a root array's elements. */
    static final String ROOT = "";

    private static final String ELEMENTS = "[]";

    private FieldPath() {
    }

    static String field(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String elements(String array) {
        return array + ELEMENTS;
    }

    static boolean isElements(String path) {
        return path.endsWith(ELEMENTS);
    }

    /** {@code a.b} for {@code a.b.c}, {@code a[]} for {@code a[].x}, {@code a} for {@code a[]}, {@link #ROOT} for {@code a}. */
    static String parent(String path) {
        if (isElements(path)) {
            return path.substring(0, path.length() - ELEMENTS.length());
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? ROOT : path.substring(0, dot);
    }

    /** Whether {@code path} lies strictly below {@code ancestor}: {@code a.b} and {@code a[].x} lie below {@code a}. */
    static boolean isBelow(String path, String ancestor) {
        if (ancestor.isEmpty()) {
            return !path.isEmpty();
        }
        return path.startsWith(ancestor + ".") || path.startsWith(ancestor + ELEMENTS);
    }
}
