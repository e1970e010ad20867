package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AbsoluteUrlsTest {

    private final AbsoluteUrls urls = new AbsoluteUrls("http://127.0.0.1:8080");

    private String rewritten(String json) {
        return new String(CompactJson.toBytes(urls.rewrite(JsonParser.parseString(json))), StandardCharsets.UTF_8);
    }

    @Test
    void makesApiUrlsAbsoluteAtAnyDepth() {
        String json = "{\"abilities\":[{\"ability\":{\"name\":\"static\",\"url\":\"/api/v2/ability/9/\"}}],"
                + "\"location_area_encounters\":\"/api/v2/pokemon/25/encounters\"}";

        assertThat(rewritten(json)).isEqualTo(
                "{\"abilities\":[{\"ability\":{\"name\":\"static\",\"url\":\"http://127.0.0.1:8080/api/v2/ability/9/\"}}],"
                        + "\"location_area_encounters\":\"http://127.0.0.1:8080/api/v2/pokemon/25/encounters\"}");
    }

    @Test
    void rewritesStringsInsideTopLevelArrays() {
        assertThat(rewritten("[\"/api/v2/version/1/\", 3]")).isEqualTo("[\"http://127.0.0.1:8080/api/v2/version/1/\",3]");
    }

    @Test
    void leavesOtherStringsAndKeysAlone() {
        String json = "{\"/api/v2/key\":\"https://raw.githubusercontent.com/x.png\",\"a\":\"see /api/v2/\","
                + "\"b\":\"/api/v1/x\",\"c\":\"api/v2/x\"}";

        assertThat(rewritten(json)).isEqualTo(json);
    }

    @Test
    void keepsNumbersAsWrittenAndNulls() {
        String json = "{\"a\":1.50,\"b\":10000000000000000000001,\"c\":-0.0,\"d\":null,\"e\":[],\"f\":true}";

        assertThat(rewritten(json)).isEqualTo(json);
    }

    @Test
    void keepsMemberOrder() {
        String json = "{\"z\":1,\"a\":2,\"m\":3}";

        assertThat(rewritten(json)).isEqualTo(json);
    }

    @Test
    void writesUnicodeAndHtmlCharactersVerbatim() {
        String json = "{\"name\":\"せいでんき\",\"effect\":\"<Contact> & 'Pokémon'\"}";

        assertThat(rewritten(json)).isEqualTo(json);
    }

    @Test
    void doesNotChangeTheTreeItWasGiven() {
        JsonElement original = JsonParser.parseString("{\"url\":\"/api/v2/pokemon/1/\"}");

        urls.rewrite(original);

        assertThat(original.getAsJsonObject().get("url").getAsString()).isEqualTo("/api/v2/pokemon/1/");
    }

    @Test
    void originMustNotEndWithASlash() {
        assertThatThrownBy(() -> new AbsoluteUrls("http://127.0.0.1:8080/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
