package io.pokeapi.suite.checks;

import java.util.OptionalInt;
import okhttp3.HttpUrl;

/**
 * The window a list's next or previous link asks for. A link without an offset asks for offset 0,
 * as the API's own first-page links may leave it out.
 */
public record PageLink(int offset, OptionalInt limit) {

    public static PageLink parse(String link) {
        HttpUrl url = HttpUrl.parse(link);
        if (url == null) {
            throw new IllegalArgumentException("Page link '" + link + "' is not an absolute http(s) URL");
        }
        return new PageLink(intParameter(url, "offset").orElse(0), intParameter(url, "limit"));
    }

    private static OptionalInt intParameter(HttpUrl url, String name) {
        String value = url.queryParameter(name);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Page link " + url + " has a non-numeric " + name + " '" + value + "'");
        }
    }
}
