package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The replica over the real api-data sample in ../shared/pokeapi-data (or -Dpokeapi.data=...).
 * Skipped where that folder is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PokeapiDataReplicaTest {

    private ReplicaServer replica;
    private HttpProbe http;
    private String base;

    @BeforeAll
    void startReplicaOnTheRealData() throws IOException {
        Path folder = Path.of(System.getProperty("pokeapi.data", "../shared/pokeapi-data")).toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(folder), "no PokéAPI data sample at " + folder);
        replica = ReplicaServer.start(ApiData.open(folder), "127.0.0.1", 0);
        http = new HttpProbe(replica.baseUrl());
        base = replica.baseUrl().toString();
    }

    @AfterAll
    void stopReplica() {
        if (replica != null) {
            replica.close();
        }
    }

    @Test
    void pikachuByNameAndByIdAreTheSameBytes() {
        HttpProbe.Answer byName = http.get("/api/v2/pokemon/pikachu");
        HttpProbe.Answer byId = http.get("/api/v2/pokemon/25/");

        assertThat(byName.code()).isEqualTo(200);
        assertThat(byName.body()).isEqualTo(byId.body());
        assertThat(byName.json().getAsJsonObject().get("id").getAsInt()).isEqualTo(25);
    }

    @Test
    void pikachusUrlsAreAbsolute() {
        HttpProbe.Answer answer = http.get("/api/v2/pokemon/pikachu");
        JsonObject pikachu = answer.json().getAsJsonObject();

        assertThat(answer.text()).doesNotContain("\"/api/v2/");
        for (JsonElement ability : pikachu.getAsJsonArray("abilities")) {
            assertThat(ability.getAsJsonObject().getAsJsonObject("ability").get("url").getAsString())
                    .startsWith(base + "/ability/");
        }
        assertThat(pikachu.get("location_area_encounters").getAsString()).isEqualTo(base + "/pokemon/25/encounters");
        assertThat(http.get("/api/v2/pokemon/25/encounters").code()).isEqualTo(200);
    }

    @Test
    void pikachuGzippedDecompressesToThePlainBody() {
        HttpProbe.Answer gzip = http.getGzip("/api/v2/pokemon/25");

        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.body().length).isLessThan(http.get("/api/v2/pokemon/25").body().length / 10);
        assertThat(gzip.gunzipped()).isEqualTo(http.get("/api/v2/pokemon/25").body());
    }

    @Test
    void pokemonListCountsEveryPokemon() {
        JsonObject page = http.get("/api/v2/pokemon/").json().getAsJsonObject();

        assertThat(page.get("count").getAsInt()).isEqualTo(1351);
        assertThat(page.getAsJsonArray("results")).hasSize(20);
        assertThat(page.get("next").getAsString()).isEqualTo(base + "/pokemon/?offset=20&limit=20");

        JsonObject last = http.get("/api/v2/pokemon/?offset=1345&limit=10").json().getAsJsonObject();
        assertThat(last.getAsJsonArray("results")).hasSize(6);
        assertThat(last.get("next").isJsonNull()).isTrue();
        assertThat(last.get("previous").getAsString()).isEqualTo(base + "/pokemon/?offset=1335&limit=10");

        JsonObject all = http.get("/api/v2/pokemon/?limit=100000").json().getAsJsonObject();
        assertThat(all.getAsJsonArray("results")).hasSize(1351);
        assertThat(all.get("next").isJsonNull()).isTrue();
    }

    @Test
    void abilitiesAndTypesAreFoundByName() {
        assertThat(http.get("/api/v2/ability/static").body()).isEqualTo(http.get("/api/v2/ability/9").body());
        assertThat(http.get("/api/v2/type/electric").json().getAsJsonObject().get("id").getAsInt()).isEqualTo(13);
    }

    @Test
    void listedPokemonWithoutADocumentIsNotFound() {
        // nidoqueen (31) is in the list, but the sample holds no document for it
        assertThat(http.get("/api/v2/pokemon/nidoqueen").code()).isEqualTo(404);
    }

    @Test
    void namesAreLookedUpLowerCased() {
        assertThat(http.get("/api/v2/pokemon/Pikachu").body()).isEqualTo(http.get("/api/v2/pokemon/pikachu").body());
    }

    @Test
    void resourcesTheRootListsButTheSampleLacksAreNotFoundAndOthersAreBadRequests() {
        assertThat(http.get("/api/v2/berry/1").code()).isEqualTo(404);
        assertThat(http.get("/api/v2/digimon/1").code()).isEqualTo(400);
    }
}
