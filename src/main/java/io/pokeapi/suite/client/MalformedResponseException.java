package io.pokeapi.suite.client;

/** A response body that is not the JSON it should be. */
public final class MalformedResponseException extends RuntimeException {

    /** @param problem what is wrong, as the end of a sentence: "is not valid JSON: …" */
    public MalformedResponseException(ApiResponse response, String problem) {
        super("Response of " + response.request() + " (status " + response.status() + ") " + problem);
    }
}
