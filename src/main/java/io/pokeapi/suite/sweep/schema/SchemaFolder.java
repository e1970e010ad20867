package io.pokeapi.suite.sweep.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Schema files read from a folder that holds {@code schema/v2}, like api-data's {@code data} folder. */
final class SchemaFolder implements SchemaSource {

    private final Path schemaDir;

    SchemaFolder(Path folder) {
        this.schemaDir = folder.resolve("schema").resolve("v2");
        if (!Files.isDirectory(schemaDir)) {
            throw new SchemaUnavailableException("Schema folder " + folder.toAbsolutePath()
                    + " has no schema/v2 folder");
        }
    }

    @Override
    public String read(String file) {
        Path path = schemaDir.resolve(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SchemaUnavailableException("Schema " + locate(file) + " is missing");
        } catch (IOException e) {
            throw new SchemaUnavailableException("Schema " + locate(file) + " cannot be read: " + e);
        }
    }

    @Override
    public String locate(String file) {
        return schemaDir.resolve(file).toAbsolutePath().toString();
    }
}
