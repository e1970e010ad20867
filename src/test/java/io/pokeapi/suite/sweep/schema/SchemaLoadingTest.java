package io.pokeapi.suite.sweep.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the schemas from a folder or a web server, and the one line said when that fails. */
class SchemaLoadingTest {

    private static final String VALID_ABILITY = "{\"id\": 9, \"name\": \"static\"}";
    private static final String BROKEN_ABILITY = "{\"id\": \"9\"}";

    private final OkHttpClient http = new OkHttpClient();
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path temp;

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void aFolderWithoutSchemaV2IsNamed() {
        assertThatThrownBy(() -> PublishedSchemas.fromFolder(temp))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessage("Schema folder " + temp.toAbsolutePath() + " has no schema/v2 folder");
    }

    @Test
    void theBareSchemaUriIsReadAsDraft04() throws IOException {
        // A boolean exclusiveMaximum exists only in draft-04; later drafts would refuse this schema.
        Path folder = folderWith(Map.of("ability/$id/index.json", "{\"$schema\": \"http://json-schema.org/schema#\","
                + " \"properties\": {\"id\": {\"maximum\": 5, \"exclusiveMaximum\": true}}}"));
        PublishedSchemas schemas = PublishedSchemas.fromFolder(folder);

        assertThat(schemas.validate(SchemaDocument.ABILITY, "{\"id\": 4}").violations()).isEmpty();
        assertThat(schemas.validate(SchemaDocument.ABILITY, "{\"id\": 5}").violations())
                .singleElement().satisfies(violation -> {
                    assertThat(violation.path()).isEqualTo("id");
                    assertThat(violation.problem()).startsWith("maximum: ");
                });
    }

    @Test
    void aMissingFileThatAnotherRefersToIsNamed() throws IOException {
        Path folder = folderWith(Map.of("pokemon/$id/index.json",
                "{\"properties\": {\"species\": {\"$ref\": \"/schema/v2/named_api_resource.json\"}}}"));

        assertThatThrownBy(() -> PublishedSchemas.fromFolder(folder))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessage("Schema " + folder.resolve("schema/v2/named_api_resource.json").toAbsolutePath()
                        + " is missing");
    }

    @Test
    void anUnparseableFileIsNamedWithWhereItBreaks() throws IOException {
        Path folder = folderWith(Map.of("type/$id/index.json", "{\"type\": \"object\",\n  \"properties\": {"));

        assertThatThrownBy(() -> PublishedSchemas.fromFolder(folder))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessageStartingWith("Schema " + folder.resolve("schema/v2/type/$id/index.json").toAbsolutePath()
                        + " is not valid JSON: ")
                .hasMessageContaining("line 2")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aRefOutsideTheSchemaFolderIsNamed() throws IOException {
        Path folder = folderWith(Map.of("ability/$id/index.json", "{\"$ref\": \"https://example.org/ability.json\"}"));

        assertThatThrownBy(() -> PublishedSchemas.fromFolder(folder))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessage("Schema " + folder.resolve("schema/v2/ability/$id/index.json").toAbsolutePath()
                        + " refers to https://example.org/ability.json, which is not under /schema/v2/");
    }

    @Test
    void aSchemaTheValidatorCannotCompileIsNamed() throws IOException {
        Path folder = folderWith(Map.of("ability/$id/index.json", "{\"anyOf\": {\"type\": \"null\"}}"));

        assertThatThrownBy(() -> PublishedSchemas.fromFolder(folder))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessageStartingWith("Schema " + folder.resolve("schema/v2/ability/$id/index.json").toAbsolutePath()
                        + " cannot be compiled: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void downloadedSchemasAreFetchedOnceEachFollowingTheirRefsAndValidate() throws IOException {
        List<String> fetched = serveMinimalSchemas();

        PublishedSchemas schemas = PublishedSchemas.download(http, server.url("/data/"));

        assertThat(fetched).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "/data/schema/v2/pokemon/$id/index.json",
                "/data/schema/v2/pokemon/$id/encounters/index.json",
                "/data/schema/v2/ability/$id/index.json",
                "/data/schema/v2/type/$id/index.json",
                "/data/schema/v2/pokemon/index.json",
                "/data/schema/v2/ability/index.json",
                "/data/schema/v2/type/index.json",
                "/data/schema/v2/named_api_resource.json",
                "/data/schema/v2/named_api_resource_list.json");
        assertThat(schemas.validate(SchemaDocument.ABILITY, VALID_ABILITY).violations()).isEmpty();
        assertThat(schemas.validate(SchemaDocument.ABILITY, BROKEN_ABILITY).violations())
                .containsExactly(new SchemaViolation("id", "expected integer but was string"),
                        new SchemaViolation("name", "missing"));
        assertThat(schemas.validate(SchemaDocument.ABILITY_LIST,
                "{\"count\": 1, \"next\": null, \"results\": [{\"name\": \"static\"}]}").violations())
                .containsExactly(new SchemaViolation("results[0].url", "missing"));
    }

    @Test
    void aBaseWithoutItsClosingSlashIsStillTheFolderHoldingSchemaV2() throws IOException {
        List<String> fetched = serveMinimalSchemas();

        PublishedSchemas schemas = PublishedSchemas.download(http, server.url("/data"));

        assertThat(fetched).contains("/data/schema/v2/ability/$id/index.json");
        assertThat(schemas.validate(SchemaDocument.ABILITY, BROKEN_ABILITY).valid()).isFalse();
    }

    @Test
    void aSchemaAnsweringNotFoundIsNamedByItsUrl() throws IOException {
        HttpUrl base = serveEveryPath(new MockResponse.Builder().code(404).body("404: Not Found").build());

        assertThatThrownBy(() -> PublishedSchemas.download(http, base))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessage("Schema " + base + "schema/v2/pokemon/$id/index.json answered HTTP 404, not 200");
    }

    @Test
    void aSchemaThatIsNotJsonIsNamedByItsUrl() throws IOException {
        HttpUrl base = serveEveryPath(new MockResponse.Builder().code(200).body("<html>rate limited</html>").build());

        assertThatThrownBy(() -> PublishedSchemas.download(http, base))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessageStartingWith("Schema " + base + "schema/v2/pokemon/$id/index.json is not valid JSON: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnreachableHostIsNamedWithTheReason() throws IOException {
        server.start();
        HttpUrl base = server.url("/data/");
        server.close();

        assertThatThrownBy(() -> PublishedSchemas.download(http, base))
                .isInstanceOf(SchemaUnavailableException.class)
                .hasMessageStartingWith("Cannot download schema " + base + "schema/v2/pokemon/$id/index.json (")
                .hasMessageNotContaining("\n");
    }

    /** A schema folder whose entry files accept anything, but for {@code files} (by path under schema/v2). */
    private Path folderWith(Map<String, String> files) throws IOException {
        Path schemaDir = temp.resolve("schema/v2");
        for (SchemaDocument document : SchemaDocument.values()) {
            write(schemaDir.resolve(document.file()), "{\"$schema\": \"http://json-schema.org/schema#\"}");
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(schemaDir.resolve(file.getKey()), file.getValue());
        }
        return temp;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Answers every request with {@code response}; returns the base URL. */
    private HttpUrl serveEveryPath(MockResponse response) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return response;
            }
        });
        server.start();
        return server.url("/data/");
    }

    /** Serves src/test/resources/schemas/minimal under /data/, noting each path asked for. */
    private List<String> serveMinimalSchemas() throws IOException {
        SchemaFolderDispatcher schemas = new SchemaFolderDispatcher(MinimalSchemas.folder(), "/data/");
        server.setDispatcher(schemas);
        server.start();
        return schemas.fetched();
    }
}
