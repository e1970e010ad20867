package io.pokeapi.suite.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.sweep.schema.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class LinkLedgerTest {

    private static final String API = "http://pokeapi.test:8080/api/v2";

    private final Findings findings = new Findings();
    private final LinkLedger links = new LinkLedger(HttpUrl.get(API), Set.of("pokemon", "move", "type", "ability"),
            Set.of(ApiResource.POKEMON, ApiResource.ABILITY));

    @Test
    void aLinkMustBeAnAbsoluteUrlOfThisApiNamingAResourceItListsAndANumericId() {
        links.collect(ApiResource.POKEMON, "#1 bulbasaur", JsonText.read("""
                {"moves": [{"move": {"name": "tackle", "url": "%1$s/move/33/"}}],
                 "species": {"name": "bulbasaur", "url": "https://elsewhere.test/api/v2/pokemon-species/1/"},
                 "forms": [{"name": "bulbasaur", "url": "%1$s/berry/1/"}],
                 "held_items": [{"item": {"name": "x", "url": "%1$s/move/tackle/"}}],
                 "other": {"url": "/api/v2/move/33/"},
                 "nested": {"url": "%1$s/move/33/extra/"}}
                """.formatted(API)), "", findings);

        assertThat(findings.groups(SweepCheck.LINKS, ApiResource.POKEMON)).extracting(Findings.Group::rule)
                .containsExactlyInAnyOrder(
                        "species.url: not a URL of this API (" + API + ")",
                        "forms[].url: names a resource the API does not list",
                        "held_items[].item.url: has no numeric id",
                        "other.url: not an absolute http(s) URL",
                        "nested.url: not the URL of one resource");
    }

    @Test
    void aLinkToASweptResourceIsResolvedByHowItsDocumentAnsweredAndFetchedOnlyOutsideTheSweep() {
        links.collect(ApiResource.POKEMON, "#25 pikachu", JsonText.read("""
                {"location_area_encounters": "%1$s/pokemon/25/encounters",
                 "abilities": [{"ability": {"name": "static", "url": "%1$s/ability/9/"}},
                               {"ability": {"name": "lightning-rod", "url": "%1$s/ability/31/"}}],
                 "types": [{"type": {"name": "electric", "url": "%1$s/type/13/"}}],
                 "past_abilities": [{"abilities": [{"ability": {"name": "run-away", "url": "%1$s/ability/50/"}}]}]}
                """.formatted(API)), "", findings);
        List<String> fetched = new ArrayList<>();

        links.resolve(Map.of(
                        "pokemon/25/encounters", new LinkLedger.Answer(200, null),
                        "ability/9", new LinkLedger.Answer(200, "static"),
                        "ability/31", new LinkLedger.Answer(200, "volt-absorb")),
                url -> {
                    fetched.add(url);
                    return 404;
                }, findings);

        assertThat(fetched).as("only the ability the sweep did not fetch; types are not swept")
                .containsExactly(API + "/ability/50/");
        assertThat(findings.groups(SweepCheck.LINKS, ApiResource.POKEMON)).containsExactlyInAnyOrder(
                new Findings.Group("abilities[].ability.url: names another resource than it leads to",
                        List.of("#25 pikachu (lightning-rod → volt-absorb)")),
                new Findings.Group("past_abilities[].abilities[].ability.url: leads to a resource that answers 404",
                        List.of("#25 pikachu (" + API + "/ability/50/)")));
    }
}
