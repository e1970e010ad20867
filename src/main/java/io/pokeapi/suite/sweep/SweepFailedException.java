package io.pokeapi.suite.sweep;

/** A sweep that could not be made at all, such as one whose API root does not answer; its message says why. */
public final class SweepFailedException extends RuntimeException {

    public SweepFailedException(String message) {
        super(message);
    }
}
