package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDataTest {

    @TempDir
    Path temp;

    @Test
    void opensAFolderWithTheApiDataLayout() {
        ApiData data = ApiData.open(TestFixtures.root());

        assertThat(data.root()).isEqualTo(TestFixtures.root());
        assertThat(data.indexFile(List.of("pokemon", "25"))).isPresent();
        assertThat(data.indexFile(List.of("pokemon", "2"))).isEmpty();
    }

    @Test
    void rejectsAFolderWithoutTheLayoutInOneClearLine() {
        assertThatThrownBy(() -> ApiData.open(temp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Replica data folder " + temp + " has no data/api/v2/index.json");
    }

    @Test
    void rejectsAFolderWithTheDirectoriesButNoRootIndex() throws IOException {
        Files.createDirectories(temp.resolve("data/api/v2/pokemon"));

        assertThatThrownBy(() -> ApiData.open(temp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Replica data folder " + temp + " has no data/api/v2/index.json");
    }

    @Test
    void rejectsARootDocumentThatIsNotAnObjectOfResources() throws IOException {
        Path rootIndex = Files.createDirectories(temp.resolve("data/api/v2")).resolve("index.json");

        Files.writeString(rootIndex, "[\"pokemon\"]");
        assertThatThrownBy(() -> ApiData.open(temp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a JSON object of resources");

        Files.writeString(rootIndex, "{\"pokemon\": ");
        assertThatThrownBy(() -> ApiData.open(temp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not JSON");
    }

    @Test
    void rejectsTheApiFolderItselfGivenAsTheRoot() {
        Path apiFolder = TestFixtures.root().resolve("data/api/v2");

        assertThatThrownBy(() -> ApiData.open(apiFolder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Replica data folder " + apiFolder + " has no data/api/v2/index.json");
    }

    @Test
    void rejectsAMissingFolder() {
        Path missing = temp.resolve("nowhere");

        assertThatThrownBy(() -> ApiData.open(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void refusesPathSegmentsThatCouldLeaveTheFolder() {
        ApiData data = TestFixtures.apiData();

        for (String segment : List.of("..", ".", "", "a/b", "Pokemon", "%2e")) {
            assertThatThrownBy(() -> data.indexFile(List.of("pokemon", segment)))
                    .as(segment)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void servesAFolderInsideAZipFileSystem() throws IOException {
        Path zip = temp.resolve("api-data.zip");
        TestFixtures.zip(zip, "");

        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of());
                ReplicaServer replica = ReplicaServer.start(ApiData.open(zipFs.getPath("/")), "127.0.0.1", 0)) {
            HttpProbe http = new HttpProbe(replica.baseUrl());

            assertThat(http.get("/api/v2/pokemon/pikachu").json().getAsJsonObject().get("id").getAsInt())
                    .isEqualTo(25);
            assertThat(http.get("/api/v2/pokemon/").json().getAsJsonObject().get("count").getAsInt())
                    .isEqualTo(25);
        }
    }

    @Test
    void findsDataInADirectoryOnTheClasspath() {
        ApiData data = ApiData.fromClasspath(getClass().getClassLoader(), TestFixtures.FOLDER);

        assertThat(data.root()).isEqualTo(TestFixtures.root());
    }

    @Test
    void findsDataInAJarOnTheClasspath() throws IOException {
        Path jar = temp.resolve("fixtures.jar");
        TestFixtures.zip(jar, ApiData.BUNDLED_FOLDER + "/");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ApiData data = ApiData.fromClasspath(loader, ApiData.BUNDLED_FOLDER);
            try (ReplicaServer replica = ReplicaServer.start(data, "127.0.0.1", 0)) {
                HttpProbe http = new HttpProbe(replica.baseUrl());

                assertThat(data.root().getFileSystem().provider().getScheme()).isEqualTo("jar");
                assertThat(http.get("/api/v2/pokemon/pikachu").body())
                        .isEqualTo(http.get("/api/v2/pokemon/25").body());
                // A second lookup reuses the jar's file system instead of failing to open it again.
                assertThat(ApiData.fromClasspath(loader, ApiData.BUNDLED_FOLDER).root()).isEqualTo(data.root());
            } finally {
                FileSystems.getFileSystem(URI.create("jar:" + jar.toUri())).close();
            }
        }
    }

    @Test
    void saysWhatIsMissingFromTheClasspath() {
        assertThatThrownBy(() -> ApiData.fromClasspath(getClass().getClassLoader(), "no-such-fixtures"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-fixtures/data/api/v2/index.json");
    }

    @Test
    void bundledFixturesOpenWhenPresent() {
        Assumptions.assumeTrue(getClass().getResource("/replica-fixtures/data/api/v2/index.json") != null,
                "the project's bundled fixtures are not written yet");

        ApiData data = ApiData.bundled();

        assertThat(data.indexFile(List.of())).isPresent();
    }
}
