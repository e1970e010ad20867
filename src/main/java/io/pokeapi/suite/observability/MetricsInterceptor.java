package io.pokeapi.suite.observability;

import io.pokeapi.suite.client.Endpoint;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

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
        metrics.requestStarted(endpoint);
        long started = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException | RuntimeException | Error e) {
            metrics.requestAnswered(endpoint, request.method(), SuiteMetrics.NONE);
            metrics.requestTimed(endpoint, System.nanoTime() - started);
            throw e;
        }
        metrics.requestAnswered(endpoint, request.method(), Integer.toString(response.code()));
        return response.newBuilder()
                .body(new TimedBody(response.body(), () -> metrics.requestTimed(endpoint, System.nanoTime() - started)))
                .build();
    }

    /** The response body, which reports once when it has been read to its end or closed. */
    private static final class TimedBody extends ResponseBody {

        private final ResponseBody body;
        private final BufferedSource source;

        TimedBody(ResponseBody body, Runnable done) {
            this.body = body;
            AtomicBoolean reported = new AtomicBoolean();
            Runnable once = () -> {
                if (!reported.getAndSet(true)) {
                    done.run();
                }
            };
            this.source = Okio.buffer(new ForwardingSource(body.source()) {
                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                    long read = super.read(sink, byteCount);
                    if (read == -1) {
                        once.run();
                    }
                    return read;
                }

                @Override
                public void close() throws IOException {
                    once.run();
                    super.close();
                }
            });
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() {
            return body.contentLength();
        }

        @Override
        public BufferedSource source() {
            return source;
        }
    }
}
