package io.pokeapi.suite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The real api-data subset, where .ci/run looks for it: beside the project, else under /work/shared. */
public final class RealPokeapiData {

    private RealPokeapiData() {
    }

    public static Optional<Path> folder() {
        return Stream.of(Path.of("..", "shared", "pokeapi-data"), Path.of("/work/shared/pokeapi-data"))
                .filter(folder -> Files.isDirectory(folder.resolve("data/api/v2")))
                .map(folder -> folder.toAbsolutePath().normalize())
                .findFirst();
    }
}
