package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class V1RedirectTest {

    @Test
    void leadsAV1PathToTheSamePathUnderV2() {
        assertThat(V1Redirect.location("/api/v1/pokemon/25/")).hasValue("/api/v2/pokemon/25/");
        assertThat(V1Redirect.location("/api/v1/pokemon/25")).hasValue("/api/v2/pokemon/25");
        assertThat(V1Redirect.location("/api/v1/")).hasValue("/api/v2/");
        assertThat(V1Redirect.location("/api/v1")).hasValue("/api/v2/");
    }

    @Test
    void leavesEveryOtherPathAlone() {
        assertThat(V1Redirect.location("/api/v2/pokemon/25/")).isEmpty();
        assertThat(V1Redirect.location("/api/v1x/pokemon")).isEmpty();
        assertThat(V1Redirect.location("/api/v10/")).isEmpty();
        assertThat(V1Redirect.location(null)).isEmpty();
    }
}
