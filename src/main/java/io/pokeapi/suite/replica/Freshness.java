package io.pokeapi.suite.replica;

import com.sun.net.httpserver.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a GET or HEAD already holds the answer's current copy, as Express's {@code req.fresh} decides
 * with the fresh package: If-None-Match {@code *}, or one of its tags equal to the answer's ETag with or
 * without {@code W/}; never with {@code Cache-Control: no-cache}. Express sets no Last-Modified, so an
 * If-Modified-Since alone never makes a request fresh.
 */
final class Freshness {

    private static final Pattern NO_CACHE = Pattern.compile("(?:^|,)\\s*?no-cache\\s*?(?:,|$)");

    private Freshness() {
    }

    static boolean isFresh(Headers request, String etag) {
        String noneMatch = joined(request.get("If-None-Match"));
        String modifiedSince = request.getFirst("If-Modified-Since");
        if (noneMatch.isEmpty() && (modifiedSince == null || modifiedSince.isEmpty())) {
            return false;
        }
        String cacheControl = joined(request.get("Cache-Control"));
        if (!cacheControl.isEmpty() && NO_CACHE.matcher(cacheControl).find()) {
            return false;
        }
        if (noneMatch.isEmpty()) {
            return false; // If-Modified-Since, and no Last-Modified to compare it with
        }
        if (noneMatch.equals("*")) {
            return true;
        }
        for (String match : tokens(noneMatch)) {
            if (match.equals(etag) || ("W/" + etag).equals(match) || ("W/" + match).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Node joins a repeated header's lines with ", ". */
    private static String joined(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** fresh's parseTokenList: split at commas, spaces and tabs around each token dropped. */
    private static List<String> tokens(String header) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        int end = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t') {
                if (start == end) {
                    start = end = i + 1;
                }
            } else if (c == ',') {
                tokens.add(header.substring(start, end));
                start = end = i + 1;
            } else {
                end = i + 1;
            }
        }
        tokens.add(header.substring(start, end));
        return tokens;
    }
}
