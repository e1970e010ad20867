package io.pokeapi.suite.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.bench.LargePokedex;
import io.pokeapi.suite.bench.RealPokeapiData;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.client.HttpClients;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.contract.ContractBook;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.sweep.schema.PublishedSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep of a large Pokédex generated from PokéAPI's real documents, against PokéAPI's real published
 * schemas: one broken field or back-reference among hundreds of documents is named exactly.
 */
class LargeSweepTest {

    private static final int POKEMON = 400;

    @TempDir
    Path work;

    @Test
    void oneFieldOfTheWrongTypeAndOneMissingBackReferenceAreNamedExactly() throws IOException {
        Optional<Path> real = RealPokeapiData.folder();
        assumeTrue(real.isPresent(), "needs PokéAPI's data at ../shared/pokeapi-data");
        Path data = LargePokedex.build(real.get(), work.resolve("pokedex"), POKEMON);
        int broken = 312;
        String brokenName = name(data, "pokemon", broken);
        LargePokedex.edit(data, "pokemon", broken, pokemon -> pokemon.addProperty("weight", "heavy"));
        int unlisted = 205;
        String unlistedName = name(data, "pokemon", unlisted);
        JsonObject firstType = document(data, "pokemon", unlisted).getAsJsonArray("types").get(0).getAsJsonObject();
        String typeName = firstType.getAsJsonObject("type").get("name").getAsString();
        int typeId = Integer.parseInt(firstType.getAsJsonObject("type").get("url").getAsString()
                .replaceAll(".*/type/(\\d+)/$", "$1"));
        LargePokedex.edit(data, "type", typeId, type -> removeMember(type.getAsJsonArray("pokemon"), unlistedName));

        SweepResult result = sweep(data);

        assertThat(result.listed()).containsEntry(ApiResource.POKEMON, POKEMON);
        assertThat(result.documents()).isEqualTo(2 * POKEMON + result.listed().get(ApiResource.ABILITY)
                + result.listed().get(ApiResource.TYPE));
        assertThat(result.schemasUnavailable()).isEmpty();
        Findings.Group wrongType = new Findings.Group("weight: expected integer but was string",
                List.of("#" + broken + " " + brokenName));
        assertThat(result.findings().groups(SweepCheck.CONTRACT, ApiResource.POKEMON)).containsExactly(wrongType);
        assertThat(result.findings().groups(SweepCheck.SCHEMA, ApiResource.POKEMON)).containsExactly(wrongType);
        assertThat(result.findings().groups(SweepCheck.BACK_REFERENCES, ApiResource.POKEMON)).containsExactly(
                new Findings.Group("a type among its types does not list it back",
                        List.of("#" + unlisted + " " + unlistedName + " (" + typeName + ")")));
        assertThat(result.findings().failedDocuments()).as("documents that broke a rule").isEqualTo(2);
        for (SweepCheck check : List.of(SweepCheck.LINKS, SweepCheck.LIST_ENTRIES)) {
            for (ApiResource resource : ApiResource.values()) {
                assertThat(result.findings().groups(check, resource)).as("%s of %s", check, resource).isEmpty();
            }
        }
    }

    private static SweepResult sweep(Path data) throws IOException {
        try (ReplicaServer replica = ReplicaServer.start(ApiData.open(data), "127.0.0.1", 0)) {
            Settings settings = new SettingsLoader(new SettingSource().withLayer(Map.of(), "test")).load();
            PokeApiClient client = new PokeApiClient(HttpClients.create(settings), replica.baseUrl());
            SweepPlan plan = new SweepPlan(EnumSet.allOf(ApiResource.class), 0, UUID.randomUUID(), 4, Optional.empty());
            return new SweepPass(client, plan, ContractBook.load(Path.of("features", "contracts")),
                    () -> PublishedSchemas.fromFolder(data.resolve("data")), (resource, passed) -> { }).run();
        }
    }

    private static void removeMember(JsonArray members, String name) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getAsJsonObject().getAsJsonObject("pokemon").get("name").getAsString().equals(name)) {
                members.remove(i);
                return;
            }
        }
        throw new AssertionError(name + " is not among the type's Pokémon");
    }

    private static String name(Path data, String resource, int id) throws IOException {
        return document(data, resource, id).get("name").getAsString();
    }

    private static JsonObject document(Path data, String resource, int id) throws IOException {
        JsonElement json = JsonParser.parseString(Files.readString(data.resolve("data/api/v2").resolve(resource)
                .resolve(Integer.toString(id)).resolve("index.json")));
        return json.getAsJsonObject();
    }
}
