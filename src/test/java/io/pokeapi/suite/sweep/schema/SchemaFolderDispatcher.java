package io.pokeapi.suite.sweep.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Serves a folder holding {@code schema/v2} under a path prefix, as api-data's raw files are served, noting
 * each path asked for; 404 for a file the folder does not have.
 */
public final class SchemaFolderDispatcher extends Dispatcher {

    private final Path folder;
    private final String prefix;
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    /** @param prefix the path the folder is served under, such as {@code /data/} */
    public SchemaFolderDispatcher(Path folder, String prefix) {
        this.folder = folder;
        this.prefix = prefix;
    }

    /** The paths asked for, in order, {@code $} as written in the schemas' file names. */
    public List<String> fetched() {
        return fetched;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath().replace("%24", "$");
        fetched.add(path);
        Path file = folder.resolve(path.substring(prefix.length()));
        try {
            return Files.isRegularFile(file)
                    ? new MockResponse.Builder().code(200).body(Files.readString(file)).build()
                    : new MockResponse.Builder().code(404).build();
        } catch (IOException e) {
            return new MockResponse.Builder().code(500).body(e.toString()).build();
        }
    }
}
