package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenBodiesTest {

    private static final StoredBody PIKACHU = new StoredBody("a".repeat(64), 25, "pikachu");

    @Test
    void aUrlAnsweringTheSameBodyIsKnownAndAnotherBodyIsNot() {
        SeenBodies seen = new SeenBodies(10);
        seen.put("/pokemon/25", PIKACHU.hash(), PIKACHU);

        assertThat(seen.get("/pokemon/25", PIKACHU.hash())).hasValue(PIKACHU);
        assertThat(seen.get("/pokemon/25", "b".repeat(64))).isEmpty();
        assertThat(seen.get("/pokemon/pikachu", PIKACHU.hash())).isEmpty();
    }

    @Test
    void itRemembersOnlyTheMostRecentlySeenUrls() {
        SeenBodies seen = new SeenBodies(2);
        seen.put("/pokemon/1", "1", StoredBody.NONE);
        seen.put("/pokemon/2", "2", StoredBody.NONE);
        seen.get("/pokemon/1", "1");
        seen.put("/pokemon/3", "3", StoredBody.NONE);

        assertThat(seen.size()).isEqualTo(2);
        assertThat(seen.get("/pokemon/2", "2")).as("least recently seen").isEmpty();
        assertThat(seen.get("/pokemon/1", "1")).isPresent();
        assertThat(seen.get("/pokemon/3", "3")).isPresent();
    }
}
