package io.pokeapi.suite.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.client.HttpClients;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.contract.ContractBook;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.replica.RequestJournal;
import io.pokeapi.suite.sweep.schema.PublishedSchemas;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep against the replica serving a tiny PokéAPI the test writes and breaks. */
class SweepPassTest {

    private static final ContractBook CONTRACTS = ContractBook.load(Path.of("features", "contracts"));
    private static final Set<ApiResource> ALL = EnumSet.allOf(ApiResource.class);

    @TempDir
    Path data;

    private ReplicaServer replica;
    private RequestJournal journal;
    private final Map<String, AtomicInteger> swept = new ConcurrentHashMap<>();

    @AfterEach
    void stopTheReplica() {
        if (replica != null) {
            replica.close();
        }
    }

    @Test
    void aConsistentPokedexBreaksNoRuleAndEveryDocumentIsFetchedOnce() throws IOException {
        MiniPokedex.standard(data).write();

        SweepResult result = sweep(ALL, 0, 100);

        for (SweepCheck check : SweepCheck.values()) {
            for (ApiResource resource : ApiResource.values()) {
                assertThat(result.findings().groups(check, resource)).as("%s of %s", check, resource).isEmpty();
            }
        }
        assertThat(result.listed()).containsExactlyInAnyOrderEntriesOf(
                Map.of(ApiResource.POKEMON, 3, ApiResource.ABILITY, 3, ApiResource.TYPE, 3));
        assertThat(result.documents()).isEqualTo(3 * 2 + 3 + 3);
        assertThat(swept).containsOnlyKeys("pokemon passed", "ability passed", "type passed");
        assertThat(swept.get("pokemon passed")).hasValue(6);
        Map<String, Long> requestsPerPath = journal.arrivals().stream()
                .collect(Collectors.groupingBy(RequestJournal.Arrival::path, Collectors.counting()));
        assertThat(requestsPerPath).allSatisfy((path, count) -> assertThat(count).as(path).isEqualTo(1));
        assertThat(requestsPerPath).containsKeys("/api/v2/pokemon/1", "/api/v2/pokemon/1/encounters",
                "/api/v2/ability/34", "/api/v2/type/10");
        assertThat(requestsPerPath.keySet()).noneMatch(path -> path.contains("/move/") || path.contains("species"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsDocumentAndPath() throws IOException {
        MiniPokedex.standard(data).write();
        MiniPokedex.edit(data, "pokemon", 2, ivysaur -> ivysaur.addProperty("height", "tall"));

        SweepResult result = sweep(ALL, 0, 100);

        assertThat(result.findings().groups(SweepCheck.CONTRACT, ApiResource.POKEMON)).containsExactly(
                new Findings.Group("height: expected integer but was string", List.of("#2 ivysaur")));
        assertThat(swept.get("pokemon failed")).hasValue(2); // the Pokémon and its encounters
    }

    @Test
    void aBackReferenceThatIsMissingIsNamedOnBothSides() throws IOException {
        MiniPokedex.standard(data).write();
        MiniPokedex.edit(data, "type", 12, grass -> {
            JsonArray members = grass.getAsJsonArray("pokemon");
            members.remove(1); // ivysaur
            JsonObject stranger = new JsonObject();
            stranger.add("pokemon", MiniPokedex.named("charmander", "pokemon", 4));
            stranger.addProperty("slot", 1);
            members.add(stranger);
        });
        MiniPokedex.edit(data, "ability", 34, chlorophyll ->
                chlorophyll.getAsJsonArray("pokemon").get(0).getAsJsonObject().addProperty("is_hidden", false));

        SweepResult result = sweep(ALL, 0, 100);

        assertThat(result.findings().groups(SweepCheck.BACK_REFERENCES, ApiResource.POKEMON)).containsExactlyInAnyOrder(
                new Findings.Group("a type among its types does not list it back", List.of("#2 ivysaur (grass)")),
                new Findings.Group("an ability among its abilities lists it back hidden differently",
                        List.of("#1 bulbasaur (chlorophyll: not hidden there, hidden here)")));
        assertThat(result.findings().groups(SweepCheck.BACK_REFERENCES, ApiResource.TYPE)).containsExactly(
                new Findings.Group("a Pokémon among its Pokémon does not list it back", List.of("#12 grass (charmander)")));
        assertThat(result.findings().groups(SweepCheck.BACK_REFERENCES, ApiResource.ABILITY)).containsExactly(
                new Findings.Group("a Pokémon among its holders lists it back hidden differently",
                        List.of("#34 chlorophyll (bulbasaur: hidden there, not hidden here)")));
    }

    @Test
    void aListEntryWithoutItsDocumentAndALinkLeadingNowhereAreFailures() throws IOException {
        MiniPokedex.standard(data).write();
        MiniPokedex.remove(data, "pokemon", 4);
        MiniPokedex.edit(data, "type", 10, fire -> fire.getAsJsonObject("damage_relations")
                .getAsJsonArray("double_damage_to").add(MiniPokedex.named("ice", "type", 15)));
        MiniPokedex.edit(data, "pokemon", 1, bulbasaur -> {
            bulbasaur.getAsJsonObject("species").addProperty("url", "https://elsewhere.example/api/v2/pokemon-species/1/");
            bulbasaur.getAsJsonArray("forms").get(0).getAsJsonObject().addProperty("url", "/api/v2/berry/1/");
        });

        SweepResult result = sweep(ALL, 0, 100);

        assertThat(result.findings().groups(SweepCheck.LIST_ENTRIES, ApiResource.POKEMON)).containsExactly(
                new Findings.Group("the list names it, but it answers 404", List.of("#4 charmander")));
        String base = replica.baseUrl().toString();
        assertThat(result.findings().groups(SweepCheck.LINKS, ApiResource.TYPE)).containsExactlyInAnyOrder(
                new Findings.Group("damage_relations.double_damage_to[].url: leads to a resource that answers 404",
                        List.of("#10 fire (" + base + "/type/15/)")),
                new Findings.Group("pokemon[].pokemon.url: leads to a resource that answers 404",
                        List.of("#10 fire (" + base + "/pokemon/4/)")));
        assertThat(result.findings().groups(SweepCheck.LINKS, ApiResource.POKEMON)).containsExactlyInAnyOrder(
                new Findings.Group("species.url: not a URL of this API (" + base + ")",
                        List.of("#1 bulbasaur (https://elsewhere.example/api/v2/pokemon-species/1/)")),
                new Findings.Group("forms[].url: names a resource the API does not list",
                        List.of("#1 bulbasaur (" + base + "/berry/1/)")));
    }

    @Test
    void theListsAreWalkedThroughTheirPages() throws IOException {
        MiniPokedex.standard(data).write();

        SweepResult result = sweep(ALL, 0, 2);

        assertThat(result.listed()).containsEntry(ApiResource.POKEMON, 3).containsEntry(ApiResource.TYPE, 3);
        assertThat(journal.arrivals().stream().map(RequestJournal.Arrival::path))
                .filteredOn(path -> path.equals("/api/v2/pokemon")).hasSize(2);
        assertThat(result.findings().groups(SweepCheck.LIST_ENTRIES, ApiResource.POKEMON)).isEmpty();
    }

    @Test
    void aSampleIsDrawnByTheRunIdSoThatARunCanBeRepeated() throws IOException {
        MiniPokedex.standard(data).write();
        UUID run = UUID.fromString("5f0c5f0c-0000-4000-8000-000000000001");

        SweepResult first = sweep(ALL, 1, 100, run);
        List<String> firstDocuments = documentPaths();
        journal = restartReplica();
        SweepResult again = sweep(ALL, 1, 100, run);

        assertThat(first.sample()).isEqualTo(1);
        assertThat(first.documents()).isEqualTo(2 + 1 + 1);
        assertThat(again.documents()).isEqualTo(first.documents());
        assertThat(documentPaths()).isEqualTo(firstDocuments);
        // One Pokémon swept with its encounters; the others are fetched once only because the sampled ability
        // and type link to them.
        assertThat(firstDocuments).filteredOn(path -> path.endsWith("/encounters")).hasSize(1);
        assertThat(first.findings().failedDocuments()).isZero();
    }

    @Test
    void backReferencesAndLinksToAResourceNotSweptAreNotFollowed() throws IOException {
        MiniPokedex.standard(data).write();
        MiniPokedex.remove(data, "pokemon", 4);

        SweepResult result = sweep(EnumSet.of(ApiResource.ABILITY, ApiResource.TYPE), 0, 100);

        assertThat(journal.arrivals().stream().map(RequestJournal.Arrival::path))
                .noneMatch(path -> path.startsWith("/api/v2/pokemon/"));
        for (SweepCheck check : SweepCheck.values()) {
            assertThat(result.findings().groups(check, ApiResource.ABILITY)).as("%s", check).isEmpty();
            assertThat(result.findings().groups(check, ApiResource.TYPE)).as("%s", check).isEmpty();
        }
    }

    @Test
    void publishedSchemasThatCannotBeReadAreOneReasonAndTheOtherChecksGoOn() throws IOException {
        MiniPokedex.standard(data).write();
        MiniPokedex.edit(data, "ability", 66, blaze -> blaze.remove("names"));

        SweepResult result = sweep(ALL, 0, 100, UUID.randomUUID(), () -> {
            throw new IllegalStateException("Cannot download http://schemas.example/schema/v2/index.json: timeout");
        });

        assertThat(result.schemasUnavailable())
                .contains("Cannot download http://schemas.example/schema/v2/index.json: timeout");
        assertThat(result.findings().groups(SweepCheck.CONTRACT, ApiResource.ABILITY)).containsExactly(
                new Findings.Group("names: missing", List.of("#66 blaze")));
    }

    private SweepResult sweep(Set<ApiResource> resources, int sample, int pageSize) throws IOException {
        return sweep(resources, sample, pageSize, UUID.randomUUID());
    }

    private SweepResult sweep(Set<ApiResource> resources, int sample, int pageSize, UUID run) throws IOException {
        return sweep(resources, sample, pageSize, run, () -> {
            throw new IllegalStateException("no schemas in this test");
        });
    }

    private SweepResult sweep(Set<ApiResource> resources, int sample, int pageSize, UUID run,
            Supplier<PublishedSchemas> schemas) throws IOException {
        if (replica == null) {
            journal = restartReplica();
        }
        Settings settings = new SettingsLoader(new SettingSource().withLayer(Map.of(), "test")).load();
        PokeApiClient client = new PokeApiClient(HttpClients.create(settings), replica.baseUrl());
        SweepPlan plan = new SweepPlan(resources, sample, run, 3, Optional.empty(), pageSize);
        return new SweepPass(client, plan, CONTRACTS, schemas, (resource, passed) -> swept
                .computeIfAbsent(resource.path() + (passed ? " passed" : " failed"), key -> new AtomicInteger())
                .incrementAndGet()).run();
    }

    private RequestJournal restartReplica() throws IOException {
        if (replica != null) {
            replica.close();
        }
        RequestJournal fresh = new RequestJournal();
        replica = ReplicaServer.start(ApiData.open(data), "127.0.0.1", 0, ReplicaFaults.NONE, fresh);
        return fresh;
    }

    private List<String> documentPaths() {
        return journal.arrivals().stream().map(RequestJournal.Arrival::path)
                .filter(path -> path.matches("/api/v2/\\w+/\\d+(/encounters)?")).sorted().toList();
    }
}
