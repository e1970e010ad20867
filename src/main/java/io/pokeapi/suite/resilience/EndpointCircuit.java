package io.pokeapi.suite.resilience;

import dev.failsafe.CircuitBreaker;
import io.pokeapi.suite.config.ResilienceSettings;
import io.pokeapi.suite.resilience.ResilienceListener.CircuitState;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import okhttp3.Response;

/**
 * One endpoint's circuit: Failsafe counts its failures and moves it between states; how long it stays
 * open is measured here, on a ticker, so that the open time follows one clock a test can drive.
 */
final class EndpointCircuit {

    /** Failsafe's own open time, never reached: the ticker decides when the circuit half-opens. */
    private static final Duration UNTIL_THE_TICKER_SAYS = Duration.ofNanos(Long.MAX_VALUE);

    private final String endpoint;
    private final Duration openFor;
    private final LongSupplier ticker;
    private final AtomicLong openedAt = new AtomicLong();
    private final CircuitBreaker<Response> breaker;

    /** @param ticker nanoseconds on a monotonic clock, as {@link System#nanoTime()} */
    EndpointCircuit(String endpoint, ResilienceSettings.CircuitBreaker settings, ResilienceListener listener,
            LongSupplier ticker) {
        this.endpoint = endpoint;
        this.openFor = settings.openFor();
        this.ticker = ticker;
        this.breaker = CircuitBreaker.<Response>builder()
                .handle(IOException.class)
                .handleResultIf(response -> response.code() >= 500)
                .withFailureThreshold(settings.failures(), settings.requests())
                .withDelay(UNTIL_THE_TICKER_SAYS)
                .withSuccessThreshold(1)
                .onOpen(event -> {
                    openedAt.set(ticker.getAsLong());
                    listener.circuitChanged(endpoint, state(event.getPreviousState()), CircuitState.OPEN);
                })
                .onHalfOpen(event -> listener.circuitChanged(endpoint, state(event.getPreviousState()),
                        CircuitState.HALF_OPEN))
                .onClose(event -> listener.circuitChanged(endpoint, state(event.getPreviousState()),
                        CircuitState.CLOSED))
                .build();
    }

    /**
     * Takes the circuit's leave for one request, half-opening it first once it has been open its time;
     * refused, the exception says why.
     */
    synchronized void acquire() throws CircuitOpenException {
        if (breaker.isOpen() && remaining().isZero()) {
            breaker.halfOpen();
        }
        if (!breaker.tryAcquirePermit()) {
            throw breaker.isOpen()
                    ? new CircuitOpenException(endpoint, breaker.getFailureCount(), breaker.getExecutionCount(),
                            remaining())
                    : new CircuitOpenException(endpoint);
        }
    }

    void recordException(Exception e) {
        breaker.recordException(e);
    }

    void recordResult(Response response) {
        breaker.recordResult(response);
    }

    private Duration remaining() {
        Duration open = Duration.ofNanos(ticker.getAsLong() - openedAt.get());
        return open.compareTo(openFor) >= 0 ? Duration.ZERO : openFor.minus(open);
    }

    private static CircuitState state(CircuitBreaker.State state) {
        return CircuitState.valueOf(state.name());
    }
}
