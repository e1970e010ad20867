package io.pokeapi.suite.history;

import java.util.Locale;
import java.util.Objects;

/**
 * One field-level difference between an endpoint's stored shape and what a run saw.
 *
 * @param kind    what happened to the field
 * @param path    the field's path in {@link Shape} syntax, such as {@code sprites.front_gray}
 * @param oldType the stored type, such as {@code integer|null}; null for {@link Kind#FIELD_ADDED}
 * @param newType the type seen this run; null for {@link Kind#FIELD_REMOVED}
 */
public record SchemaChange(Kind kind, String path, String oldType, String newType) {

    public enum Kind {
        FIELD_ADDED, FIELD_REMOVED, TYPE_CHANGED;

        /** The word stored in {@code schema_changes.change_type}: {@code field_added} and so on. */
        public String dbName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromDbName(String dbName) {
            for (Kind kind : values()) {
                if (kind.dbName().equals(dbName)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown schema change type '" + dbName
                    + "': expected field_added, field_removed or type_changed");
        }
    }

    // The same pairing the schema_changes table checks, so a wrong change fails here, not in the database.
    public SchemaChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        boolean pairingHolds = switch (kind) {
            case FIELD_ADDED -> oldType == null && newType != null;
            case FIELD_REMOVED -> oldType != null && newType == null;
            case TYPE_CHANGED -> oldType != null && newType != null;
        };
        if (!pairingHolds) {
            throw new IllegalArgumentException(kind.dbName() + " of '" + path + "' cannot have old type "
                    + oldType + " and new type " + newType);
        }
    }

    public static SchemaChange added(String path, String newType) {
        return new SchemaChange(Kind.FIELD_ADDED, path, null, newType);
    }

    public static SchemaChange removed(String path, String oldType) {
        return new SchemaChange(Kind.FIELD_REMOVED, path, oldType, null);
    }

    public static SchemaChange typeChanged(String path, String oldType, String newType) {
        return new SchemaChange(Kind.TYPE_CHANGED, path, oldType, newType);
    }

    /** {@code field_added sprites.front_gray (string)}, {@code type_changed height: integer → string}. */
    @Override
    public String toString() {
        return switch (kind) {
            case FIELD_ADDED -> kind.dbName() + " " + path + " (" + newType + ")";
            case FIELD_REMOVED -> kind.dbName() + " " + path + " (" + oldType + ")";
            case TYPE_CHANGED -> kind.dbName() + " " + path + ": " + oldType + " → " + newType;
        };
    }
}
