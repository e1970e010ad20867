package io.pokeapi.suite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagTest {

    @Test
    void readsWeakAndStrongTags() {
        assertThat(EntityTag.parse("W/\"9-fINXV39R1PCo05OqGqr7KIY9lCE\""))
                .hasValue(new EntityTag(true, "9-fINXV39R1PCo05OqGqr7KIY9lCE"));
        assertThat(EntityTag.parse(" \"abc\" ")).hasValue(new EntityTag(false, "abc"));
    }

    @Test
    void somethingElseIsNoTag() {
        assertThat(EntityTag.parse(null)).isEmpty();
        assertThat(EntityTag.parse("abc")).isEmpty();
        assertThat(EntityTag.parse("w/\"abc\"")).isEmpty();
        assertThat(EntityTag.parse("\"a\"b\"")).isEmpty();
    }

    @Test
    void weakComparisonLooksAtTheOpaquePartOnly() {
        EntityTag weak = new EntityTag(true, "1-a");

        assertThat(weak.weaklyMatches(new EntityTag(false, "1-a"))).isTrue();
        assertThat(weak.weaklyMatches(new EntityTag(true, "1-b"))).isFalse();
    }

    @Test
    void writesItselfAsAHeaderDoes() {
        assertThat(new EntityTag(true, "1-a")).hasToString("W/\"1-a\"");
        assertThat(new EntityTag(false, "1-a")).hasToString("\"1-a\"");
    }
}
