package io.pokeapi.suite.client;

/** A response body that is not the JSON it should be. */
public final class MalformedResponseException extends RuntimeException {

    public MalformedResponseException(ApiResponse response, String problem) {
        super("Response of " + response.request() + " (status " + response.status() + ") is not valid JSON: " + problem);
    }
}
