package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryDatabaseTest {

    private static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void migrationsCreateEveryTableWithItsComment() {
        List<String> tables = db.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT c.relname
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind = 'r' AND obj_description(c.oid, 'pg_class') <> ''
                        """)
                .mapTo(String.class)
                .list());

        assertThat(tables).containsExactlyInAnyOrder(TestDatabase.TABLES);
        assertThat(tableNames(db.jdbi())).containsExactlyInAnyOrder(withFlyway(TestDatabase.TABLES));
    }

    @Test
    void openingAgainMigratesNothing() {
        try (HistoryDatabase again = HistoryDatabase.open(TestDatabase.settings(db.name()))) {
            assertThat(again.describe()).isEqualTo("PostgreSQL at " + TestDatabase.HOST + ":" + TestDatabase.PORT
                    + "/" + db.name());
        }

        assertThat(migrations(db.jdbi())).containsExactly("1", "2", "3", "4", "5", "6");
    }

    /** Two runs starting at once on a database that does not exist yet: both create it, both migrate it. */
    @RepeatedTest(3)
    void concurrentOpensOfAFreshDatabaseBothSucceed() throws Exception {
        String name = TestDatabase.randomName("History_Race_"); // mixed case: the name must be quoted
        int openers = 4;
        ExecutorService threads = Executors.newFixedThreadPool(openers);
        CyclicBarrier start = new CyclicBarrier(openers);
        List<Future<HistoryDatabase>> opened = new ArrayList<>();
        try {
            for (int i = 0; i < openers; i++) {
                opened.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return HistoryDatabase.open(TestDatabase.settings(name));
                }));
            }
            List<HistoryDatabase> databases = new ArrayList<>();
            for (Future<HistoryDatabase> future : opened) {
                databases.add(future.get(60, TimeUnit.SECONDS)); // rethrows what open threw
            }

            assertThat(migrations(databases.get(0).jdbi())).containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(tableNames(databases.get(openers - 1).jdbi()))
                    .containsExactlyInAnyOrder(withFlyway(TestDatabase.TABLES));
            databases.forEach(HistoryDatabase::close);
        } finally {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            TestDatabase.drop(name);
        }
    }

    @Test
    void aServerThatRefusesConnectionsIsOneLineNamingWhereAndWhyWithoutThePassword() {
        String password = "s3cret-pw";
        var settings = TestDatabase.settings(Map.of(
                "POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", "1", "POSTGRES_PASSWORD", password));

        HistoryUnavailableException error = catchThrowableOfType(HistoryUnavailableException.class,
                () -> HistoryDatabase.open(settings));

        assertThat(error.getMessage())
                .isEqualTo("History unavailable: cannot connect to PostgreSQL at 127.0.0.1:1/pokeapi_cache"
                        + " (Connection refused)")
                .doesNotContain("\n");
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(password);
        }
    }

    @Test
    void reasonsAreOneLineAndNeverThePassword() {
        var error = new IllegalStateException("first line with hunter22\nsecond line");

        assertThat(DatabaseSetup.reason(error, "hunter22")).isEqualTo("first line with ***");
        assertThat(DatabaseSetup.quoteIdentifier("My\"Db")).isEqualTo("\"My\"\"Db\"");
    }

    /**
     * The embedded server keeps its data in its folder between runs, and refuses a second suite on the
     * folder while the first runs.
     */
    @Test
    void embeddedDatabaseKeepsItsDataBetweenRunsAndServesOneRunAtATime(@TempDir Path temp) {
        Path folder = temp.resolve("nested").resolve("postgres");
        var settings = TestDatabase.settings(Map.of("HISTORY_DIR", folder.toString()));
        UUID run = UUID.randomUUID();

        try (HistoryDatabase first = HistoryDatabase.open(settings)) {
            assertThat(first.describe()).isEqualTo("embedded PostgreSQL in " + folder);
            first.dao(RunDao.class).insert(run, Instant.parse("2024-05-01T10:00:00Z"), "https://pokeapi.co/api/v2", null);

            assertThatThrownBy(() -> HistoryDatabase.open(settings))
                    .isInstanceOf(HistoryUnavailableException.class)
                    .hasMessageContaining(folder.toString())
                    .hasMessageContaining("in use")
                    .hasMessageContaining("POSTGRES_HOST")
                    .hasMessageNotContaining("\n");

            first.close();
            first.close(); // idempotent; try-with-resources closes a third time
        }

        try (HistoryDatabase second = HistoryDatabase.open(settings)) {
            assertThat(second.dao(RunDao.class).find(run)).get()
                    .extracting(RunRow::target).isEqualTo("https://pokeapi.co/api/v2");
            assertThat(migrations(second.jdbi())).containsExactly("1", "2", "3", "4", "5", "6");
        }
    }

    private static List<String> migrations(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT version FROM flyway_schema_history ORDER BY installed_rank")
                .mapTo(String.class)
                .list());
    }

    private static List<String> tableNames(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .mapTo(String.class)
                .list());
    }

    private static String[] withFlyway(String[] tables) {
        List<String> all = new ArrayList<>(List.of(tables));
        all.add("flyway_schema_history");
        return all.toArray(String[]::new);
    }
}
