package io.pokeapi.suite.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.pokeapi.suite.client.NamedResource;
import io.pokeapi.suite.client.PokemonType.DamageRelations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DamageRelationTest {

    private static NamedResource type(String name) {
        return new NamedResource(name, "https://pokeapi.co/api/v2/type/" + name + "/");
    }

    /** Each relation lists a different type, so that reading the wrong list shows. */
    private static final DamageRelations ELECTRIC = new DamageRelations(
            List.of(type("water"), type("flying")),
            List.of(type("grass")),
            List.of(type("ground")),
            List.of(type("ground-attack")),
            List.of(type("steel")),
            List.of(type("none")));

    @ParameterizedTest(name = "{0} {1} damage is {2}")
    @CsvSource({
            "does, double, DOUBLE_DAMAGE_TO",
            "does, half, HALF_DAMAGE_TO",
            "does, no, NO_DAMAGE_TO",
            "takes, double, DOUBLE_DAMAGE_FROM",
            "takes, half, HALF_DAMAGE_FROM",
            "takes, no, NO_DAMAGE_FROM"})
    void theRelationAFeatureMeans(String verb, String amount, DamageRelation relation) {
        assertThat(DamageRelation.of(verb, amount)).isEqualTo(relation);
    }

    @Test
    void theAmountIgnoresCase() {
        assertThat(DamageRelation.of("does", "Double")).isEqualTo(DamageRelation.DOUBLE_DAMAGE_TO);
    }

    @Test
    void anUnknownVerbIsAClearError() {
        assertThatIllegalArgumentException().isThrownBy(() -> DamageRelation.of("deals", "double"))
                .withMessage("Expected 'does' or 'takes', not 'deals'");
    }

    @Test
    void anUnknownAmountIsAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> DamageRelation.of("does", "triple"));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
            "DOUBLE_DAMAGE_TO, water flying",
            "HALF_DAMAGE_TO, grass",
            "NO_DAMAGE_TO, ground",
            "DOUBLE_DAMAGE_FROM, ground-attack",
            "HALF_DAMAGE_FROM, steel",
            "NO_DAMAGE_FROM, none"})
    void eachRelationReadsItsOwnList(DamageRelation relation, String names) {
        assertThat(relation.typeNames(ELECTRIC)).containsExactly(names.split(" "));
    }

    @Test
    void typesGivesTheNamedResources() {
        assertThat(DamageRelation.HALF_DAMAGE_TO.types(ELECTRIC)).containsExactly(type("grass"));
    }

    @Test
    void aMissingListIsEmpty() {
        DamageRelations none = new DamageRelations(null, null, null, null, null, null);

        for (DamageRelation relation : DamageRelation.values()) {
            assertThat(relation.typeNames(none)).as("%s", relation).isEmpty();
            assertThat(relation.types(none)).as("%s", relation).isEmpty();
        }
    }

    @Test
    void readsInLowerCase() {
        assertThat(DamageRelation.NO_DAMAGE_FROM).hasToString("no_damage_from");
    }
}
