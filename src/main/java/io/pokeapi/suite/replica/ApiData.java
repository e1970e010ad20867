package io.pokeapi.suite.replica;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An api-data folder: the root that contains {@code data/api/v2}, laid out like PokéAPI's own
 * {@code api-data} repository. Works over any {@link java.nio.file.FileSystem}, so also inside a jar.
 */
public final class ApiData {

    /** Where the project's own fixtures live on the classpath. */
    static final String BUNDLED_FOLDER = "replica-fixtures";

    private static final String INDEX_FILE = "index.json";
    private static final String API_DIRECTORY = "data/api/v2";

    // Every path segment that reaches the file system must look like this, so a request can
    // never climb out of the data folder ("..", "/", "%2e" and friends never match).
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path root;
    private final Path apiDirectory;

    private ApiData(Path root, Path apiDirectory) {
        this.root = root;
        this.apiDirectory = apiDirectory;
    }

    /**
     * Opens an api-data folder.
     *
     * @throws IllegalArgumentException if {@code root/data/api/v2/index.json} does not exist or is
     *         not a JSON object
     * @throws UncheckedIOException if that file cannot be read
     */
    public static ApiData open(Path root) {
        Objects.requireNonNull(root, "root");
        Path apiDirectory = root.resolve("data").resolve("api").resolve("v2");
        Path rootIndex = apiDirectory.resolve(INDEX_FILE);
        if (!Files.isRegularFile(rootIndex)) {
            throw new IllegalArgumentException(
                    "Replica data folder " + root + " has no " + API_DIRECTORY + "/" + INDEX_FILE);
        }
        requireObjectOfResources(rootIndex);
        return new ApiData(root, apiDirectory);
    }

    /**
     * The API root document must be an object of resources, such as "pokemon" and "berry"; which ones
     * are served is the live API's function's list, not this document's.
     */
    private static void requireObjectOfResources(Path rootIndex) {
        JsonElement json;
        try {
            json = CompactJson.read(rootIndex);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + rootIndex.toUri(), e);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(rootIndex.toUri() + " is not JSON: " + e.getMessage(), e);
        }
        if (!json.isJsonObject()) {
            throw new IllegalArgumentException(rootIndex.toUri() + " is not a JSON object of resources");
        }
    }

    /** The project's own fixtures, found on the classpath at {@code /replica-fixtures}. */
    public static ApiData bundled() {
        return fromClasspath(ApiData.class.getClassLoader(), BUNDLED_FOLDER);
    }

    /** Opens the api-data folder {@code folder} on {@code loader}'s classpath, a directory or a jar. */
    static ApiData fromClasspath(ClassLoader loader, String folder) {
        String marker = folder + "/" + API_DIRECTORY + "/" + INDEX_FILE;
        URL url = loader.getResource(marker);
        if (url == null) {
            throw new IllegalStateException("No replica data on the classpath: " + marker + " is missing");
        }
        Path rootIndex = pathOf(url);
        // index.json -> v2 -> api -> data -> folder
        return open(rootIndex.getParent().getParent().getParent().getParent());
    }

    private static Path pathOf(URL url) {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unusable classpath URL " + url, e);
        }
        switch (uri.getScheme()) {
            case "file":
                return Path.of(uri);
            case "jar":
                ensureJarFileSystem(uri);
                return Path.of(uri);
            default:
                throw new IllegalStateException("Cannot read replica data from " + uri);
        }
    }

    // A jar's file system is opened once and left open for the JVM's life: the ApiData that reads it
    // lives as long, and another ApiData from the same jar shares it.
    private static void ensureJarFileSystem(URI uri) {
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notYetOpen) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException openedMeanwhile) {
                // another thread won the race; its file system serves us as well
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open " + uri, e);
            }
        }
    }

    /**
     * The folder holding the data's JSON Schemas under {@code schema/v2}, as api-data's {@code data} folder
     * does, if the data has them.
     */
    public Optional<Path> schemaFolder() {
        Path folder = root.resolve("data");
        return Files.isDirectory(folder.resolve("schema").resolve("v2")) ? Optional.of(folder) : Optional.empty();
    }

    /** The folder that contains {@code data/api/v2}. */
    Path root() {
        return root;
    }

    /**
     * The {@code index.json} under {@code data/api/v2/<segments...>}, if that file exists.
     *
     * @throws IllegalArgumentException if a segment is not a plain lower-case name or number
     */
    Optional<Path> indexFile(List<String> segments) {
        Path directory = apiDirectory;
        for (String segment : segments) {
            if (!SAFE_SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("Unsafe path segment '" + segment + "'");
            }
            directory = directory.resolve(segment);
        }
        Path file = directory.resolve(INDEX_FILE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public String toString() {
        return "ApiData[" + root.toUri() + "]";
    }
}
