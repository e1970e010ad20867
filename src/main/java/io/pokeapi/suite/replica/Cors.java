package io.pokeapi.suite.replica;

import com.sun.net.httpserver.Headers;
import java.util.List;

/**
 * The headers the cors middleware sends with the live API's options: {@code origin: '*'},
 * {@code methods: ['GET', 'HEAD']}, {@code exposedHeaders: ['X-PokeAPI-Hash', 'X-PokeAPI-Deploy-Date']}.
 * It joins a list with a bare comma and, with no allowedHeaders of its own, allows whatever headers a
 * preflight asks for.
 */
final class Cors {

    static final String ALLOW_ORIGIN = "*";
    static final String ALLOW_METHODS = "GET,HEAD";
    static final String EXPOSE_HEADERS = "X-PokeAPI-Hash,X-PokeAPI-Deploy-Date";

    private Cors() {
    }

    /** On every answer that is not a preflight. */
    static void onAnswer(Headers response) {
        response.set("Access-Control-Allow-Origin", ALLOW_ORIGIN);
        response.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }

    /** On the answer to an OPTIONS request, which cors ends itself with 204 and Content-Length 0. */
    static void onPreflight(Headers request, Headers response) {
        response.set("Access-Control-Allow-Origin", ALLOW_ORIGIN);
        response.set("Access-Control-Allow-Methods", ALLOW_METHODS);
        response.add("Vary", "Access-Control-Request-Headers");
        List<String> asked = request.get("Access-Control-Request-Headers");
        if (asked != null && !String.join(", ", asked).isEmpty()) {
            response.set("Access-Control-Allow-Headers", String.join(", ", asked));
        }
        response.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }
}
