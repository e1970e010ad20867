package io.pokeapi.suite.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers the URL of every request the suite sends, so that a benchmark can replay them, and the bytes of
 * body the API sent for them: a 304 to a revalidated document sends none.
 */
final class RequestRecorder implements Interceptor {

    private final ConcurrentLinkedQueue<String> urls = new ConcurrentLinkedQueue<>();
    private final AtomicLong bodyBytes = new AtomicLong();

    @Override
    public Response intercept(Chain chain) throws IOException {
        urls.add(chain.request().url().toString());
        Response response = chain.proceed(chain.request());
        Response network = response.networkResponse();
        if (network != null) {
            // As sent, compressed or not; a 304 has no body.
            String length = network.header("Content-Length");
            bodyBytes.addAndGet(network.code() == 304 || length == null ? 0 : Long.parseLong(length));
        }
        return response;
    }

    List<String> urls() {
        return List.copyOf(urls);
    }

    /** Bytes of body the API sent since the last {@link #clear()}, by the Content-Length of its answers. */
    long bodyBytes() {
        return bodyBytes.get();
    }

    void clear() {
        urls.clear();
        bodyBytes.set(0);
    }
}
