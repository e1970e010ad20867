package io.pokeapi.suite.serve;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.observability.MetricsServer;
import java.io.IOException;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /runs?tags=<tag expression>} starts a run now: {@code 202 Accepted} with the run's id
 * and tags; {@code 409 Conflict} with the id of the run going when one is (the request is skipped
 * and counted);
 * {@code 400 Bad Request} for a tag expression Cucumber cannot parse; {@code 405} for other methods.
 * Without {@code tags} the run selects what the schedule's runs select (TAGS). With RUNS_TOKEN set, a request
 * without {@code Authorization: Bearer <token>} gets {@code 401 Unauthorized} and starts nothing.
 */
public final class RunsHandler implements HttpHandler {

    /** The path this handler answers, on the metrics server. */
    public static final String PATH = "/runs";

    private static final Logger LOG = LoggerFactory.getLogger(RunsHandler.class);

    private final RunGate gate;
    private final Optional<String> defaultTags;
    private final Optional<RunsToken> token;

    /**
     * @param defaultTags the tag expression of a request without one: the TAGS setting
     * @param token       the bearer token a request must carry (RUNS_TOKEN); empty: none
     */
    public RunsHandler(RunGate gate, Optional<String> defaultTags, Optional<String> token) {
        this.gate = gate;
        this.defaultTags = defaultTags;
        this.token = token.map(RunsToken::of);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!PATH.equals(path) && !(PATH + "/").equals(path)) {
                MetricsServer.answerJson(exchange, 404, error("Nothing at " + path + "; POST " + PATH
                        + "?tags=<tag expression> starts a run"));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                MetricsServer.answerJson(exchange, 405, error(exchange.getRequestMethod() + " " + PATH
                        + " is not supported; POST " + PATH + "?tags=<tag expression> starts a run"));
                return;
            }
            if (token.isPresent() && !token.get().admits(authorization(exchange))) {
                refuse(exchange);
                return;
            }
            Optional<String> tags;
            try {
                tags = requestedTags(exchange);
            } catch (IllegalArgumentException e) {
                MetricsServer.answerJson(exchange, 400, error("Invalid tags: " + e.getMessage()));
                return;
            }
            RunGate.Admission admission = gate.offer(RunTrigger.HTTP, tags);
            JsonObject answer = new JsonObject();
            answer.addProperty("status", admission.started() ? "accepted" : "skipped");
            if (admission.started()) {
                answer.addProperty("run", admission.run().id().toString());
            } else {
                answer.addProperty("going", admission.run().id().toString());
                answer.addProperty("detail", "run " + admission.run().id() + " is going: this one did not start,"
                        + " and counts in pokeapi_suite_runs_skipped_total");
            }
            tags.ifPresent(expression -> answer.addProperty("tags", expression));
            MetricsServer.answerJson(exchange, admission.started() ? 202 : 409, answer);
        }
    }

    private static Optional<String> authorization(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    /** 401 as RFC 6750 words it: which scheme, and whether a token came and was wrong. */
    private static void refuse(HttpExchange exchange) throws IOException {
        boolean presented = authorization(exchange).isPresent();
        String challenge = "Bearer realm=\"pokeapi-suite\"" + (presented ? ", error=\"invalid_token\"" : "");
        exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
        LOG.warn("POST {} from {} refused: {}", PATH, exchange.getRemoteAddress().getAddress().getHostAddress(),
                presented ? "the bearer token is not RUNS_TOKEN" : "no Authorization: Bearer <RUNS_TOKEN> header");
        MetricsServer.answerJson(exchange, 401, error(presented ? "The bearer token is not the one RUNS_TOKEN sets"
                : "POST " + PATH + " needs Authorization: Bearer <token>, the token RUNS_TOKEN sets"));
    }

    /** The query's {@code tags}, checked; the default when the query has none or a blank one. */
    private Optional<String> requestedTags(HttpExchange exchange) {
        HttpUrl url = HttpUrl.get("http://localhost" + exchange.getRequestURI().toASCIIString());
        String tags = url.queryParameter("tags");
        if (tags == null || tags.isBlank()) {
            return defaultTags;
        }
        return Optional.of(SettingsLoader.parseTags(tags.strip()));
    }

    private static JsonObject error(String message) {
        JsonObject error = new JsonObject();
        error.addProperty("error", message);
        return error;
    }
}
