package io.pokeapi.suite.client;

/** Told of every response the client receives, such as the history that records them. Must not block. */
@FunctionalInterface
public interface ResponseObserver {

    ResponseObserver NONE = response -> { };

    void observe(ApiResponse response);
}
