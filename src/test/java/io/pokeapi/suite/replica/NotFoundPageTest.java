package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** finalhandler's 404 page, with encodeurl and escape-html as it uses them. */
class NotFoundPageTest {

    @Test
    void saysWhichMethodAndPathFoundNoRoute() {
        Headers headers = new Headers();

        byte[] page = NotFoundPage.prepare("GET", "/api/v3/", headers);

        assertThat(new String(page, StandardCharsets.UTF_8)).isEqualTo("<!DOCTYPE html>\n<html lang=\"en\">\n"
                + "<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n"
                + "<pre>Cannot GET /api/v3/</pre>\n</body>\n</html>\n");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void encodesWhatAUrlMayNotHoldAndKeepsWellFormedEscapes() {
        assertThat(NotFoundPage.encodeUrl("/a%20b%zz<\"é`{}")).isEqualTo("/a%20b%25zz%3C%22%C3%A9%60%7B%7D");
        assertThat(NotFoundPage.encodeUrl("/a/b?c=d&e=[f]~|")).isEqualTo("/a/b?c=d&e=[f]~|");
        assertThat(NotFoundPage.encodeUrl("/x%4")).isEqualTo("/x%254");
    }

    @Test
    void escapesHtmlAndKeepsDoubleSpacesAndLineBreaksVisible() {
        assertThat(NotFoundPage.document("a & <b> \"c\" 'd'  e\nf"))
                .contains("<pre>a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39; &nbsp;e<br>f</pre>");
    }
}
