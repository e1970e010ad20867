package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.config.ReplicaSettings;
import io.pokeapi.suite.config.ReplicaVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the live API promises at the HTTP level, kept by the replica over the test fixture. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaHttpPromisesTest {

    private static final String EXPOSED = "X-PokeAPI-Hash,X-PokeAPI-Deploy-Date";
    private static final ReplicaVersion VERSION = new ReplicaVersion("4f1c2a9", "2026-04-23T07:26:08Z");

    private ReplicaServer replica;
    private HttpProbe http;
    private HttpProbe noRedirects;

    @BeforeAll
    void startReplica() throws IOException {
        replica = ReplicaServer.start(new ReplicaSettings(Optional.of(TestFixtures.root()), "127.0.0.1", 0,
                ReplicaFaults.NONE, VERSION));
        http = new HttpProbe(replica.baseUrl());
        noRedirects = new HttpProbe(new OkHttpClient.Builder().followRedirects(false).build(), replica.baseUrl());
    }

    @AfterAll
    void stopReplica() {
        replica.close();
    }

    @Nested
    class CrossOrigin {

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/25/", "/api/v2/pokemon/?limit=2", "/api/v2/", "/api/v2/pokemon/9999/",
            "/api/v2/pokemon/abc!!/", "/api/v2/digimon/", "/api/v3/", "/api/v2/pokemon//"})
        void everyAnswerLetsAnyOriginReadItAndTheVersionHeaders(String path) {
            HttpProbe.Answer answer = http.send("GET", path, Map.of("Origin", "https://app.example"));

            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(answer.header("Access-Control-Expose-Headers")).isEqualTo(EXPOSED);
            assertThat(answer.headers().values("Vary")).doesNotContain("Origin");
        }

        @Test
        void aPreflightIsAnswered204WithTheMethodsAndTheHeadersItAskedFor() {
            HttpProbe.Answer answer = http.send("OPTIONS", "/api/v2/pokemon/25/", Map.of("Origin", "https://app.example",
                    "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match,x-app"));

            assertThat(answer.code()).isEqualTo(204);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(answer.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD");
            assertThat(answer.header("Access-Control-Allow-Headers")).isEqualTo("if-none-match,x-app");
            assertThat(answer.header("Access-Control-Expose-Headers")).isEqualTo(EXPOSED);
            assertThat(answer.header("Vary")).isEqualTo("Access-Control-Request-Headers");
            assertThat(answer.header("Cache-Control")).isNull();
        }

        @Test
        void aPreflightAskingForNoHeadersAllowsNone() {
            HttpProbe.Answer answer = http.send("OPTIONS", "/api/v3/anything", Map.of());

            assertThat(answer.code()).isEqualTo(204);
            assertThat(answer.header("Access-Control-Allow-Headers")).isNull();
            assertThat(answer.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD");
        }
    }

    @Nested
    class Caching {

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/25/", "/api/v2/pokemon/pikachu", "/api/v2/pokemon/?limit=2",
            "/api/v2/", "/api/v2/pokemon/25/encounters"})
        void whatIsFoundMayBeCachedForADayAndCarriesTheVersion(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).isEqualTo("public, max-age=86400, s-maxage=86400");
            assertThat(answer.header("X-PokeAPI-Hash")).isEqualTo(VERSION.hash());
            assertThat(answer.header("X-PokeAPI-Deploy-Date")).isEqualTo(VERSION.deployDate());
            assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/9999/", "/api/v2/pokemon/missingno", "/api/v2/berry/1/", "/api/v2/berry/"})
        void aMissingDocumentMayBeCachedForFiveDaysAndCarriesNoVersion(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.text()).isEqualTo("Not Found");
            assertThat(answer.header("Cache-Control")).isEqualTo("public, max-age=432000, s-maxage=432000");
            assertThat(answer.header("X-PokeAPI-Hash")).isNull();
            assertThat(answer.header("X-PokeAPI-Deploy-Date")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon/abc!!/", "/api/v2/digimon/", "/api/v3/", "/api/v2/pokemon//"})
        void refusalsAndUnroutedPathsSayNothingOfCaching(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.header("Cache-Control")).isNull();
            assertThat(answer.header("X-PokeAPI-Hash")).isNull();
        }
    }

    @Nested
    class Revalidation {

        @Test
        void eachAnswerCarriesTheWeakEtagOfItsPlainBodyEvenWhenGzipped() {
            HttpProbe.Answer plain = http.get("/api/v2/pokemon/25/");
            HttpProbe.Answer gzipped = http.getGzip("/api/v2/pokemon/25/");

            assertThat(plain.header("ETag")).isEqualTo(WeakEtag.of(plain.body()));
            assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(gzipped.header("ETag")).isEqualTo(plain.header("ETag"));
        }

        @Test
        void refusalsCarryTheEtagOfTheirText() {
            assertThat(http.get("/api/v2/pokemon/9999/").header("ETag")).isEqualTo("W/\"9-0gXL1ngzMqISxa6S1zx3F4wtLyg\"");
            assertThat(http.get("/api/v2/digimon/").header("ETag")).isEqualTo(WeakEtag.of("Bad Request".getBytes(StandardCharsets.UTF_8)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"GET", "HEAD"})
        void aRequestHoldingTheCurrentCopyIsTold304WithoutABody(String method) {
            HttpProbe.Answer first = http.get("/api/v2/pokemon/25/");

            HttpProbe.Answer again = http.send(method, "/api/v2/pokemon/25/",
                    Map.of("If-None-Match", first.header("ETag")));

            assertThat(again.code()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.header("Content-Type")).isNull();
            assertThat(again.header("Vary")).isNull(); // no type left for the compression middleware to vary on
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(again.header("Cache-Control")).isEqualTo("public, max-age=86400, s-maxage=86400");
            assertThat(again.header("X-PokeAPI-Hash")).isEqualTo(VERSION.hash());
            assertThat(again.header("Access-Control-Allow-Origin")).isEqualTo("*");
        }

        @Test
        void aListPageIsRevalidatedToo() {
            HttpProbe.Answer first = http.get("/api/v2/pokemon/?offset=3&limit=4");

            assertThat(http.send("GET", "/api/v2/pokemon/?offset=3&limit=4",
                    Map.of("If-None-Match", first.header("ETag"))).code()).isEqualTo(304);
            assertThat(http.send("GET", "/api/v2/pokemon/?offset=3&limit=5",
                    Map.of("If-None-Match", first.header("ETag"))).code()).isEqualTo(200);
        }

        @Test
        void anotherTagOrNoCacheGetsTheBody() {
            String etag = http.get("/api/v2/pokemon/25/").header("ETag");

            assertThat(http.send("GET", "/api/v2/pokemon/25/", Map.of("If-None-Match", "W/\"1-x\"")).code())
                    .isEqualTo(200);
            HttpProbe.Answer reload = http.send("GET", "/api/v2/pokemon/25/",
                    Map.of("If-None-Match", etag, "Cache-Control", "no-cache"));
            assertThat(reload.code()).isEqualTo(200);
            assertThat(reload.json().getAsJsonObject().get("name").getAsString()).isEqualTo("pikachu");
        }

        @Test
        void aRefusalIsNeverNotModified() {
            String etag = http.get("/api/v2/pokemon/9999/").header("ETag");

            assertThat(http.send("GET", "/api/v2/pokemon/9999/", Map.of("If-None-Match", etag)).code()).isEqualTo(404);
            assertThat(http.send("GET", "/api/v2/pokemon/9999/", Map.of("If-None-Match", "*")).code()).isEqualTo(404);
        }
    }

    @Nested
    class Version1 {

        @ParameterizedTest
        @ValueSource(strings = {"GET", "HEAD", "POST"})
        void aV1AddressIsMovedPermanentlyToTheSamePathUnderV2(String method) {
            HttpProbe.Answer answer = noRedirects.send(method, "/api/v1/pokemon/25/", Map.of());

            assertThat(answer.code()).isEqualTo(301);
            assertThat(answer.header("Location")).isEqualTo("/api/v2/pokemon/25/");
            assertThat(answer.body()).isEmpty();
        }

        @Test
        void followingTheRedirectFindsTheV2Document() {
            HttpProbe.Answer answer = http.get("/api/v1/pokemon/pikachu");

            assertThat(answer.code()).isEqualTo(200);
            assertThat(answer.json().getAsJsonObject().get("id").getAsInt()).isEqualTo(25);
        }
    }

    @Nested
    class Paging {

        @Test
        void limitMinusOneListsAllButTheLastEntry() {
            JsonObject page = http.get("/api/v2/pokemon/?limit=-1").json().getAsJsonObject();

            assertThat(page.get("count").getAsInt()).isEqualTo(25);
            assertThat(page.getAsJsonArray("results")).hasSize(24);
            assertThat(page.get("next").isJsonNull()).isTrue();
            assertThat(page.get("previous").isJsonNull()).isTrue();
        }

        @Test
        void aNegativeOffsetWhoseEndIsPositiveShowsNothingAndLinksForward() {
            JsonObject page = http.get("/api/v2/pokemon?offset=-3&limit=20").json().getAsJsonObject();

            assertThat(page.getAsJsonArray("results")).isEmpty();
            assertThat(page.get("next").getAsString()).isEqualTo(replica.baseUrl() + "/pokemon?offset=17&limit=8");
            assertThat(page.get("previous").isJsonNull()).isTrue();
        }

        @Test
        void aNegativeOffsetAndEndCountFromTheEnd() {
            JsonObject page = http.get("/api/v2/pokemon/?offset=-3&limit=2").json().getAsJsonObject();

            assertThat(page.getAsJsonArray("results")).hasSize(2);
            assertThat(page.getAsJsonArray("results").get(1).getAsJsonObject().get("name").getAsString())
                    .isEqualTo("arbok");
            assertThat(page.get("next").getAsString()).isEqualTo(replica.baseUrl() + "/pokemon/?offset=-1&limit=2");
            assertThat(page.get("previous").isJsonNull()).isTrue();
        }

        @Test
        void linksKeepTheRequestsOwnPathLowerCased() {
            String origin = replica.baseUrl().resolve("/").toString();

            assertThat(http.get("/api/v2/pokemon/?limit=5").json().getAsJsonObject().get("next").getAsString())
                    .isEqualTo(origin + "api/v2/pokemon/?offset=5&limit=5");
            assertThat(http.get("/api/v2/pokemon?limit=5").json().getAsJsonObject().get("next").getAsString())
                    .isEqualTo(origin + "api/v2/pokemon?offset=5&limit=5");
            assertThat(http.get("/api/v2/po%6Bemon/?limit=5").json().getAsJsonObject().get("next").getAsString())
                    .isEqualTo(origin + "api/v2/po%6bemon/?offset=5&limit=5");
        }
    }

    @Nested
    class Routes {

        @ParameterizedTest
        @ValueSource(strings = {"/api/v2/pokemon//", "/api/v3/", "/api/v2/pokemon/25/encounters/1", "/api/v2x", "/"})
        void aPathNoRouteTakesGetsExpresssNotFoundPage(String path) {
            HttpProbe.Answer answer = http.get(path);

            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Powered-By")).isEqualTo("Express");
            assertThat(answer.header("Vary")).isEqualTo("Accept-Encoding");
            assertThat(answer.text()).isEqualTo(NotFoundPage.document("Cannot GET " + path));
        }

        @Test
        void headOfAnUnroutedPathSendsTheLengthAlone() {
            HttpProbe.Answer answer = http.head("/api/v3/", "identity");

            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.header("Content-Length"))
                    .isEqualTo(Integer.toString(NotFoundPage.document("Cannot HEAD /api/v3/").length()));
        }
    }

    @Nested
    class Resources {

        @Test
        void aFolderTheFunctionDoesNotServeIsABadRequestEvenWhenTheRootListsIt() throws IOException {
            try (ReplicaServer bundled = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0)) {
                HttpProbe probe = new HttpProbe(bundled.baseUrl());
                assertThat(probe.get("/api/v2/").json().getAsJsonObject().has("currency")).isTrue();

                HttpProbe.Answer answer = probe.get("/api/v2/currency/");

                assertThat(answer.code()).isEqualTo(400);
                assertThat(answer.text()).isEqualTo("Bad Request");
                assertThat(probe.get("/api/v2/currency/1/").code()).isEqualTo(400);
            }
        }

        @Test
        void theFunctionServesFortyNineResources() {
            assertThat(ServedResources.NAMES).hasSize(49).contains("pokemon", "meta")
                    .doesNotContain("currency");
        }
    }
}
