package io.pokeapi.suite.cli;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of a test's own on the PostgreSQL server at 127.0.0.1:5432, which CI provides, for the
 * suite's runs to record their history into; dropped after each test.
 */
final class ThrowawayDatabase implements AfterEachCallback {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String name;

    ThrowawayDatabase(String prefix) {
        this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    String name() {
        return name;
    }

    /** The database itself, once a run has created it. */
    Jdbi jdbi() {
        return Jdbi.create(SERVER + name, "postgres", "");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Jdbi.create(SERVER + "postgres", "postgres", "")
                .useHandle(handle -> handle.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }
}
