package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseAttachmentTest {

    private static ApiResponse response(String body) {
        return new ApiResponse("GET", "http://127.0.0.1/api/v2/pokemon/25", Endpoint.of(List.of("pokemon", "25")), 200,
                "application/json; charset=utf-8", body, Duration.ofMillis(3));
    }

    @Test
    void aSmallPayloadIsAttachedWholeWithItsType() {
        ResponseAttachment attachment = ResponseAttachment.of(response("{\"name\":\"pikachu\"}"));

        assertThat(new String(attachment.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"pikachu\"}");
        assertThat(attachment.mediaType()).isEqualTo("application/json");
        assertThat(attachment.message()).isEqualTo(
                "Latest response: GET http://127.0.0.1/api/v2/pokemon/25 → 200, 18 bytes");
    }

    @Test
    void aLargePayloadIsCutAtTheLimitBetweenCharactersAndSaysSo() {
        String body = "{\"name\":\"" + "é".repeat(40) + "\"}"; // 2 bytes each: the limit of 20 falls inside one

        ResponseAttachment attachment = ResponseAttachment.of(response(body), 20);

        assertThat(attachment.payload()).hasSize(19);
        assertThat(new String(attachment.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"ééééé");
        assertThat(attachment.mediaType()).isEqualTo("text/plain");
        assertThat(attachment.message()).endsWith("→ 200, 91 bytes; only the first 19 are attached");
    }

    @Test
    void thePayloadOfAFullSizedPokemonStaysUnder64KiB() {
        ResponseAttachment attachment = ResponseAttachment.of(response("x".repeat(600_000)));

        assertThat(attachment.payload()).hasSize(ResponseAttachment.LIMIT);
        assertThat(attachment.message()).contains("600,000 bytes; only the first 65,536 are attached");
    }
}
