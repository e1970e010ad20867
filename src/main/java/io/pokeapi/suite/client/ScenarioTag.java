package io.pokeapi.suite.client;

import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;

/**
 * The scenario a request is made for. It travels with the request as its OkHttp tag and with the answer
 * the client returns, so that the metrics and ReportPortal put a request down to its scenario by
 * reading it here, whatever thread the request runs on.
 *
 * @param key  the scenario's location, such as {@code features/pokemon.feature:7}, as {@code ScenarioKeys}
 *             writes it
 * @param name the scenario's name
 */
public record ScenarioTag(String key, String name) {

    public ScenarioTag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /** The scenario {@code request} is made for; empty for a request of the run, such as its probe. */
    public static Optional<ScenarioTag> of(Request request) {
        return Optional.ofNullable(request.tag(ScenarioTag.class));
    }
}
