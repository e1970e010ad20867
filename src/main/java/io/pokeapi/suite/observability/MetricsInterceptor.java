package io.pokeapi.suite.observability;

import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.client.ObservedBody;
import io.pokeapi.suite.client.RevalidateInterceptor;
import io.pokeapi.suite.client.ScenarioTag;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Counts every request of the client by endpoint, method and status, and times it until its body is
 * read. The endpoint is the route template the client tags its requests with; a request without one,
 * which the suite's client never sends, counts as {@code other}. A request that gets no response counts
 * with status {@code none}, and its failure goes on to the caller.
 */
public final class MetricsInterceptor implements Interceptor {

    private final SuiteMetrics metrics;

    public MetricsInterceptor(SuiteMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String endpoint = Endpoint.templateOf(request);
        metrics.requestStarted(ScenarioTag.of(request), endpoint);
        long started = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException | RuntimeException | Error e) {
            metrics.requestAnswered(endpoint, request.method(), SuiteMetrics.NONE);
            metrics.requestTimed(endpoint, System.nanoTime() - started);
            throw e;
        }
        // A kept body the API confirmed counts as the 304 it was, not as the 200 the steps are given.
        int status = RevalidateInterceptor.revalidated(response) ? 304 : response.code();
        metrics.requestAnswered(endpoint, request.method(), Integer.toString(status));
        return response.newBuilder()
                .body(ObservedBody.whenDone(response.body(),
                        () -> metrics.requestTimed(endpoint, System.nanoTime() - started)))
                .build();
    }
}
