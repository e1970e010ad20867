package io.pokeapi.suite.sweep.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What validating one document against its published schema found.
 *
 * @param violations    where the document breaks the schema, in document order
 * @param unknownFields the generic paths ({@link #genericPath}) of fields the document has but the
 *                      schema does not describe, deduplicated and sorted; not a failure
 */
public record SchemaResult(List<SchemaViolation> violations, List<String> unknownFields) {

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    public SchemaResult {
        violations = List.copyOf(violations);
        unknownFields = List.copyOf(unknownFields);
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** The path with its array indexes left out, for grouping: {@code types[2].type.url} → {@code types[].type.url}. */
    public static String genericPath(String path) {
        return INDEX.matcher(path).replaceAll("[]");
    }
}
