package io.pokeapi.suite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import io.pokeapi.suite.observability.SuiteMetrics;
import io.prometheus.client.CollectorRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunsHandlerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final CollectorRegistry registry = new CollectorRegistry();
    private final BlockingRuns runs = new BlockingRuns();
    private final RunGate gate = new RunGate(runs, new SuiteMetrics(registry));
    private HttpServer server;
    private URI base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(RunsHandler.PATH, new RunsHandler(gate, Optional.of("@smoke"), Optional.empty()));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        runs.finishAll();
        gate.close();
        server.stop(0);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void requireToken(String token) {
        server.removeContext(RunsHandler.PATH);
        server.createContext(RunsHandler.PATH, new RunsHandler(gate, Optional.of("@smoke"), Optional.of(token)));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private double skipped() {
        Double value = registry.getSampleValue("pokeapi_suite_runs_skipped_total", new String[] {"trigger"},
                new String[] {"http"});
        return value == null ? 0 : value;
    }

    @Test
    void aPostStartsARunOfItsTagsAndAnswersAcceptedWithTheRunsId() throws Exception {
        // "+" and %20 both stand for a space in a query.
        HttpResponse<String> response = send("POST", "/runs?tags=%40pokemon+and%20not+%40negative");
        runs.awaitStart();

        assertThat(response.statusCode()).isEqualTo(202);
        JsonObject body = json(response);
        assertThat(body.get("status").getAsString()).isEqualTo("accepted");
        assertThat(body.get("tags").getAsString()).isEqualTo("@pokemon and not @negative");
        assertThat(runs.started()).singleElement().satisfies(run -> {
            assertThat(run.id().toString()).isEqualTo(body.get("run").getAsString());
            assertThat(run.tags()).contains("@pokemon and not @negative");
        });
        assertThat(runs.triggers()).containsExactly(RunTrigger.HTTP);
    }

    @Test
    void aPostWithoutTagsRunsTheScheduledTags() throws Exception {
        HttpResponse<String> response = send("POST", "/runs");
        runs.awaitStart();

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("tags").getAsString()).isEqualTo("@smoke");
        assertThat(runs.started()).singleElement().satisfies(run -> assertThat(run.tags()).contains("@smoke"));
    }

    @Test
    void aPostWhileARunGoesIsAConflictAndCountsAsSkipped() throws Exception {
        HttpResponse<String> first = send("POST", "/runs?tags=@smoke");
        runs.awaitStart();

        HttpResponse<String> second = send("POST", "/runs?tags=@type");

        assertThat(second.statusCode()).isEqualTo(409);
        JsonObject body = json(second);
        assertThat(body.get("status").getAsString()).isEqualTo("skipped");
        assertThat(body.get("going").getAsString()).isEqualTo(json(first).get("run").getAsString());
        assertThat(body.get("tags").getAsString()).isEqualTo("@type");
        assertThat(body.get("detail").getAsString()).contains("pokeapi_suite_runs_skipped_total");
        assertThat(skipped()).isEqualTo(1);
        assertThat(runs.started()).hasSize(1);
    }

    @Test
    void aTagExpressionCucumberCannotParseIsABadRequestAndStartsNothing() throws Exception {
        HttpResponse<String> response = send("POST", "/runs?tags=%40smoke+and+%28");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").getAsString()).startsWith("Invalid tags: not a Cucumber tag expression")
                .contains("@smoke and not @negative");
        assertThat(gate.going()).isEmpty();
        assertThat(runs.started()).isEmpty();
        assertThat(skipped()).isZero();
    }

    @Test
    void otherMethodsAreNotAllowedAndSayWhatIs() throws Exception {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            HttpResponse<String> response = send(method, "/runs?tags=@smoke");

            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).contains("POST");
            assertThat(json(response).get("error").getAsString()).contains("POST /runs?tags=");
        }
        assertThat(runs.started()).isEmpty();
    }

    @Test
    void aPathBelowRunsIsNotFound() throws Exception {
        HttpResponse<String> response = send("POST", "/runs/last");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(runs.started()).isEmpty();
    }

    @Test
    void withATokenAPostWithoutAuthorizationIsUnauthorizedAndStartsNothing() throws Exception {
        requireToken("s3cret-token-0123456789");

        HttpResponse<String> response = send("POST", "/runs?tags=@smoke");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"pokeapi-suite\"");
        assertThat(json(response).get("error").getAsString()).contains("Authorization: Bearer <token>");
        assertThat(runs.started()).isEmpty();
        assertThat(gate.going()).isEmpty();
    }

    @Test
    void withATokenAnyOtherCredentialIsUnauthorizedAsAnInvalidToken() throws Exception {
        String token = "s3cret-token-0123456789";
        requireToken(token);

        for (String authorization : new String[] {"Bearer wrong-token-0123456789", "Bearer " + token + "0",
                "Bearer " + token.substring(1), "Basic " + token, "Bearer", token, "Bearer " + token + " extra"}) {
            HttpResponse<String> response = send("POST", "/runs", "Authorization", authorization);

            assertThat(response.statusCode()).as(authorization).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(authorization)
                    .contains("Bearer realm=\"pokeapi-suite\", error=\"invalid_token\"");
            assertThat(response.body()).as(authorization).doesNotContain(token);
        }
        assertThat(runs.started()).isEmpty();
    }

    @Test
    void withATokenAPostBearingItStartsARunWhateverTheSchemesCase() throws Exception {
        requireToken("s3cret-token-0123456789");

        HttpResponse<String> response = send("POST", "/runs?tags=@type", "Authorization",
                "bearer  s3cret-token-0123456789");
        runs.awaitStart();

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(runs.started()).singleElement().satisfies(run -> assertThat(run.tags()).contains("@type"));
    }
}
