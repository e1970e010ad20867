package io.pokeapi.suite.resilience;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** The kind of an I/O error, as a metric label and log field. */
final class IoFailure {

    private IoFailure() {
    }

    static String kind(IOException error) {
        if (error instanceof SocketTimeoutException || error instanceof InterruptedIOException) {
            return "timeout";
        }
        if (error instanceof ConnectException || error instanceof UnknownHostException) {
            return "connection";
        }
        return "io";
    }
}
