package io.pokeapi.suite.history;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One difference between two versions of a document, found by {@link DocumentDiff}.
 *
 * @param path     where, in {@link DocumentDiff}'s path syntax, such as {@code abilities[static].is_hidden}
 *                 or {@code stats[0].base_stat}; empty for the document itself
 * @param oldValue the previous value (a whole subtree when the subtree went away); Java null when the
 *                 field did not exist, as opposed to a JSON null value
 * @param newValue the current value; Java null when the field no longer exists
 */
public record DataChange(String path, JsonElement oldValue, JsonElement newValue) {

    private static final int SHOWN_LENGTH = 80;
    private static final String ABSENT = "(absent)";
    // Compact, keeps nulls, and leaves "<" and "é" as they are: the log line reads like the API's answer.
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    // Copies, because JsonElement is mutable and a caller may go on editing its documents.
    public DataChange {
        Objects.requireNonNull(path, "path");
        if (oldValue == null && newValue == null) {
            throw new IllegalArgumentException("A change of '" + path + "' needs an old or a new value");
        }
        oldValue = oldValue == null ? null : oldValue.deepCopy();
        newValue = newValue == null ? null : newValue.deepCopy();
    }

    public boolean isAddition() {
        return oldValue == null;
    }

    public boolean isRemoval() {
        return newValue == null;
    }

    /** The change's lines joined by newlines, for logs and reports; empty when there is none. */
    public static String readableDiff(List<DataChange> changes) {
        return changes.stream().map(DataChange::toString).collect(Collectors.joining("\n"));
    }

    /** {@code height: 4 → 5}, {@code abilities[lightning-rod]: (absent) → {"ability":…}}. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + shown(oldValue) + " → " + shown(newValue);
    }

    private static String shown(JsonElement value) {
        if (value == null) {
            return ABSENT;
        }
        String json = COMPACT.toJson(value);
        if (json.codePointCount(0, json.length()) <= SHOWN_LENGTH) {
            return json;
        }
        // Cut between code points, so that a character outside the BMP is never split in half.
        return json.substring(0, json.offsetByCodePoints(0, SHOWN_LENGTH - 1)) + "…";
    }
}
