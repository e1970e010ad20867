package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make backup} and {@code make restore} as written in the Makefile, with a stand-in for Docker
 * Compose that runs pg_dump and psql against a database of the tests' PostgreSQL server instead of
 * inside the postgres container.
 */
class MakeBackupRestoreTest {

    @TempDir
    Path work;

    @Test
    void aBackupRestoredReplacesWhatChangedSinceAndTheTestRunnerPausesMeanwhile() throws IOException {
        List<String> make = tools();
        try (StackDatabase database = StackDatabase.create()) {
            database.execute("CREATE TABLE runs (id int PRIMARY KEY, status text);"
                    + "INSERT INTO runs VALUES (1, 'passed'), (2, 'failed')");

            StackTool.Result backup = make(make, database, "backup");
            assertThat(backup.succeeded()).as(backup.output()).isTrue();
            Path file = onlyBackup();
            assertThat(file.getFileName().toString()).matches("pokeapi_cache-\\d{8}T\\d{6}Z\\.sql\\.gz");
            assertThat(backup.output()).contains("Backed up the history database to " + file);

            database.execute("INSERT INTO runs VALUES (3, 'passed'); DELETE FROM runs WHERE id = 1");
            StackTool.Result restore = make(make, database, "restore", "FILE=" + file);

            assertThat(restore.succeeded()).as(restore.output()).isTrue();
            assertThat(database.queryOne("SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM runs"))
                    .isEqualTo("1:passed,2:failed");
            assertThat(calls()).containsSubsequence("stop test-runner", "exec -T postgres sh -c psql", "start test-runner");
        }
    }

    @Test
    void aRestoreThatFailsSaysSoAndStillStartsTheTestRunnerAgain() throws IOException {
        List<String> make = tools();
        try (StackDatabase database = StackDatabase.create()) {
            Path broken = work.resolve("broken.sql.gz");
            try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(broken))) {
                out.write("CREATE TABLE runs (;\n".getBytes(StandardCharsets.UTF_8));
            }

            StackTool.Result restore = make(make, database, "restore", "FILE=" + broken);

            assertThat(restore.exitCode()).as(restore.output()).isNotZero();
            assertThat(restore.output()).contains("Restore from " + broken + " failed");
            assertThat(calls()).last().asString().isEqualTo("start test-runner");
        }
    }

    @Test
    void aRestoreWithoutAWholeBackupChangesNothing() throws IOException {
        List<String> make = tools();
        try (StackDatabase database = StackDatabase.create()) {
            Path cut = Files.write(work.resolve("cut.sql.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});

            StackTool.Result missing = make(make, database, "restore");
            StackTool.Result truncated = make(make, database, "restore", "FILE=" + cut);

            assertThat(missing.exitCode()).isNotZero();
            assertThat(missing.output()).contains("Say which backup: make restore FILE=");
            assertThat(truncated.exitCode()).isNotZero();
            assertThat(truncated.output()).contains(cut + " is not a whole gzip file");
            assertThat(work.resolve("compose.log")).doesNotExist();
        }
    }

    private List<String> tools() {
        String make = StackTool.require("make", "apt-get install make", "make backup and make restore were not run")
                .toString();
        StackTool.require("pg_dump", "apt-get install postgresql-client", "make backup and make restore were not run");
        StackTool.require("psql", "apt-get install postgresql-client", "make backup and make restore were not run");
        return List.of(make, "-s");
    }

    private StackTool.Result make(List<String> make, StackDatabase database, String... arguments) throws IOException {
        Path compose = work.resolve("fake-compose.sh");
        if (!Files.exists(compose)) {
            try (InputStream script = Objects.requireNonNull(getClass().getResourceAsStream("/stack/fake-compose.sh"))) {
                Files.copy(script, compose);
            }
            Files.setPosixFilePermissions(compose, PosixFilePermissions.fromString("rwx------"));
        }
        Map<String, String> environment = new HashMap<>(database.libpqEnvironment());
        environment.put("FAKE_COMPOSE_LOG", work.resolve("compose.log").toString());
        environment.put("FAKE_POSTGRES_USER", StackDatabase.USER);
        environment.put("FAKE_POSTGRES_DB", database.name());
        // Not the flags of a make that runs these tests (make test): this make runs on its own.
        environment.put("MAKEFLAGS", null);
        environment.put("MAKELEVEL", null);
        List<String> command = new ArrayList<>(make);
        command.addAll(List.of("COMPOSE=" + compose, "BACKUP_DIR=" + work.resolve("backups")));
        command.addAll(List.of(arguments));
        return StackTool.run(StackTool.ROOT, environment, command);
    }

    private Path onlyBackup() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("backups"))) {
            List<Path> backups = files.toList();
            assertThat(backups).hasSize(1);
            return backups.get(0);
        }
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(work.resolve("compose.log")).stream()
                .map(line -> line.replaceFirst("^(exec -T postgres sh -c psql).*", "$1"))
                .toList();
    }
}
