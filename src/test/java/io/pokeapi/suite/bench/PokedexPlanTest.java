package io.pokeapi.suite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PokedexPlanTest {

    private static final Map<Integer, String> LISTED = listed();

    private static Map<Integer, String> listed() {
        Map<Integer, String> listed = new LinkedHashMap<>();
        listed.put(1, "bulbasaur");
        listed.put(2, "ivysaur");
        listed.put(3, "venusaur");
        listed.put(4, "charmander");
        listed.put(10001, "deoxys-attack");
        return listed;
    }

    @Test
    void theRealOnesKeepTheirIdsAndNamesAndTheOthersTakeTheFreeIdsInTurn() {
        PokedexPlan plan = PokedexPlan.of(LISTED, new TreeSet<>(List.of(1, 10001)), 5);

        assertThat(plan.pokemon()).containsExactly(
                new PokedexPlan.Planned(1, "bulbasaur", 1),
                new PokedexPlan.Planned(2, "bulbasaur-2", 1),
                new PokedexPlan.Planned(3, "deoxys-attack-3", 10001),
                new PokedexPlan.Planned(4, "bulbasaur-4", 1),
                new PokedexPlan.Planned(10001, "deoxys-attack", 10001));
    }

    @Test
    void morePokemonThanTheListTakeIdsPastTheLastOne() {
        PokedexPlan plan = PokedexPlan.of(LISTED, new TreeSet<>(List.of(1, 10001)), 7);

        assertThat(plan.pokemon()).extracting(PokedexPlan.Planned::id).containsExactly(1, 2, 3, 4, 10001, 10002, 10003);
        assertThat(plan.pokemon().subList(5, 7)).extracting(PokedexPlan.Planned::name)
                .containsExactly("deoxys-attack-10002", "bulbasaur-10003");
    }

    @Test
    void fewerPokemonThanRealDocumentsAreRealOnesOnly() {
        PokedexPlan plan = PokedexPlan.of(LISTED, new TreeSet<>(List.of(1, 2, 10001)), 2);

        assertThat(plan.pokemon()).allMatch(PokedexPlan.Planned::isReal).extracting(PokedexPlan.Planned::id)
                .containsExactly(1, 2);
    }

    @Test
    void theTemplatesAreGroupedSoThatEachIsReadOnce() {
        PokedexPlan plan = PokedexPlan.of(LISTED, new TreeSet<>(List.of(1, 10001)), 5);

        assertThat(plan.byTemplate()).containsOnlyKeys(1, 10001);
        assertThat(plan.byTemplate().get(1)).extracting(PokedexPlan.Planned::id).containsExactly(1, 2, 4);
    }

    @Test
    void aNameThatIsNotAKeyIsRefused() {
        Map<Integer, String> listed = new LinkedHashMap<>(LISTED);
        listed.put(1, "Mr. Mime");

        assertThatThrownBy(() -> PokedexPlan.of(listed, new TreeSet<>(List.of(1)), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Mr. Mime'");
    }

    @Test
    void aGeneratedNameThatClashesWithARealOneIsRefused() {
        Map<Integer, String> listed = new LinkedHashMap<>();
        listed.put(1, "ditto");
        listed.put(2, "other");
        listed.put(3, "ditto-2");

        assertThatThrownBy(() -> PokedexPlan.of(listed, new TreeSet<>(List.of(1, 3)), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ditto-2'");
    }

    @Test
    void aDocumentMissingFromTheListAndACountBelowOneAreRefused() {
        assertThatThrownBy(() -> PokedexPlan.of(LISTED, new TreeSet<>(List.of(99)), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pokemon/99");
        assertThatThrownBy(() -> PokedexPlan.of(LISTED, new TreeSet<>(List.of(1)), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
