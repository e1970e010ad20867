package io.pokeapi.suite.resilience;

import io.pokeapi.suite.config.Settings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;

/** The client's policies as its settings ask, outermost first, for {@code HttpClients.create}. */
public final class ResiliencePolicies {

    private ResiliencePolicies() {
    }

    /**
     * The circuit breakers outermost, so that a request failing after all its retries counts once and an
     * open circuit is not retried; the rate limit innermost, so that every retry takes its turn too.
     */
    public static List<Interceptor> of(Settings settings, ResilienceListener listener) {
        var resilience = settings.resilience();
        List<Interceptor> policies = new ArrayList<>();
        resilience.circuitBreaker().ifPresent(circuit -> policies.add(new CircuitBreakerInterceptor(circuit, listener)));
        if (resilience.retries() > 0) {
            policies.add(new RetryInterceptor(resilience.retries(), resilience.backoff(), resilience.maxBackoff(),
                    resilience.retryBudget(), resilience.retryAfterMax(), listener, Clock.systemUTC()));
        }
        resilience.rateLimit().ifPresent(perSecond ->
                policies.add(new RateLimitInterceptor(perSecond, settings.callTimeout(), listener)));
        return policies;
    }
}
