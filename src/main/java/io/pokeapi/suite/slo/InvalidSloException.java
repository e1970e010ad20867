package io.pokeapi.suite.slo;

/** An slo.yml that cannot be read as objectives: its message is one line naming the file and where in it. */
public final class InvalidSloException extends IllegalArgumentException {

    public InvalidSloException(String message) {
        super(message);
    }
}
