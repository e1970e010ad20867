package io.pokeapi.suite.replica;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the live API promises at the HTTP level, each of which the replica keeps. A replica can be
 * started with one of them broken, to show that the scenarios about it notice.
 */
public enum HttpPromise {
    /** Access-Control headers on every answer and a 204 to a preflight, as the cors middleware sends them. */
    CORS,
    /** Cache-Control: a day for what is found, five days for a missing document. */
    CACHING,
    /** A weak ETag on each answer, and 304 Not Modified to a request that already holds it. */
    REVALIDATION,
    /** Firebase Hosting's 301 from /api/v1/… to the same path under /api/v2/. */
    V1_REDIRECT,
    /** offset and limit read with parseInt, negative values included, and the page cut with slice. */
    JS_PAGING;

    /** Every promise kept: the replica as it always runs. */
    public static Set<HttpPromise> all() {
        return EnumSet.allOf(HttpPromise.class);
    }

    /** Every promise but {@code broken}. */
    public static Set<HttpPromise> allBut(HttpPromise broken) {
        Set<HttpPromise> kept = all();
        kept.remove(broken);
        return kept;
    }
}
