package io.pokeapi.suite.checks;

import java.time.Duration;
import okhttp3.CacheControl;
import okhttp3.Headers;

/**
 * Who may keep an answer and for how long, as its Cache-Control says (read by OkHttp's parser):
 * {@code public, max-age=86400, s-maxage=86400} lets a browser and a shared cache keep it for a day.
 *
 * @param maxAgeSeconds       -1 when not given
 * @param sharedMaxAgeSeconds -1 when not given
 */
public record CachePolicy(boolean isPublic, int maxAgeSeconds, int sharedMaxAgeSeconds) {

    public static CachePolicy of(Headers headers) {
        CacheControl cacheControl = CacheControl.parse(headers);
        return new CachePolicy(cacheControl.isPublic(), cacheControl.maxAgeSeconds(), cacheControl.sMaxAgeSeconds());
    }

    /** Whether any cache, a browser's or a shared one, may keep the answer for exactly {@code lifetime}. */
    public boolean letsAnyCacheKeepFor(Duration lifetime) {
        long seconds = lifetime.toSeconds();
        return isPublic && maxAgeSeconds == seconds && sharedMaxAgeSeconds == seconds;
    }
}
