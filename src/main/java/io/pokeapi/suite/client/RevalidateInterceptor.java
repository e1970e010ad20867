package io.pokeapi.suite.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.CacheControl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks the API about every request, never the cache alone: a GET goes out with {@code Cache-Control:
 * max-age=0}, so that OkHttp's cache, whatever freshness the API gave a stored answer, sends it as a
 * conditional request ({@code If-None-Match}) and a 304 returns the stored body. The API's answer is what
 * is under test. A request that carries its own conditions, as a scenario about them does, OkHttp passes
 * through untouched, its 304 included.
 */
public final class RevalidateInterceptor implements Interceptor {

    private static final CacheControl REVALIDATE = new CacheControl.Builder().maxAge(0, TimeUnit.SECONDS).build();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!"GET".equals(request.method()) || request.header("Cache-Control") != null) {
            return chain.proceed(request);
        }
        return chain.proceed(request.newBuilder().cacheControl(REVALIDATE).build());
    }

    /** Whether {@code response} is a stored body the API confirmed with a 304. */
    public static boolean revalidated(Response response) {
        Response network = response.networkResponse();
        return network != null && network.code() == 304 && response.cacheResponse() != null;
    }
}
