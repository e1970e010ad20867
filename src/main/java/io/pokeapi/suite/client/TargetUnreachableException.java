package io.pokeapi.suite.client;

/** The API under test cannot be used at all, so running scenarios against it would only repeat the error. */
public final class TargetUnreachableException extends RuntimeException {

    public TargetUnreachableException(String message) {
        super(message);
    }
}
