package io.pokeapi.suite.client;

/**
 * Told of every response the client receives, such as the history that records them. It is called on
 * the scenario's thread: it should return quickly, and may block only to hold the run back to the pace of
 * a slower consumer, for a bounded time (the history waits while its backlog is full, then gives up).
 */
@FunctionalInterface
public interface ResponseObserver {

    ResponseObserver NONE = response -> { };

    void observe(ApiResponse response);
}
