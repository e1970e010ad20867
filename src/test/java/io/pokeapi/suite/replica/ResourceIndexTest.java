package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceIndexTest {

    private static final AbsoluteUrls URLS = new AbsoluteUrls("http://h:1");

    @TempDir
    Path folder;

    private ResourceIndex index(String json) throws IOException {
        Path file = Files.writeString(folder.resolve("index.json"), json);
        return ResourceIndex.read("berry", file, URLS);
    }

    @Test
    void findsIdsByListedNameOrById() throws IOException {
        ResourceIndex index = index("{\"count\":2,\"results\":["
                + "{\"name\":\"cheri\",\"url\":\"/api/v2/berry/1/\"},{\"name\":\"chesto\",\"url\":\"/api/v2/berry/2\"}]}");

        assertThat(index.idOf("cheri")).hasValue("1");
        assertThat(index.idOf("chesto")).hasValue("2");
        assertThat(index.idOf("7")).hasValue("7"); // whether berry 7 exists is the document's business
        assertThat(index.idOf("Cheri")).isEmpty(); // the route lower-cases keys; the list is as written
        assertThat(index.idOf("pecha")).isEmpty();
        assertThat(index.idOf("0")).isEmpty();
        assertThat(index.idOf("-1")).isEmpty();
        assertThat(index.idOf("01")).isEmpty();
        assertThat(index.idOf("1abc")).isEmpty();
        assertThat(index.idOf("..")).isEmpty();
    }

    @Test
    void unnamedEntriesAreListedAndFoundByIdOnly() throws IOException {
        ResourceIndex index = index("{\"results\":[{\"url\":\"/api/v2/evolution-chain/1/\"}]}");

        assertThat(index.count()).isEqualTo(1);
        assertThat(new String(index.render(new Page(1, 0, 20)), StandardCharsets.UTF_8))
                .isEqualTo("{\"count\":1,\"next\":null,\"previous\":null,"
                        + "\"results\":[{\"url\":\"http://h:1/api/v2/evolution-chain/1/\"}]}");
    }

    @Test
    void countsTheListedItemsRatherThanTrustingTheCountField() throws IOException {
        assertThat(index("{\"count\":99,\"results\":[{\"name\":\"a\",\"url\":\"/api/v2/berry/1/\"}]}").count())
                .isEqualTo(1);
    }

    @Test
    void rendersAPageWithAbsoluteLinks() throws IOException {
        ResourceIndex index = index("{\"results\":["
                + "{\"name\":\"a\",\"url\":\"/api/v2/berry/1/\"},"
                + "{\"name\":\"b\",\"url\":\"/api/v2/berry/2/\"},"
                + "{\"name\":\"c\",\"url\":\"/api/v2/berry/3/\"}]}");

        String page = new String(index.render(new Page(3, 1, 1)), StandardCharsets.UTF_8);

        assertThat(page).isEqualTo("{\"count\":3,"
                + "\"next\":\"http://h:1/api/v2/berry/?offset=2&limit=1\","
                + "\"previous\":\"http://h:1/api/v2/berry/?offset=0&limit=1\","
                + "\"results\":[{\"name\":\"b\",\"url\":\"http://h:1/api/v2/berry/2/\"}]}");
    }

    @Test
    void neighbourLinksAskOnlyForTheItemsThere() throws IOException {
        ResourceIndex index = index("{\"results\":["
                + "{\"name\":\"a\",\"url\":\"/api/v2/berry/1/\"},"
                + "{\"name\":\"b\",\"url\":\"/api/v2/berry/2/\"},"
                + "{\"name\":\"c\",\"url\":\"/api/v2/berry/3/\"},"
                + "{\"name\":\"d\",\"url\":\"/api/v2/berry/4/\"}]}");

        String page = new String(index.render(new Page(4, 1, 2)), StandardCharsets.UTF_8);

        assertThat(page).startsWith("{\"count\":4,"
                + "\"next\":\"http://h:1/api/v2/berry/?offset=3&limit=1\","
                + "\"previous\":\"http://h:1/api/v2/berry/?offset=0&limit=1\",");
    }

    @Test
    void linksStartWithTheGivenBaseAndANegativeLimitLeavesOutTheLastItem() throws IOException {
        ResourceIndex index = index("{\"results\":["
                + "{\"name\":\"a\",\"url\":\"/api/v2/berry/1/\"},"
                + "{\"name\":\"b\",\"url\":\"/api/v2/berry/2/\"},"
                + "{\"name\":\"c\",\"url\":\"/api/v2/berry/3/\"}]}");

        String page = new String(index.render(new Page(3, -5, 6), "http://h:1/api/v2/berry"), StandardCharsets.UTF_8);

        assertThat(page).isEqualTo("{\"count\":3,"
                + "\"next\":\"http://h:1/api/v2/berry?offset=1&limit=2\","
                + "\"previous\":null,"
                + "\"results\":[{\"name\":\"a\",\"url\":\"http://h:1/api/v2/berry/1/\"}]}");
    }

    @Test
    void rejectsAFileWithoutResults() {
        assertThatThrownBy(() -> index("{\"ability\":\"/api/v2/ability/\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no \"results\" array");
    }
}
