package io.pokeapi.suite.history;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code api_responses}: one HTTP response a run received.
 *
 * @param endpoint     route template, e.g. {@code /pokemon/{id}}
 * @param resource     {@code pokemon}, {@code ability}, {@code type}, or empty (never null) for lists and other routes
 * @param resourceId   numeric id of the resource; null when unknown
 * @param resourceName name of the resource; null when unknown
 * @param latencyMs    time to the response, in milliseconds
 * @param bodyHash     {@link ResponseBodyRow#hash()} of its body, whose row must be inserted first; null when
 *                     the body is not JSON (e.g. "Not Found")
 */
public record ApiResponseRow(
        UUID runId,
        String endpoint,
        String resource,
        Integer resourceId,
        String resourceName,
        String url,
        int status,
        double latencyMs,
        Instant fetchedAt,
        String bodyHash) {
}
