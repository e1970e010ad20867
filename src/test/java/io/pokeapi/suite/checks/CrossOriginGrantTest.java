package io.pokeapi.suite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class CrossOriginGrantTest {

    @Test
    void readsTheHeadersTheLiveApiSends() {
        CrossOriginGrant grant = CrossOriginGrant.of(Headers.of("Access-Control-Allow-Origin", "*",
                "Access-Control-Expose-Headers", "X-PokeAPI-Hash,X-PokeAPI-Deploy-Date",
                "Access-Control-Allow-Methods", "GET,HEAD"));

        assertThat(grant.letsOriginRead("https://app.example")).isTrue();
        assertThat(grant.exposes("x-pokeapi-hash")).isTrue();
        assertThat(grant.exposes("X-PokeAPI-Deploy-Date")).isTrue();
        assertThat(grant.exposes("X-PokeAPI")).isFalse();
        assertThat(grant.allowsMethod("GET")).isTrue();
        assertThat(grant.allowsMethod("get")).isFalse();
        assertThat(grant.allowsMethod("POST")).isFalse();
    }

    @Test
    void aListMayHaveSpacesAndSpanSeveralLines() {
        CrossOriginGrant grant = CrossOriginGrant.of(new Headers.Builder()
                .add("Access-Control-Expose-Headers", " ETag , X-PokeAPI-Hash")
                .add("Access-Control-Expose-Headers", "X-PokeAPI-Deploy-Date").build());

        assertThat(grant.exposedHeaders()).containsExactly("ETag", "X-PokeAPI-Hash", "X-PokeAPI-Deploy-Date");
    }

    @Test
    void onlyTheNamedOriginOrAnyOriginMayRead() {
        Headers named = Headers.of("Access-Control-Allow-Origin", "https://app.example");

        assertThat(CrossOriginGrant.of(named).letsOriginRead("https://app.example")).isTrue();
        assertThat(CrossOriginGrant.of(named).letsOriginRead("https://other.example")).isFalse();
        assertThat(CrossOriginGrant.of(Headers.of()).letsOriginRead("https://app.example")).isFalse();
        assertThat(CrossOriginGrant.of(Headers.of()).exposedHeaders()).isEmpty();
    }
}
