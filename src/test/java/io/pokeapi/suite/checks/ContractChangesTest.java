package io.pokeapi.suite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.contract.Contract;
import io.pokeapi.suite.contract.ContractBook;
import io.pokeapi.suite.history.SchemaChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractChangesTest {

    /** The project's own Pokémon contract, the one the @history scenario holds changes to. */
    private static final Contract POKEMON = ContractBook.load(Path.of("features", "contracts")).named("Pokémon");

    @Test
    void aFieldTheContractNamesThatIsGoneBreaksIt() {
        assertThat(ContractChanges.breaking(POKEMON, List.of(SchemaChange.removed("height", "integer"))))
                .extracting(SchemaChange::path).containsExactly("height");
    }

    @Test
    void aGoneObjectOrArrayHoldingAFieldOfTheContractBreaksIt() {
        List<SchemaChange> changes = List.of(SchemaChange.removed("species", "object"),
                SchemaChange.removed("types", "array"), SchemaChange.removed("types[].type", "object"));

        assertThat(ContractChanges.breaking(POKEMON, changes)).isEqualTo(changes);
    }

    @Test
    void aGoneFieldTheContractDoesNotNameLeavesItWhole() {
        assertThat(ContractChanges.breaking(POKEMON, List.of(SchemaChange.removed("cries.latest", "string"),
                SchemaChange.removed("past_abilities", "array"), SchemaChange.removed("typesetting", "string"))))
                .isEmpty();
    }

    @Test
    void anAddedFieldLeavesItWholeEvenInsideAFieldOfTheContract() {
        assertThat(ContractChanges.breaking(POKEMON, List.of(SchemaChange.added("color", "string"),
                SchemaChange.added("sprites.front_gray", "string")))).isEmpty();
    }

    @Test
    void aTypeChangeBreaksItOnlyWhenTheContractDoesNotAllowTheNewType() {
        SchemaChange heightAsText = SchemaChange.typeChanged("height", "integer", "string");
        SchemaChange nullExperience = SchemaChange.typeChanged("base_experience", "integer", "null");
        SchemaChange nullSprite = SchemaChange.typeChanged("sprites.front_default", "string", "null|string");
        SchemaChange speciesAsText = SchemaChange.typeChanged("species", "object", "string");
        SchemaChange criesNull = SchemaChange.typeChanged("cries", "object", "null");
        SchemaChange unnamed = SchemaChange.typeChanged("past_abilities", "array", "object");

        assertThat(ContractChanges.breaking(POKEMON, List.of(heightAsText, nullExperience, nullSprite, speciesAsText,
                criesNull, unnamed))).containsExactly(heightAsText, speciesAsText, criesNull);
    }
}
