package io.pokeapi.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README tells the truth about the settings and the make targets. */
class DocumentationTest {

    private static final Path README = Path.of("README.md");

    @Test
    void everySettingHasARowInTheReadmeTable() throws IOException {
        String readme = Files.readString(README);
        for (Setting setting : Setting.values()) {
            assertThat(readme).as("README row for %s", setting).contains("| `" + setting.name() + "` |");
        }
    }

    @Test
    void everyMakeTargetIsInTheReadme() throws IOException {
        String readme = Files.readString(README);
        Matcher target = Pattern.compile("(?m)^([a-z-]+):.*## ").matcher(Files.readString(Path.of("Makefile")));
        List<String> targets = target.results().map(match -> match.group(1)).toList();
        assertThat(targets).contains("smoke", "regression", "run", "test", "replica", "bench", "help");
        for (String name : targets) {
            assertThat(readme).as("README mention of make %s", name).contains("make " + name);
        }
    }
}
