package io.pokeapi.suite.contract;

/** A contract file that cannot be read as a contract: its message names the file, and the line where it can. */
public final class InvalidContractException extends RuntimeException {

    public InvalidContractException(String message) {
        super(message);
    }
}
