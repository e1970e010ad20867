package io.pokeapi.suite.client;

import io.pokeapi.suite.config.Settings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Builds the one OkHttp client of a run, with the timeouts and interceptors its settings ask for. */
public final class HttpClients {

    /** Sent as User-Agent so that PokéAPI's operators can tell the suite's traffic apart. */
    public static final String USER_AGENT = "pokeapi-observability-tests/" + version()
            + " (Cucumber acceptance suite)";

    private HttpClients() {
    }

    public static OkHttpClient create(Settings settings) {
        return create(settings, List.of());
    }

    /** The client with {@code policies} added, outermost first, around the suite's own interceptors. */
    public static OkHttpClient create(Settings settings, List<Interceptor> policies) {
        return create(settings, policies, Optional.empty());
    }

    /**
     * The client with {@code policies} around the suite's own interceptors and, given a cache, every GET
     * revalidated against it, innermost: each attempt of a retried request is conditional.
     */
    public static OkHttpClient create(Settings settings, List<Interceptor> policies, Optional<RevalidationCache> cache) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        policies.forEach(builder::addInterceptor);
        cache.ifPresent(kept -> builder.cache(kept.cache()).addInterceptor(new RevalidateInterceptor()));
        return builder
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // Enough idle connections that parallel scenarios never reconnect.
                .connectionPool(new ConnectionPool(Math.max(5, settings.threads() * 2), 5, TimeUnit.MINUTES))
                .addInterceptor(new UserAgentInterceptor(USER_AGENT))
                .build();
    }

    private static String version() {
        String version = HttpClients.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
