package io.pokeapi.suite.run;

import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.logging.ScenarioLogPlugin;
import io.pokeapi.suite.report.HtmlReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cucumber's configuration for a run, derived from the settings. {@code mvn test} reads the same
 * keys from src/test/resources/junit-platform.properties; a test keeps the two alike.
 */
public final class CucumberParameters {

    private CucumberParameters() {
    }

    public static Map<String, String> of(Settings settings) {
        return of(settings, settings.reportsDir());
    }

    /** The parameters with the reports written to {@code reports}, as a retry's are. */
    public static Map<String, String> of(Settings settings, Path reports) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("cucumber.glue", "io.pokeapi.suite.steps");
        parameters.put("cucumber.object-factory", "io.cucumber.picocontainer.PicoFactory");
        parameters.put("cucumber.plugin", String.join(", ",
                SuiteEvents.class.getName(),
                ScenarioLogPlugin.class.getName(),
                HtmlReport.class.getName() + ":" + reports.resolve("cucumber.html"),
                "json:" + reports.resolve("cucumber.json"),
                "junit:" + reports.resolve("cucumber-junit.xml"),
                "message:" + reports.resolve("cucumber-messages.ndjson")));
        parameters.put("cucumber.publish.quiet", "true");
        parameters.put("cucumber.execution.parallel.enabled", "true");
        parameters.put("cucumber.execution.parallel.config.strategy", "custom");
        parameters.put("cucumber.execution.parallel.config.custom.class", ThreadsFromSettings.class.getName());
        settings.tags().ifPresent(tags -> parameters.put("cucumber.filter.tags", tags));
        return parameters;
    }
}
