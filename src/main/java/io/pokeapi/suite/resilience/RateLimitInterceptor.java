package io.pokeapi.suite.resilience;

import dev.failsafe.RateLimiter;
import io.pokeapi.suite.client.Endpoint;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Spaces the client's requests evenly to at most a number per second, however many scenarios send them:
 * one instance serves the whole client. A request that would wait longer than {@code maxWait} fails.
 */
public final class RateLimitInterceptor implements Interceptor {

    private static final Duration NOTICEABLE = Duration.ofMillis(1);

    private final RateLimiter<Object> limiter;
    private final double perSecond;
    private final Duration maxWait;
    private final ResilienceListener listener;

    public RateLimitInterceptor(double perSecond, Duration maxWait, ResilienceListener listener) {
        this.limiter = RateLimiter.smoothBuilder(Duration.ofNanos(Math.round(1e9 / perSecond))).build();
        this.perSecond = perSecond;
        this.maxWait = maxWait;
        this.listener = listener;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        long started = System.nanoTime();
        try {
            if (!limiter.tryAcquirePermit(maxWait)) {
                throw new IOException("rate limit of " + perSecond + " requests/s: no turn to send "
                        + chain.request().url() + " within " + maxWait.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the rate limit");
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        if (waited.compareTo(NOTICEABLE) >= 0) {
            listener.rateLimited(Endpoint.templateOf(chain.request()), waited);
        }
        return chain.proceed(chain.request());
    }
}
