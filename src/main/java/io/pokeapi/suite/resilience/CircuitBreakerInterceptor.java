package io.pokeapi.suite.resilience;

import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.config.ResilienceSettings;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
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
    private final LongSupplier ticker;
    private final Map<String, EndpointCircuit> circuits = new ConcurrentHashMap<>();

    public CircuitBreakerInterceptor(ResilienceSettings.CircuitBreaker settings, ResilienceListener listener) {
        this(settings, listener, System::nanoTime);
    }

    /** With the ticker that times how long a circuit stays open: nanoseconds, as {@link System#nanoTime()}. */
    CircuitBreakerInterceptor(ResilienceSettings.CircuitBreaker settings, ResilienceListener listener,
            LongSupplier ticker) {
        this.settings = settings;
        this.listener = listener;
        this.ticker = ticker;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        EndpointCircuit circuit = circuits.computeIfAbsent(Endpoint.templateOf(request), this::circuit);
        circuit.acquire();
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

    private EndpointCircuit circuit(String endpoint) {
        listener.circuitCreated(endpoint);
        return new EndpointCircuit(endpoint, settings, listener, ticker);
    }
}
