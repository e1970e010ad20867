package io.pokeapi.suite.client;

import java.util.List;
import okhttp3.Request;

/**
 * The route template of a request, such as {@code /pokemon/{id}}: what metrics, history and logs
 * group by, since raw URLs would make one series per Pokémon.
 */
public record Endpoint(String template) {

    /** The endpoint of a request the suite's client did not tag with its route template. */
    public static final String UNTAGGED = "other";

    /**
     * The template for path segments below the API's base path: {@code [pokemon, 25]} is
     * {@code /pokemon/{id}}, {@code [pokemon, pikachu]} is {@code /pokemon/{name}}, {@code [pokemon]} is
     * {@code /pokemon}, {@code [pokemon, 25, encounters]} is {@code /pokemon/{id}/encounters}.
     */
    public static Endpoint of(List<String> segments) {
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.isEmpty()) {
                continue; // a trailing slash adds an empty segment
            }
            template.append('/').append(i == 1 ? placeholder(segment) : segment);
        }
        return new Endpoint(template.length() == 0 ? "/" : template.toString());
    }

    /** The template the client tagged {@code request} with, or {@value #UNTAGGED} for a request it did not send. */
    public static String templateOf(Request request) {
        Endpoint tag = request.tag(Endpoint.class);
        return tag == null ? UNTAGGED : tag.template();
    }

    private static String placeholder(String key) {
        return key.matches("-?\\d+") ? "{id}" : "{name}";
    }

    /** The resource the endpoint belongs to, such as {@code pokemon}, or an empty string for the root. */
    public String resource() {
        int end = template.indexOf('/', 1);
        return end < 0 ? template.substring(1) : template.substring(1, end);
    }

    @Override
    public String toString() {
        return template;
    }
}
