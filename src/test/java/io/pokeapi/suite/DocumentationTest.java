package io.pokeapi.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README tells the truth about the settings and the make targets. */
class DocumentationTest {

    private static final Path README = Path.of("README.md");
    /** A row of a table whose first cell names something in code: | `NAME` | default | meaning |. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|(.*)$");
    /** The column separators of a row, not the \| written inside a cell. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    @Test
    void everySettingHasOneRowInTheReadmeTableAndEveryRowIsASetting() throws IOException {
        Map<String, String> defaults = settingsTable();

        assertThat(defaults.keySet()).containsExactlyInAnyOrderElementsOf(
                Setting.values().stream().map(Setting::name).toList());
    }

    @Test
    void theReadmeTableDocumentsEachSettingsDefaultAsTheCodeHasIt() throws IOException {
        Map<String, String> defaults = settingsTable();
        for (Setting<?> setting : Setting.values()) {
            String cell = defaults.get(setting.name());
            assertThat(cell).as("README row for %s", setting).isNotNull();
            if (setting.writtenDefault().isPresent()) {
                Matcher code = CODE.matcher(cell);
                assertThat(code.find() && cell.startsWith("`")).as("%s's default %s, written first", setting, cell)
                        .isTrue();
                assertThat(code.group(1)).as("%s's default", setting).isEqualTo(setting.writtenDefault().get());
            } else {
                assertThat(cell.replace("`", "")).as("%s's default", setting).startsWith(setting.defaultText());
            }
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

    /** The Default cell of each row of the Settings section's table, by the setting the row names. */
    private static Map<String, String> settingsTable() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n## Settings\n");
        assertThat(start).as("the README's Settings section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> defaults = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            String[] cells = SEPARATOR.split(row.group(2), -1);
            assertThat(cells).as("the cells of the README row of %s", row.group(1)).hasSizeGreaterThanOrEqualTo(3);
            assertThat(defaults.put(row.group(1), cells[0].trim())).as("a second README row for %s", row.group(1))
                    .isNull();
        }
        return defaults;
    }
}
