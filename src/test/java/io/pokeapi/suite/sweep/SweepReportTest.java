package io.pokeapi.suite.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.api.ApiResource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepReportTest {

    private final Findings findings = new Findings();

    @Test
    void oneLinePerRuleWithItsDocumentsInNumberOrderTheMostBrokenRuleFirst() {
        findings.add(SweepCheck.CONTRACT, ApiResource.POKEMON, "types[].type.url: missing", "#812 grookey");
        findings.add(SweepCheck.CONTRACT, ApiResource.POKEMON, "types[].type.url: missing", "#12 butterfree");
        findings.add(SweepCheck.CONTRACT, ApiResource.POKEMON, "types[].type.url: missing", "#100 voltorb");
        findings.add(SweepCheck.CONTRACT, ApiResource.POKEMON, "height: expected integer but was string", "#12 butterfree");

        assertThat(SweepReport.describe(result(), SweepCheck.CONTRACT, ApiResource.POKEMON, 8, 5)).isEqualTo("""
                3 Pokémon break their contract:
                  types[].type.url: missing in 3 Pokémon: #12 butterfree, #100 voltorb, #812 grookey
                  height: expected integer but was string in 1 Pokémon: #12 butterfree""");
    }

    @Test
    void theConsoleIsCappedAndSaysWhatIsLeftOut() {
        for (int id = 1; id <= 30; id++) {
            findings.add(SweepCheck.LIST_ENTRIES, ApiResource.ABILITY, "the list names it, but it answers 404",
                    "#" + id + " a" + id);
        }
        for (int rule = 1; rule <= 3; rule++) {
            findings.add(SweepCheck.LIST_ENTRIES, ApiResource.ABILITY, "rule " + rule, "#1 a1");
        }

        String capped = SweepReport.describe(result(), SweepCheck.LIST_ENTRIES, ApiResource.ABILITY, 2, 3);
        String whole = SweepReport.describeAll(result(), SweepCheck.LIST_ENTRIES, ApiResource.ABILITY);

        assertThat(capped).startsWith("30 abilities cannot be fetched from their list:\n"
                        + "  the list names it, but it answers 404 in 30 abilities: #1 a1, #2 a2, #3 a3, … 27 more\n")
                .endsWith("\n  … 2 more rules broken: see the attachment and run-summary.json")
                .hasLineCount(4);
        assertThat(whole).contains("#30 a30").contains("rule 3 in 1 ability: #1 a1").doesNotContain("more");
    }

    @Test
    void aDocumentsDetailsAreGatheredBehindItOnce() {
        findings.add(SweepCheck.LINKS, ApiResource.TYPE, "pokemon[].pokemon.url: leads to a resource that answers 404",
                "#10 fire", "…/pokemon/4/");
        findings.add(SweepCheck.LINKS, ApiResource.TYPE, "pokemon[].pokemon.url: leads to a resource that answers 404",
                "#10 fire", "…/pokemon/37/");

        assertThat(SweepReport.describe(result(), SweepCheck.LINKS, ApiResource.TYPE, 8, 5)).isEqualTo("""
                1 type has broken links:
                  pokemon[].pokemon.url: leads to a resource that answers 404 in 1 type: #10 fire (…/pokemon/37/, …/pokemon/4/)""");
        assertThat(findings.failed(ApiResource.TYPE, "#10 fire")).isTrue();
        assertThat(findings.failed(ApiResource.TYPE, "#11 water")).isFalse();
    }

    @Test
    void theCoverageSaysWhetherEveryDocumentOrASampleWasSwept() {
        SweepResult all = new SweepResult(Set.of(ApiResource.POKEMON), 0, Map.of(ApiResource.POKEMON, 1351), 2702,
                findings, new UnknownFields(), Optional.empty(), Duration.ofMillis(48_200));
        SweepResult sample = new SweepResult(Set.of(ApiResource.POKEMON), 50, Map.of(ApiResource.POKEMON, 1351), 100,
                findings, new UnknownFields(), Optional.empty(), Duration.ofMillis(5_000));

        assertThat(SweepReport.coverage(all, ApiResource.POKEMON))
                .isEqualTo("Swept all 1351 Pokémon listed (2702 documents in all in 48.2 s)");
        assertThat(SweepReport.coverage(sample, ApiResource.POKEMON))
                .startsWith("Swept 50 of the 1351 Pokémon listed, drawn at random");
    }

    private SweepResult result() {
        return new SweepResult(Set.of(ApiResource.values()), 0, Map.of(), 0, findings, new UnknownFields(),
                Optional.empty(), Duration.ZERO);
    }
}
