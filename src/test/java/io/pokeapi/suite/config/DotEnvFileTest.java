package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvFileTest {

    @TempDir
    Path directory;

    private Path dotEnv(String content) throws IOException {
        return Files.writeString(directory.resolve(".env"), content);
    }

    @Test
    void aMissingFileHasNoValues() {
        assertThat(SettingsLoader.readDotEnv(directory.resolve(".env"))).isEmpty();
    }

    @Test
    void readsTheValuesDeclaredInTheFile() throws IOException {
        Path file = dotEnv("""
                # settings for a local run
                TARGET=replica
                THREADS=8
                TAGS="@smoke and not @negative"
                """);

        assertThat(SettingsLoader.readDotEnv(file)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TARGET", "replica",
                "THREADS", "8",
                "TAGS", "@smoke and not @negative"));
    }

    @Test
    void singleQuotesAreStrippedAsAShellWould() throws IOException {
        Path file = dotEnv("""
                TAGS='@smoke and not @negative'
                REPLICA_DATA=it's
                """);

        assertThat(SettingsLoader.readDotEnv(file))
                .containsEntry("TAGS", "@smoke and not @negative")
                .containsEntry("REPLICA_DATA", "it's");
    }

    @Test
    void aFileWithAnyNameIsRead() throws IOException {
        Path file = Files.writeString(directory.resolve("ci.env"), "THREADS=2\n");

        assertThat(SettingsLoader.readDotEnv(file)).containsExactly(Map.entry("THREADS", "2"));
    }

    @Test
    void aMalformedFileGivesAMessageNamingTheFileAndTheLine() throws IOException {
        Path file = dotEnv("THREADS=8\nthis is not a setting\n");

        assertThatThrownBy(() -> SettingsLoader.readDotEnv(file))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Cannot read " + file.toAbsolutePath().normalize() + ": ")
                .hasMessageContaining("this is not a setting");
    }

    @Test
    void valuesFromTheFileBecomeSettings() throws IOException {
        Path file = dotEnv("TARGET=replica\nTHREADS=8\n");

        Settings settings = new SettingsLoader(new SettingSource()
                .withLayer(SettingsLoader.readDotEnv(file), file.toString())).load();

        assertThat(settings.target()).isEqualTo(Settings.Target.REPLICA);
        assertThat(settings.threads()).isEqualTo(8);
    }

    @Test
    void anInvalidValueInTheFileIsBlamedOnTheFile() throws IOException {
        Path file = dotEnv("THREADS=many\n");

        SettingsLoader loader = new SettingsLoader(new SettingSource()
                .withLayer(SettingsLoader.readDotEnv(file), file.toString()));

        assertThatThrownBy(loader::load)
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Invalid THREADS='many' from " + file);
    }

    @Test
    void theStandardSourceNamesTheFileAsTheOriginOfItsValues() throws IOException {
        String key = "POKEAPI_SUITE_DOTENV_TEST_ONLY"; // a key neither the environment nor a property sets
        Path file = dotEnv(key + "=from-the-file\n");

        SettingSource source = SettingsLoader.standardSource(file);

        assertThat(source.get(key)).contains(
                new SettingSource.Value("from-the-file", file.toAbsolutePath().normalize().toString()));
    }
}
