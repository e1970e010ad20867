package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.SettingsLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * A throwaway database on the test PostgreSQL server, created through {@link HistoryDatabase#open} (so
 * creating and migrating are exercised too) and dropped by {@link #close()}.
 *
 * <p>The server is 127.0.0.1:5432, user postgres, no password, unless TEST_POSTGRES_HOST, TEST_POSTGRES_PORT,
 * TEST_POSTGRES_USER or TEST_POSTGRES_PASSWORD say otherwise. Without a server these tests fail: they run
 * in CI, where a missing server is a broken build, not a reason to skip.
 */
final class TestDatabase implements AutoCloseable {

    static final String HOST = env("TEST_POSTGRES_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(env("TEST_POSTGRES_PORT", "5432"));
    static final String USER = env("TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");

    /** Every table of V1, which {@link #truncate()} empties. */
    static final String[] TABLES = {
        "runs", "response_bodies", "api_responses", "schema_versions", "schema_changes", "data_changes",
        "performance_baselines", "scenario_results", "flaky_tests", "schema_unknown_fields",
    };

    private final String name;
    private final HistoryDatabase database;

    private TestDatabase(String name, HistoryDatabase database) {
        this.name = name;
        this.database = database;
    }

    /** Creates and migrates a database with a random name. */
    static TestDatabase create() {
        String name = randomName("history_test_");
        try {
            return new TestDatabase(name, HistoryDatabase.open(settings(name)));
        } catch (HistoryUnavailableException e) {
            AssertionError error = new AssertionError("These tests need a PostgreSQL server at " + HOST + ":" + PORT
                    + " (user " + USER + "; TEST_POSTGRES_HOST/PORT/USER/PASSWORD to change it): " + e.getMessage(), e);
            try {
                drop(name); // in case it was created before migrating failed
            } catch (RuntimeException dropFailure) {
                error.addSuppressed(dropFailure);
            }
            throw error;
        }
    }

    /** A database name nothing else uses: the prefix, then 12 random hex digits. */
    static String randomName(String prefix) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return prefix + HexFormat.of().formatHex(random);
    }

    /** Settings of the test server and the given database. */
    static HistorySettings settings(String database) {
        return settings(Map.of(
                "POSTGRES_HOST", HOST,
                "POSTGRES_PORT", String.valueOf(PORT),
                "POSTGRES_DB", database,
                "POSTGRES_USER", USER,
                "POSTGRES_PASSWORD", PASSWORD));
    }

    /** History settings read the way the suite reads them, from these values and defaults for the rest. */
    static HistorySettings settings(Map<String, String> values) {
        return new SettingsLoader(new SettingSource().withLayer(values, "test")).load().history();
    }

    /** Drops the database on the test server if it exists, disconnecting whoever uses it. */
    static void drop(String database) {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, properties);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DatabaseSetup.quoteIdentifier(database) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + database, e);
        }
    }

    String name() {
        return name;
    }

    HistoryDatabase database() {
        return database;
    }

    Jdbi jdbi() {
        return database.jdbi();
    }

    <T> T dao(Class<T> type) {
        return database.dao(type);
    }

    /** Empties every history table, so each test starts from nothing. */
    void truncate() {
        jdbi().useHandle(handle -> handle.execute("TRUNCATE " + String.join(", ", TABLES) + " RESTART IDENTITY"));
    }

    @Override
    public void close() {
        database.close();
        drop(name);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Inserts a run, as every per-run row needs one, and returns its id. */
    java.util.UUID insertRun(java.time.Instant startedAt) {
        java.util.UUID id = java.util.UUID.randomUUID();
        dao(RunDao.class).insert(id, startedAt, "https://pokeapi.co/api/v2", null);
        return id;
    }
}
