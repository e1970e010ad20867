package io.pokeapi.suite.replica;

import java.util.List;
import java.util.Locale;

/** Reads an {@code Accept-Encoding} request header (RFC 9110 section 12.5.3) for what the replica offers: gzip. */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /** @param headerValues every value of the header, or null when the request has none */
    static boolean allowsGzip(List<String> headerValues) {
        if (headerValues == null) {
            return false;
        }
        Boolean gzip = null;
        Boolean wildcard = null;
        for (String headerValue : headerValues) {
            for (String coding : headerValue.split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean acceptable = quality(parts) > 0;
                if (name.equals("gzip") || name.equals("x-gzip")) {
                    gzip = acceptable;
                } else if (name.equals("*")) {
                    wildcard = acceptable;
                }
            }
        }
        // An explicit "gzip;q=0" wins over "*".
        return gzip != null ? gzip : Boolean.TRUE.equals(wildcard);
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException malformed) {
                    return 0; // an unreadable weight is no consent
                }
            }
        }
        return 1;
    }
}
