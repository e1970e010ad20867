package io.pokeapi.suite.replica;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The hand-written api-data folder under src/test/resources/replica-test-data, and ways to repackage it. */
final class TestFixtures {

    static final String FOLDER = "replica-test-data";

    private TestFixtures() {
    }

    static Path root() {
        URL url = TestFixtures.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiData apiData() {
        return ApiData.open(root());
    }

    /** Writes the fixture folder's files into a zip (or jar) under {@code prefix}, e.g. "replica-fixtures/". */
    static void zip(Path zipFile, String prefix) throws IOException {
        Path root = root();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                String name = prefix + root.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                zip.write(readAll(file));
                zip.closeEntry();
            }
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
