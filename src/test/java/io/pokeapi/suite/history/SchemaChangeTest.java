package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.pokeapi.suite.history.SchemaChange.Kind;
import org.junit.jupiter.api.Test;

class SchemaChangeTest {

    @Test
    void readsLikeALogLine() {
        assertThat(SchemaChange.added("sprites.front_gray", "string"))
                .hasToString("field_added sprites.front_gray (string)");
        assertThat(SchemaChange.typeChanged("height", "integer", "string"))
                .hasToString("type_changed height: integer → string");
        assertThat(SchemaChange.removed("base_experience", "integer|null"))
                .hasToString("field_removed base_experience (integer|null)");
    }

    @Test
    void kindsHaveTheirDatabaseNames() {
        assertThat(Kind.FIELD_ADDED.dbName()).isEqualTo("field_added");
        assertThat(Kind.FIELD_REMOVED.dbName()).isEqualTo("field_removed");
        assertThat(Kind.TYPE_CHANGED.dbName()).isEqualTo("type_changed");
        for (Kind kind : Kind.values()) {
            assertThat(Kind.fromDbName(kind.dbName())).isEqualTo(kind);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Kind.fromDbName("FIELD_ADDED"))
                .withMessageContaining("field_added, field_removed or type_changed");
    }

    @Test
    void theTypesMustFitTheKindAsTheTableRequires() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SchemaChange(Kind.FIELD_ADDED, "a", "string", "string"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SchemaChange(Kind.FIELD_ADDED, "a", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SchemaChange(Kind.FIELD_REMOVED, "a", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SchemaChange(Kind.FIELD_REMOVED, "a", "x", "y"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SchemaChange(Kind.TYPE_CHANGED, "a", "x", null))
                .withMessage("type_changed of 'a' cannot have old type x and new type null");
        assertThat(new SchemaChange(Kind.TYPE_CHANGED, "a", "x", "y").kind()).isEqualTo(Kind.TYPE_CHANGED);
    }
}
