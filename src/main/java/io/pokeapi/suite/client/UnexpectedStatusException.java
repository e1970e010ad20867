package io.pokeapi.suite.client;

/** A response whose status says the request did not give what the scenario needed. */
public final class UnexpectedStatusException extends RuntimeException {

    private static final int EXCERPT_LENGTH = 200;

    public UnexpectedStatusException(ApiResponse response, String expected) {
        super(response.request() + " answered " + response.status() + " where " + expected + " was expected"
                + excerpt(response.body()));
    }

    private static String excerpt(String body) {
        if (body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > EXCERPT_LENGTH ? oneLine.substring(0, EXCERPT_LENGTH) + "…" : oneLine);
    }
}
