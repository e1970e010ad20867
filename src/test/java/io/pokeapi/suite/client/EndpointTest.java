package io.pokeapi.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void aNumericKeyIsAnId() {
        assertThat(Endpoint.of(List.of("pokemon", "25")).template()).isEqualTo("/pokemon/{id}");
    }

    @Test
    void aWordKeyIsAName() {
        assertThat(Endpoint.of(List.of("pokemon", "pikachu")).template()).isEqualTo("/pokemon/{name}");
    }

    @Test
    void aNameWithDigitsIsStillAName() {
        assertThat(Endpoint.of(List.of("pokemon", "porygon2")).template()).isEqualTo("/pokemon/{name}");
    }

    @Test
    void aNegativeNumberIsAnId() {
        assertThat(Endpoint.of(List.of("pokemon", "-1")).template()).isEqualTo("/pokemon/{id}");
    }

    @Test
    void aResourceAloneIsItsList() {
        assertThat(Endpoint.of(List.of("pokemon")).template()).isEqualTo("/pokemon");
    }

    @Test
    void segmentsAfterTheKeyStayAsTheyAre() {
        assertThat(Endpoint.of(List.of("pokemon", "25", "encounters")).template())
                .isEqualTo("/pokemon/{id}/encounters");
    }

    @Test
    void noSegmentsIsTheRoot() {
        assertThat(Endpoint.of(List.of()).template()).isEqualTo("/");
    }

    @Test
    void aLoneEmptySegmentIsTheRoot() {
        assertThat(Endpoint.of(List.of("")).template()).isEqualTo("/");
    }

    @Test
    void aTrailingEmptySegmentIsIgnored() {
        assertThat(Endpoint.of(List.of("pokemon", "")).template()).isEqualTo("/pokemon");
        assertThat(Endpoint.of(List.of("pokemon", "25", "")).template()).isEqualTo("/pokemon/{id}");
    }

    @Test
    void theResourceIsTheFirstSegment() {
        assertThat(new Endpoint("/pokemon/{id}/encounters").resource()).isEqualTo("pokemon");
        assertThat(new Endpoint("/ability").resource()).isEqualTo("ability");
        assertThat(new Endpoint("/").resource()).isEmpty();
    }

    @Test
    void readsAsItsTemplate() {
        assertThat(new Endpoint("/type/{name}")).hasToString("/type/{name}");
    }
}
