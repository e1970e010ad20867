package io.pokeapi.suite.resilience;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.pokeapi.suite.client.Endpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a GET again after a 502, 503 or 504, a 429, or an I/O error other than a refused connection or
 * an unknown host, up to a number of retries and a time budget. It waits as long as a {@code Retry-After} header asks, when that fits the limits, and
 * otherwise for an exponential backoff with full jitter. A 500 is not retried: it is a server's bug,
 * not a passing condition, and the suite should see it.
 */
public final class RetryInterceptor implements Interceptor {

    private static final Set<Integer> PASSING_FAILURES = Set.of(502, 503, 504);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final long MAX_ERROR_BODY = 64 * 1024;

    private final Duration retryBudget;
    private final Duration retryAfterMax;
    private final ResilienceListener listener;
    private final Clock clock;
    private final RetryPolicy<Attempt> policy;

    /**
     * @param retries       retries after the first attempt; 0 sends every request once
     * @param backoff       the waits between retries when the server asks for none
     * @param retryBudget   time a request may take, its retries and waits included, before retries stop
     * @param retryAfterMax the longest {@code Retry-After} honoured; a request asked to wait longer is not retried
     */
    public RetryInterceptor(int retries, Duration backoff, Duration maxBackoff, Duration retryBudget,
            Duration retryAfterMax, ResilienceListener listener, Clock clock) {
        this(retries, new Backoff(backoff, maxBackoff, bound -> ThreadLocalRandom.current().nextLong(bound + 1)),
                retryBudget, retryAfterMax, listener, clock);
    }

    RetryInterceptor(int retries, Backoff waits, Duration retryBudget, Duration retryAfterMax,
            ResilienceListener listener, Clock clock) {
        this.retryBudget = retryBudget;
        this.retryAfterMax = retryAfterMax;
        this.listener = listener;
        this.clock = clock;
        this.policy = RetryPolicy.<Attempt>builder()
                .handleResultIf(Attempt::retryable)
                .withMaxRetries(retries)
                .withMaxDuration(retryBudget)
                .withDelayFn(context -> context.getLastResult().retryAfter()
                        .orElseGet(() -> waits.before(context.getAttemptCount())))
                .build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return chain.proceed(request); // only what is safe to send twice is sent twice
        }
        String endpoint = Endpoint.templateOf(request);
        Attempt[] previous = new Attempt[1];
        Attempt last = Failsafe.with(policy).get(context -> {
            if (previous[0] != null) {
                listener.retried(endpoint, context.getAttemptCount(), previous[0].reason(), previous[0].age());
            }
            previous[0] = attempt(chain, request, endpoint, context.getElapsedTime());
            return previous[0];
        });
        return last.outcome();
    }

    private Attempt attempt(Chain chain, Request request, String endpoint, Duration elapsed) {
        Response response;
        try {
            response = chain.proceed(request);
        } catch (ConnectException | UnknownHostException e) {
            // Nothing listens there: the API is down, not flaky, and waiting only delays saying so.
            return Attempt.failed(e, false);
        } catch (IOException e) {
            return Attempt.failed(e, !chain.call().isCanceled());
        }
        int status = response.code();
        if (status != TOO_MANY_REQUESTS && !PASSING_FAILURES.contains(status)) {
            return Attempt.answered(response, false, Optional.empty());
        }
        try {
            response = detached(response);
        } catch (IOException e) {
            return Attempt.failed(e, !chain.call().isCanceled());
        }
        Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant());
        if (retryAfter.isPresent()) {
            Duration allowed = retryAfterMax.compareTo(retryBudget.minus(elapsed)) < 0 ? retryAfterMax
                    : retryBudget.minus(elapsed);
            if (retryAfter.get().compareTo(allowed) > 0) {
                listener.retryAfterRefused(endpoint, retryAfter.get(), allowed.isNegative() ? Duration.ZERO : allowed);
                return Attempt.answered(response, false, retryAfter);
            }
        }
        return Attempt.answered(response, true, retryAfter);
    }

    /**
     * The response with its (error) body read into memory and its connection given back, so that no
     * connection is held while the client waits, and the last answer can still be handed on.
     */
    private static Response detached(Response response) throws IOException {
        try (response) {
            return response.newBuilder().body(response.peekBody(MAX_ERROR_BODY)).build();
        }
    }
}
