package io.pokeapi.suite.contract;

/**
 * A step's failure because documents break a contract or a published schema, so that metrics and reports
 * tell it from other assertions without reading its message.
 */
public final class ContractBrokenError extends AssertionError {

    public ContractBrokenError(String message) {
        super(message);
    }
}
