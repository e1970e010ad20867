package io.pokeapi.suite.replica;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;

/**
 * The page Express's final handler (finalhandler) answers with when no route matches: 404, an HTML
 * document saying "Cannot &lt;METHOD&gt; &lt;path&gt;", with its security headers.
 */
final class NotFoundPage {

    static final String HTML = "text/html; charset=utf-8";

    private static final String ALLOWED = "!#$&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_"
            + "abcdefghijklmnopqrstuvwxyz|~";

    private NotFoundPage() {
    }

    /** The page's bytes; sets its headers on {@code response}. */
    static byte[] prepare(String method, String rawPath, Headers response) {
        response.set("Content-Security-Policy", "default-src 'none'");
        response.set("X-Content-Type-Options", "nosniff");
        return document("Cannot " + method + " " + encodeUrl(rawPath)).getBytes(StandardCharsets.UTF_8);
    }

    static String document(String message) {
        String body = escapeHtml(message).replace("\n", "<br>").replace("  ", " &nbsp;");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
                + "</head>\n<body>\n<pre>" + body + "</pre>\n</body>\n</html>\n";
    }

    /** The encodeurl package: percent-encodes what a URL may not hold, leaving well-formed escapes alone. */
    static String encodeUrl(String url) {
        StringBuilder encoded = new StringBuilder(url.length());
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || (b < 128 && ALLOWED.indexOf(b) >= 0)) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /** The escape-html package. */
    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
