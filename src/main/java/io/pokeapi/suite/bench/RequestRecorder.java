package io.pokeapi.suite.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Remembers the URL of every request the suite sends, so that a benchmark can replay them. */
final class RequestRecorder implements Interceptor {

    private final ConcurrentLinkedQueue<String> urls = new ConcurrentLinkedQueue<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        urls.add(chain.request().url().toString());
        return chain.proceed(chain.request());
    }

    List<String> urls() {
        return List.copyOf(urls);
    }

    void clear() {
        urls.clear();
    }
}
