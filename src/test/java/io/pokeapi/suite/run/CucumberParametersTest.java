package io.pokeapi.suite.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.SettingsLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CucumberParametersTest {

    private final Settings defaults = new SettingsLoader(new SettingSource()).load();

    @Test
    void mvnTestIsConfiguredLikeTheCommandLineWithDefaultSettings() throws IOException {
        Properties file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/junit-platform.properties")) {
            file.load(in);
        }
        Map<String, String> fromFile = new HashMap<>();
        file.forEach((key, value) -> fromFile.put(key.toString(), value.toString()));

        assertThat(fromFile).isEqualTo(CucumberParameters.of(defaults));
    }

    @Test
    void reportsGoToTheReportsFolderAndTagsSelectScenarios() {
        Settings settings = new SettingsLoader(new SettingSource()
                .withLayer(Map.of("REPORTS_DIR", "/tmp/out", "TAGS", "@smoke and @pokemon"), "test")).load();

        Map<String, String> parameters = CucumberParameters.of(settings);

        assertThat(parameters.get("cucumber.plugin"))
                .contains("io.pokeapi.suite.report.HtmlReport:/tmp/out/cucumber.html",
                        "json:/tmp/out/cucumber.json", "junit:/tmp/out/cucumber-junit.xml",
                        "message:/tmp/out/cucumber-messages.ndjson");
        assertThat(parameters).containsEntry("cucumber.filter.tags", "@smoke and @pokemon");
        assertThat(CucumberParameters.of(defaults)).doesNotContainKey("cucumber.filter.tags");
    }
}
