package io.pokeapi.suite.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway database on the tests' PostgreSQL server (127.0.0.1:5432, user postgres, unless
 * TEST_POSTGRES_HOST, TEST_POSTGRES_PORT, TEST_POSTGRES_USER or TEST_POSTGRES_PASSWORD say otherwise),
 * standing in for the stack's postgres service; dropped by {@link #close()}.
 */
final class StackDatabase implements AutoCloseable {

    static final String HOST = env("TEST_POSTGRES_HOST", "127.0.0.1");
    static final String PORT = env("TEST_POSTGRES_PORT", "5432");
    static final String USER = env("TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");

    private final String name;

    private StackDatabase(String name) {
        this.name = name;
    }

    static StackDatabase create() {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        StackDatabase database = new StackDatabase("stack_test_" + HexFormat.of().formatHex(random));
        database.executeOn("postgres", "CREATE DATABASE " + database.name);
        return database;
    }

    String name() {
        return name;
    }

    /** libpq's variables for psql and pg_dump, pointing at this database's server. */
    Map<String, String> libpqEnvironment() {
        return Map.of("PGHOST", HOST, "PGPORT", PORT, "PGUSER", USER, "PGPASSWORD", PASSWORD, "PGDATABASE", name);
    }

    void execute(String sql) {
        executeOn(name, sql);
    }

    /** The first column of the first row of a query. */
    String queryOne(String sql) {
        try (Connection connection = connect(name);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executeOn("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void executeOn(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("These tests need a PostgreSQL server at " + HOST + ":" + PORT + " (user " + USER
                    + "; TEST_POSTGRES_HOST/PORT/USER/PASSWORD to change it): " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, properties);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
