package io.pokeapi.suite.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names the suite in every request, as PokéAPI's fair-use policy asks of clients. */
public final class UserAgentInterceptor implements Interceptor {

    private final String userAgent;

    public UserAgentInterceptor(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
    }
}
