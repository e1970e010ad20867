package io.pokeapi.suite.logging;

import static net.logstash.logback.argument.StructuredArguments.v;

import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.client.ObservedBody;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per request of the client, once its body is read: its endpoint (the route template,
 * never the URL, whose host and query are nobody's business in a log), method, status and latency in
 * ms, as fields of the JSON line. Bodies are never logged. A server error is a warning. A request that got
 * no response is only a DEBUG line: its failure goes on to the caller, which tells it once, as the
 * scenario's failure or as the one line saying the target is unreachable.
 */
public final class RequestLogInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLogInterceptor.class);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String endpoint = Endpoint.templateOf(request);
        long started = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} {} got no response after {} ms: {}", v("method", request.method()), v("endpoint", endpoint),
                    v("latency_ms", millisSince(started)), e.toString());
            throw e;
        }
        int status = response.code();
        return response.newBuilder()
                .body(ObservedBody.whenDone(response.body(), () -> answered(request.method(), endpoint, status,
                        millisSince(started))))
                .build();
    }

    private static void answered(String method, String endpoint, int status, long millis) {
        boolean serverError = status >= 500;
        if (serverError ? !LOG.isWarnEnabled() : !LOG.isInfoEnabled()) {
            return; // as on a terminal, where only server errors are shown: no fields to build
        }
        String message = "{} {} answered {} in {} ms";
        Object[] fields = {v("method", method), v("endpoint", endpoint), v("status", status), v("latency_ms", millis)};
        if (serverError) {
            LOG.warn(message, fields);
        } else {
            LOG.info(message, fields);
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
