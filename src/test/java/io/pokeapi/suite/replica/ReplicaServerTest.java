package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The replica over HTTP, serving the hand-written fixture in src/test/resources/replica-test-data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaServerTest {

    private static final String JSON = "application/json; charset=utf-8";

    private ReplicaServer replica;
    private HttpProbe http;
    private String base; // e.g. http://127.0.0.1:43121/api/v2

    @BeforeAll
    void startReplica() throws IOException {
        replica = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0);
        http = new HttpProbe(replica.baseUrl());
        base = replica.baseUrl().toString();
    }

    @AfterAll
    void stopReplica() {
        replica.close();
    }

    @Nested
    class Documents {

        @Test
        void apiRootListsResourcesWithAbsoluteUrls() {
            HttpProbe.Answer answer = http.get("/api/v2/");

            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).isEqualTo(JSON);
            assertThat(answer.json().getAsJsonObject().get("pokemon").getAsString()).isEqualTo(base + "/pokemon/");
            assertThat(http.get("/api/v2").body()).isEqualTo(answer.body());
        }

        @Test
        void servesADocumentById() {
            HttpProbe.Answer answer = http.get("/api/v2/pokemon/25");

            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).isEqualTo(JSON);
            assertThat(answer.header("Content-Length")).isEqualTo(Integer.toString(answer.body().length));
            JsonObject pikachu = answer.json().getAsJsonObject();
            assertThat(pikachu.get("id").getAsInt()).isEqualTo(25);
            assertThat(pikachu.get("name").getAsString()).isEqualTo("pikachu");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/25/", "/api/v2/pokemon/pikachu", "/api/v2/pokemon/pikachu/",
            "/api/v2/pokemon/Pikachu", "/api/v2/pokemon/PIKACHU/", "/api/v2/pokemon/%70ikachu"})
        void nameInAnyCaseAndTrailingSlashGiveTheSameBytesAsTheId(String path) {
            HttpProbe.Answer byId = http.get("/api/v2/pokemon/25");
            HttpProbe.Answer other = http.get(path);

            assertThat(other.code()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(byId.body());
        }

        @Test
        void findsEveryResourceByNameAndId() {
            assertThat(http.get("/api/v2/ability/static").body()).isEqualTo(http.get("/api/v2/ability/9").body());
            assertThat(http.get("/api/v2/type/electric/").body()).isEqualTo(http.get("/api/v2/type/13/").body());
            assertThat(http.get("/api/v2/pokemon/bulbasaur").json().getAsJsonObject().get("id").getAsInt())
                    .isEqualTo(1);
            assertThat(http.get("/api/v2/pokemon/charmander").json().getAsJsonObject().get("id").getAsInt())
                    .isEqualTo(4);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/25/encounters", "/api/v2/pokemon/25/encounters/",
            "/api/v2/pokemon/pikachu/encounters", "/api/v2/pokemon/PIKACHU/encounters/"})
        void servesEncounters(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.code()).isEqualTo(200);
            JsonArray encounters = answer.json().getAsJsonArray();
            assertThat(encounters.get(0).getAsJsonObject().getAsJsonObject("location_area").get("url").getAsString())
                    .isEqualTo(base + "/location-area/321/");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/", "/api/v2/pokemon/25", "/api/v2/pokemon/1", "/api/v2/pokemon/4",
            "/api/v2/pokemon/25/encounters", "/api/v2/ability/9", "/api/v2/type/13", "/api/v2/pokemon/",
            "/api/v2/pokemon/?offset=20", "/api/v2/ability/", "/api/v2/type/"})
        void leavesNoRelativeApiUrlInABody(String path) {
            String body = http.get(path).text();

            assertThat(body).doesNotContain("\"/api/v2/").contains("\"" + base + "/");
        }

        @Test
        void rewritesTheUrlsOfADocument() {
            JsonObject pikachu = http.get("/api/v2/pokemon/pikachu").json().getAsJsonObject();

            assertThat(pikachu.get("location_area_encounters").getAsString()).isEqualTo(base + "/pokemon/25/encounters");
            assertThat(pikachu.getAsJsonArray("abilities").get(0).getAsJsonObject().getAsJsonObject("ability")
                    .get("url").getAsString()).isEqualTo(base + "/ability/9/");
            assertThat(pikachu.getAsJsonObject("cries").get("latest").getAsString())
                    .isEqualTo("https://raw.githubusercontent.com/PokeAPI/cries/main/cries/pokemon/latest/25.ogg");
        }

        @Test
        void keepsValuesAsWritten() {
            assertThat(http.get("/api/v2/pokemon/25").text())
                    .contains("\"past_types\":null", "\"held_items\":[]", "\"is_default\":true");
            assertThat(http.get("/api/v2/type/13").text())
                    .contains("\"sprite_scale\":1.50",
                            "\"note\":\"Strings that merely mention /api/v2/ mid-text are not URLs");
            assertThat(http.get("/api/v2/ability/9").text())
                    .contains("\"name\":\"せいでんき\"", "<Contact> & \\\"quotes\\\"", "Pokémon");
        }

        @Test
        void answersCompactJsonLikeTheLiveApi() {
            assertThat(http.get("/api/v2/pokemon/25").text()).doesNotContain("\n").startsWith("{\"abilities\":[{");
        }
    }

    @Nested
    class NotFound {

        @ParameterizedTest
        @ValueSource(strings = {
            "/api/v2/pokemon/9999", "/api/v2/pokemon/99999", "/api/v2/pokemon/2", "/api/v2/pokemon/ivysaur",
            "/api/v2/pokemon/mewtwo", "/api/v2/pokemon/missingno", "/api/v2/pokemon/-1", "/api/v2/pokemon/0",
            "/api/v2/pokemon/025", "/api/v2/pokemon/25abc", "/api/v2/pokemon/pikachu_", "/api/v2/pokemon/Ivysaur",
            "/api/v2/pokemon/1/encounters", "/api/v2/ability/9/encounters", "/api/v2/ability/pikachu"
        })
        void answersPlainNotFound(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.text()).isEqualTo("Not Found");
            assertThat(answer.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/berry/1", "/api/v2/berry/cheri", "/api/v2/berry/", "/api/v2/berry"})
        void aResourceTheApiKnowsButTheFolderLacksIsNotFound(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.text()).isEqualTo("Not Found");
        }

        @Test
        void neverGzipsTheNotFoundText() {
            HttpProbe.Answer answer = http.getGzip("/api/v2/pokemon/9999");

            assertThat(answer.header("Content-Encoding")).isNull();
            assertThat(answer.text()).isEqualTo("Not Found");
        }
    }

    @Nested
    class BadRequest {

        @ParameterizedTest
        @ValueSource(strings = {
            // an id or name of a shape no key has
            "/api/v2/pokemon/abc!!", "/api/v2/pokemon/pikachu!!", "/api/v2/pokemon/pika%20chu",
            "/api/v2/pokemon/pika+chu", "/api/v2/pokemon/%F0%9F%94%A5", "/api/v2/pokemon/2.5",
            "/api/v2/pokemon/25.0", "/api/v2/pokemon/pikachu%20", "/api/v2/pokemon/%2e%2e%2fability%2f9",
            "/api/v2/ability/abc!!/encounters",
            // a nested document other than encounters
            "/api/v2/pokemon/25/moves", "/api/v2/pokemon/25/Encounters", "/api/v2/pokemon/25/index.json",
            // a resource the API does not know
            "/api/v2/digimon/1", "/api/v2/digimon/", "/api/v2/digimon", "/api/v2/POKEMON/25",
            "/api/v2/Pokemon/", "/api/v2/index.json", "/api/v2/digimon/25/encounters"
        })
        void answersPlainBadRequest(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.code()).isEqualTo(400);
            assertThat(answer.text()).isEqualTo("Bad Request");
            assertThat(answer.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        }

        @Test
        void neverGzipsTheBadRequestText() {
            HttpProbe.Answer answer = http.getGzip("/api/v2/pokemon/abc!!");

            assertThat(answer.header("Content-Encoding")).isNull();
            assertThat(answer.text()).isEqualTo("Bad Request");
        }
    }

    @Nested
    class Lists {

        private JsonObject page(String path) {
            HttpProbe.Answer answer = http.get(path);
            assertThat(answer.code()).as(path).isEqualTo(200);
            assertThat(answer.header("Content-Type")).isEqualTo(JSON);
            return answer.json().getAsJsonObject();
        }

        private List<String> names(JsonObject page) {
            List<String> names = new ArrayList<>();
            for (JsonElement result : page.getAsJsonArray("results")) {
                names.add(result.getAsJsonObject().get("name").getAsString());
            }
            return names;
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/", "/api/v2/pokemon", "/api/v2/pokemon/?offset=0&limit=20"})
        void firstPageHoldsTwentyAndLinksToTheNext(String path) {
            JsonObject page = page(path);

            assertThat(page.get("count").getAsInt()).isEqualTo(25);
            // Like the live API, the link repeats the request's path, trailing slash or not.
            String listPath = path.startsWith("/api/v2/pokemon/") ? "/pokemon/" : "/pokemon";
            assertThat(page.get("next").getAsString()).isEqualTo(base + listPath + "?offset=20&limit=5");
            assertThat(page.get("previous").isJsonNull()).isTrue();
            assertThat(names(page)).hasSize(20).startsWith("bulbasaur", "ivysaur").endsWith("raticate");
            assertThat(page.getAsJsonArray("results").get(0).getAsJsonObject().get("url").getAsString())
                    .isEqualTo(base + "/pokemon/1/");
        }

        @Test
        void lastPageHoldsTheRestAndLinksBack() {
            JsonObject page = page("/api/v2/pokemon?offset=20");

            assertThat(page.get("count").getAsInt()).isEqualTo(25);
            assertThat(names(page)).containsExactly("spearow", "fearow", "ekans", "arbok", "pikachu");
            assertThat(page.get("next").isJsonNull()).isTrue();
            assertThat(page.get("previous").getAsString()).isEqualTo(base + "/pokemon?offset=0&limit=20");
        }

        @Test
        void middlePageLinksBothWays() {
            JsonObject page = page("/api/v2/pokemon/?limit=5&offset=10");

            assertThat(names(page)).containsExactly("metapod", "butterfree", "weedle", "kakuna", "beedrill");
            assertThat(page.get("next").getAsString()).isEqualTo(base + "/pokemon/?offset=15&limit=5");
            assertThat(page.get("previous").getAsString()).isEqualTo(base + "/pokemon/?offset=5&limit=5");
        }

        @Test
        void linksNearTheStartAskOnlyForTheItemsBefore() {
            JsonObject page = page("/api/v2/pokemon/?offset=5&limit=10");

            assertThat(names(page)).hasSize(10).startsWith("charizard").endsWith("beedrill");
            assertThat(page.get("next").getAsString()).isEqualTo(base + "/pokemon/?offset=15&limit=10");
            assertThat(page.get("previous").getAsString()).isEqualTo(base + "/pokemon/?offset=0&limit=5");
        }

        @Test
        void linksNearTheEndAskOnlyForTheItemsLeft() {
            JsonObject page = page("/api/v2/pokemon/?offset=10&limit=10");

            assertThat(page.get("next").getAsString()).isEqualTo(base + "/pokemon/?offset=20&limit=5");
            assertThat(page.get("previous").getAsString()).isEqualTo(base + "/pokemon/?offset=0&limit=10");
        }

        @Test
        void followingNextVisitsEveryItemOnce() {
            List<String> seen = new ArrayList<>();
            List<String> links = new ArrayList<>();
            String next = base + "/pokemon/?limit=7";
            while (next != null) {
                JsonObject page = page(next.substring(next.indexOf("/api/v2/")));
                seen.addAll(names(page));
                next = page.get("next").isJsonNull() ? null : page.get("next").getAsString();
                links.add(next);
            }

            assertThat(links).containsExactly(base + "/pokemon/?offset=7&limit=7",
                    base + "/pokemon/?offset=14&limit=7", base + "/pokemon/?offset=21&limit=4", null);
            assertThat(seen).hasSize(25).doesNotHaveDuplicates().startsWith("bulbasaur").endsWith("pikachu");
        }

        @Test
        void limitBeyondCountReturnsEverything() {
            JsonObject page = page("/api/v2/pokemon/?limit=1000");

            assertThat(names(page)).hasSize(25);
            assertThat(page.get("next").isJsonNull()).isTrue();
            assertThat(page.get("previous").isJsonNull()).isTrue();
        }

        @Test
        void offsetBeyondCountReturnsNoResults() {
            JsonObject page = page("/api/v2/pokemon/?offset=30");

            assertThat(page.get("count").getAsInt()).isEqualTo(25);
            assertThat(page.getAsJsonArray("results")).isEmpty();
            assertThat(page.get("next").isJsonNull()).isTrue();
            assertThat(page.get("previous").getAsString()).isEqualTo(base + "/pokemon/?offset=10&limit=20");
        }

        @ParameterizedTest
        @ValueSource(strings = {"?limit=abc&offset=xyz", "?limit=-0&offset=-0", "?limit=0", "?limit=&offset="})
        void badParametersFallBackToTheDefaults(String query) {
            JsonObject page = page("/api/v2/pokemon/" + query);

            assertThat(names(page)).hasSize(20).startsWith("bulbasaur");
            assertThat(page.get("next").getAsString()).isEqualTo(base + "/pokemon/?offset=20&limit=5");
            assertThat(page.get("previous").isJsonNull()).isTrue();
        }

        @Test
        void readsTheLeadingIntegerOfAParameter() {
            JsonObject page = page("/api/v2/pokemon/?offset=10abc&limit=5.9");

            assertThat(names(page)).containsExactly("metapod", "butterfree", "weedle", "kakuna", "beedrill");
            assertThat(page.get("next").getAsString()).isEqualTo(base + "/pokemon/?offset=15&limit=5");
        }

        @Test
        void listsEveryResource() {
            assertThat(names(page("/api/v2/ability/"))).containsExactly("static", "lightning-rod");
            assertThat(names(page("/api/v2/type"))).containsExactly("electric");
        }

        @Test
        void keysOfAPageComeInTheLiveApisOrder() {
            assertThat(page("/api/v2/type/").keySet()).containsExactly("count", "next", "previous", "results");
        }
    }

    @Nested
    class Gzip {

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/25", "/api/v2/pokemon/pikachu/", "/api/v2/", "/api/v2/pokemon/",
            "/api/v2/pokemon/?offset=3&limit=4", "/api/v2/pokemon/25/encounters"})
        void servesGzipWhenAskedThatDecompressesToThePlainBody(String path) {
            HttpProbe.Answer plain = http.get(path);
            HttpProbe.Answer gzip = http.getGzip(path);

            assertThat(gzip.code()).isEqualTo(200);
            assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(gzip.header("Content-Type")).isEqualTo(JSON);
            assertThat(gzip.header("Content-Length")).isEqualTo(Integer.toString(gzip.body().length));
            assertThat(gzip.header("Vary")).isEqualTo("Accept-Encoding");
            assertThat(gzip.gunzipped()).isEqualTo(plain.body());
        }

        @Test
        void servesPlainWhenGzipIsNotAccepted() {
            HttpProbe.Answer plain = http.get("/api/v2/pokemon/25");
            HttpProbe.Answer refused = http.send("GET", "/api/v2/pokemon/25", "br, gzip;q=0", null);

            assertThat(plain.header("Content-Encoding")).isNull();
            assertThat(refused.header("Content-Encoding")).isNull();
            assertThat(refused.body()).isEqualTo(plain.body());
        }

        @Test
        void okHttpsDefaultClientGetsTheSameDocumentTransparently() throws IOException {
            OkHttpClient client = new OkHttpClient();
            okhttp3.Request request = new okhttp3.Request.Builder().url(base + "/pokemon/25").build();
            try (okhttp3.Response response = client.newCall(request).execute()) {
                assertThat(response.networkResponse().header("Content-Encoding")).isEqualTo("gzip");
                assertThat(response.body().bytes()).isEqualTo(http.get("/api/v2/pokemon/25").body());
            }
        }
    }

    @Nested
    class Methods {

        @ParameterizedTest
        @ValueSource(strings = {"identity", "gzip"})
        void headAnswersTheHeadersOfGetWithoutABody(String acceptEncoding) {
            HttpProbe.Answer get = http.send("GET", "/api/v2/pokemon/25", acceptEncoding, null);
            HttpProbe.Answer head = http.head("/api/v2/pokemon/25", acceptEncoding);

            assertThat(head.code()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.header("Content-Type")).isEqualTo(JSON);
            assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(get.body().length));
            assertThat(head.header("Content-Encoding")).isEqualTo(get.header("Content-Encoding"));
        }

        @Test
        void headOfAMissingDocumentIsNotFound() {
            HttpProbe.Answer head = http.head("/api/v2/pokemon/9999", "identity");

            assertThat(head.code()).isEqualTo(404);
            assertThat(head.body()).isEmpty();
        }

        @Test
        void headOfAMalformedKeyIsABadRequest() {
            HttpProbe.Answer head = http.head("/api/v2/pokemon/abc!!", "gzip");

            assertThat(head.code()).isEqualTo(400);
            assertThat(head.body()).isEmpty();
            assertThat(head.header("Content-Length")).isEqualTo("11");
            assertThat(head.header("Content-Encoding")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
        void otherMethodsFindNoRoute(String method) {
            RequestBody body = method.equals("DELETE")
                    ? null
                    : RequestBody.create(new byte[] {'{', '}'}, MediaType.get("application/json"));

            HttpProbe.Answer answer = http.send(method, "/api/v2/pokemon/25", "identity", body);

            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(answer.text()).contains("<pre>Cannot " + method + " /api/v2/pokemon/25</pre>");
        }
    }

    @Nested
    class Connections {

        @Test
        void keepsConnectionsAlive() {
            AtomicInteger connections = new AtomicInteger();
            OkHttpClient counting = new OkHttpClient.Builder()
                    .eventListener(new EventListener() {
                        @Override
                        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                            connections.incrementAndGet();
                        }
                    })
                    .build();
            HttpProbe probe = new HttpProbe(counting, replica.baseUrl());

            assertThat(probe.get("/api/v2/pokemon/25").code()).isEqualTo(200);
            assertThat(probe.getGzip("/api/v2/pokemon/").code()).isEqualTo(200);
            assertThat(probe.get("/api/v2/pokemon/9999").code()).isEqualTo(404);
            assertThat(probe.get("/api/v2/ability/9").code()).isEqualTo(200);

            assertThat(connections).hasValue(1);
        }

        @Test
        void concurrentFirstRequestsGetIdenticalBodies() throws Exception {
            // A fresh replica, so that the document is loaded while all of these ask for it.
            try (ReplicaServer fresh = ReplicaServer.start(TestFixtures.apiData(), "127.0.0.1", 0)) {
                HttpProbe probe = new HttpProbe(fresh.baseUrl());
                ExecutorService clients = Executors.newFixedThreadPool(8);
                try {
                    List<Callable<byte[]>> requests = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        String path = i % 2 == 0 ? "/api/v2/pokemon/25" : "/api/v2/pokemon/pikachu";
                        requests.add(() -> probe.get(path).body());
                    }
                    List<Future<byte[]>> bodies = clients.invokeAll(requests);
                    byte[] first = bodies.get(0).get();
                    assertThat(first).isNotEmpty();
                    for (Future<byte[]> body : bodies) {
                        assertThat(body.get()).isEqualTo(first);
                    }
                } finally {
                    clients.shutdownNow();
                }
            }
        }
    }
}
