package io.pokeapi.suite.reportportal;

import io.pokeapi.suite.client.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The payload of a scenario's latest response, attached to its failing step: at most {@link #LIMIT}
 * bytes, so that a 600 KB Pokémon does not travel to ReportPortal with every failure.
 *
 * @param message   what the attachment is: the request, its status, the payload's size and whether it was cut
 * @param payload   the body, or its first {@link #LIMIT} bytes cut between characters
 * @param mediaType the response's content type; plain text once cut, since a cut document no longer parses
 */
record ResponseAttachment(String message, byte[] payload, String mediaType) {

    static final int LIMIT = 64 * 1024;

    static ResponseAttachment of(ApiResponse response) {
        return of(response, LIMIT);
    }

    static ResponseAttachment of(ApiResponse response, int limit) {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        String type = response.contentType().isBlank() ? "text/plain" : response.contentType().split(";")[0].trim();
        String size = String.format(Locale.ROOT, "%,d bytes", body.length);
        if (body.length <= limit) {
            return new ResponseAttachment("Latest response: " + response + ", " + size, body, type);
        }
        int cut = limit;
        while (cut > 0 && (body[cut] & 0xC0) == 0x80) {
            cut--; // never half a character
        }
        return new ResponseAttachment("Latest response: " + response + ", " + size + "; only the first "
                + String.format(Locale.ROOT, "%,d", cut) + " are attached", Arrays.copyOf(body, cut), "text/plain");
    }
}
