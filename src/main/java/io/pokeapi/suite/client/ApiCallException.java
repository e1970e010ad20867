package io.pokeapi.suite.client;

import java.io.IOException;
import java.io.InterruptedIOException;

/** A request that got no response at all: refused, reset, timed out. */
public final class ApiCallException extends RuntimeException {

    public ApiCallException(String request, IOException cause) {
        super(request + " failed: " + describe(cause), cause);
    }

    static String describe(IOException cause) {
        String kind = cause instanceof InterruptedIOException ? "timed out" : cause.getClass().getSimpleName();
        return cause.getMessage() == null ? kind : kind + " (" + cause.getMessage() + ")";
    }
}
