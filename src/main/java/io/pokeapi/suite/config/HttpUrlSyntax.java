package io.pokeapi.suite.config;

import java.net.URI;
import java.net.URISyntaxException;

/** An http or https URL with a host, read without its trailing slashes. */
public final class HttpUrlSyntax implements Syntax<URI> {

    private final String example;

    private HttpUrlSyntax(String example) {
        this.example = example;
    }

    /** URLs such as {@code example}, which the message about an invalid one shows. */
    public static HttpUrlSyntax suchAs(String example) {
        return new HttpUrlSyntax(example);
    }

    @Override
    public URI parse(String text) {
        try {
            URI uri = new URI(text.replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected an http(s) URL such as " + example);
    }

    @Override
    public String format(URI value) {
        return value.toString();
    }
}
