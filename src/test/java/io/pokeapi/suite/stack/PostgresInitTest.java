package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.history.HistoryDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker/postgres/init.sql run as the postgres image runs it (psql, stopping at the first error) on an
 * empty database, then the suite's own migrations: the statistics extension, UTC, and a read-only role
 * that reads the tables the migrations create afterwards.
 */
class PostgresInitTest {

    @Test
    void initSqlPreparesTheDatabaseAndTheReadOnlyRoleReadsWhatTheMigrationsCreate() {
        String psql = StackTool.require("psql", "apt-get install postgresql-client", "init.sql was not run").toString();
        try (StackDatabase database = StackDatabase.create()) {
            StackTool.Result init = StackTool.run(StackTool.ROOT, database.libpqEnvironment(),
                    List.of(psql, "-v", "ON_ERROR_STOP=1", "-q", "-f", "docker/postgres/init.sql"));
            assertThat(init.succeeded()).as(init.output()).isTrue();

            migrate(database);

            assertThat(database.queryOne("SELECT extname FROM pg_extension WHERE extname = 'pg_stat_statements'"))
                    .isEqualTo("pg_stat_statements");
            assertThat(database.queryOne("SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting s "
                    + "JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = current_database()"))
                    .contains("TimeZone=UTC");
            assertThat(database.queryOne("SELECT has_table_privilege('pokeapi_readonly', 'runs', 'SELECT')"))
                    .isEqualTo("t");
            assertThat(database.queryOne("SELECT has_table_privilege('pokeapi_readonly', 'api_responses', 'SELECT')"))
                    .isEqualTo("t");
            assertThat(database.queryOne("SELECT has_table_privilege('pokeapi_readonly', 'runs', 'INSERT')"))
                    .isEqualTo("f");

            // Running it again, as a second database on the same server would, fails on nothing.
            StackTool.Result again = StackTool.run(StackTool.ROOT, database.libpqEnvironment(),
                    List.of(psql, "-v", "ON_ERROR_STOP=1", "-q", "-f", "docker/postgres/init.sql"));
            assertThat(again.succeeded()).as(again.output()).isTrue();
        }
    }

    /** The suite's Flyway migrations, as the test runner applies them when it opens the history. */
    private static void migrate(StackDatabase database) {
        Map<String, String> settings = Map.of("POSTGRES_HOST", StackDatabase.HOST, "POSTGRES_PORT", StackDatabase.PORT,
                "POSTGRES_DB", database.name(), "POSTGRES_USER", StackDatabase.USER,
                "POSTGRES_PASSWORD", StackDatabase.PASSWORD);
        HistoryDatabase.open(new SettingsLoader(new SettingSource().withLayer(settings, "test")).load().history()).close();
    }
}
