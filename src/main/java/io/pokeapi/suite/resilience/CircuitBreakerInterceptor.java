package io.pokeapi.suite.resilience;

import dev.failsafe.CircuitBreaker;
import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.config.ResilienceSettings;
import io.pokeapi.suite.resilience.ResilienceListener.CircuitState;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One circuit per endpoint: when too many of an endpoint's recent requests failed (an I/O error or a 5xx,
 * after their retries), its requests fail at once for a while; then one probe request decides whether it
 * closes again. Other endpoints are not affected.
 */
public final class CircuitBreakerInterceptor implements Interceptor {

    private final ResilienceSettings.CircuitBreaker settings;
    private final ResilienceListener listener;
    private final Map<String, CircuitBreaker<Response>> circuits = new ConcurrentHashMap<>();

    public CircuitBreakerInterceptor(ResilienceSettings.CircuitBreaker settings, ResilienceListener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String endpoint = Endpoint.templateOf(request);
        CircuitBreaker<Response> circuit = circuits.computeIfAbsent(endpoint, this::circuit);
        if (!circuit.tryAcquirePermit()) {
            throw circuit.isOpen()
                    ? new CircuitOpenException(endpoint, circuit.getFailureCount(), circuit.getExecutionCount(),
                            circuit.getRemainingDelay())
                    : new CircuitOpenException(endpoint);
        }
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException | RuntimeException e) {
            circuit.recordException(e);
            throw e;
        }
        circuit.recordResult(response);
        return response;
    }

    private CircuitBreaker<Response> circuit(String endpoint) {
        listener.circuitCreated(endpoint);
        return CircuitBreaker.<Response>builder()
                .handle(IOException.class)
                .handleResultIf(response -> response.code() >= 500)
                .withFailureThreshold(settings.failures(), settings.requests())
                .withDelay(settings.openFor())
                .withSuccessThreshold(1)
                .onOpen(event -> listener.circuitChanged(endpoint, state(event.getPreviousState()), CircuitState.OPEN))
                .onHalfOpen(event -> listener.circuitChanged(endpoint, state(event.getPreviousState()),
                        CircuitState.HALF_OPEN))
                .onClose(event -> listener.circuitChanged(endpoint, state(event.getPreviousState()),
                        CircuitState.CLOSED))
                .build();
    }

    private static CircuitState state(CircuitBreaker.State state) {
        return CircuitState.valueOf(state.name());
    }
}
