package io.pokeapi.suite;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The features as part of {@code mvn test}, so that CI can select scenarios with
 * {@code -Dcucumber.filter.tags='@smoke'}; the configuration is in junit-platform.properties.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class RunCucumberTest {
}
