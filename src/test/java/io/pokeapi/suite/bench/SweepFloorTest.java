package io.pokeapi.suite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The floor's plain sweep against the replica in a JVM of its own, over a generated Pokédex of 150 Pokémon. */
class SweepFloorTest {

    private static final int COUNT = 150;

    @Test
    void thePlainSweepFetchesEveryPageDocumentAndEncountersOnceAndTheReplicaStopsOnClose() {
        Path real = RealPokeapiData.folder().orElse(null);
        Assumptions.assumeTrue(real != null, "no PokéAPI data sample at ../shared/pokeapi-data or /work/shared");
        Path pokedex = LargePokedex.build(real, Path.of("target", "test-pokedex", "pokedex-" + COUNT), COUNT);
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(60)).build();
        String root;
        try (ReplicaProcess replica = ReplicaProcess.start(pokedex, Path.of("target", "test-pokedex", "replica.log"))) {
            root = replica.apiBase() + "/";

            PlainSweep.Tally tally = new PlainSweep(client, replica.apiBase()).run(2);

            int abilities = LargePokedex.documentIds(real.resolve("data/api/v2/ability")).size();
            int types = LargePokedex.documentIds(real.resolve("data/api/v2/type")).size();
            assertThat(tally.documents()).isEqualTo(COUNT + abilities + types);
            assertThat(tally.encounters()).isEqualTo(COUNT);
            assertThat(tally.pages()).isEqualTo(pages(COUNT) + pages(abilities) + pages(types));
            assertThat(tally.bytes()).isGreaterThan(FileTrees.size(pokedex.resolve("data/api/v2/pokemon")) / 2);
        }
        assertThatThrownBy(() -> client.newCall(new Request.Builder().url(root).build()).execute().close())
                .isInstanceOf(IOException.class);
    }

    private static long pages(int entries) {
        return (entries + PlainSweep.PAGE_LIMIT - 1) / PlainSweep.PAGE_LIMIT;
    }
}
