package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GitHub workflow .github/workflows/suite.yml, read as YAML: what it runs on, with what, and what it keeps. */
class SuiteWorkflowTest {

    private static final Pattern VERSION_TAG = Pattern.compile("[\\w.-]+/[\\w.-]+@v\\d+(\\.\\d+)*");

    private static Map<Object, Object> workflow;
    private static Map<Object, Object> job;
    private static List<Map<Object, Object>> steps;

    @BeforeAll
    static void readTheWorkflow() throws IOException {
        workflow = ProjectYaml.read(ProjectYaml.root().resolve(".github/workflows/suite.yml"));
        Map<Object, Object> jobs = ProjectYaml.map(workflow.get("jobs"), "jobs");
        assertThat(jobs).as("the workflow's jobs").hasSize(1);
        job = ProjectYaml.map(jobs.values().iterator().next(), "the job");
        steps = ProjectYaml.list(job.get("steps"), "the job's steps").stream()
                .map(step -> ProjectYaml.map(step, "a step")).toList();
    }

    @Test
    void runsOnPushAndOnDemandWithASuiteToChooseAndATagExpression() {
        // YAML 1.1, which SnakeYAML reads, takes an unquoted `on` key for the boolean true; GitHub takes it for "on".
        Map<Object, Object> on = ProjectYaml.map(workflow.containsKey("on") ? workflow.get("on")
                : workflow.get(Boolean.TRUE), "the workflow's triggers (on)");
        assertThat(on).containsKeys("push", "workflow_dispatch");
        Map<Object, Object> inputs = ProjectYaml.map(ProjectYaml.map(on.get("workflow_dispatch"), "workflow_dispatch")
                .get("inputs"), "workflow_dispatch's inputs");
        Map<Object, Object> suite = ProjectYaml.map(inputs.get("suite"), "the suite input");
        assertThat(suite.get("type")).isEqualTo("choice");
        assertThat(ProjectYaml.list(suite.get("options"), "the suite's options")).containsExactly("smoke",
                "regression", "all");
        assertThat(ProjectYaml.map(inputs.get("tags"), "the tags input").get("type")).isEqualTo("string");
        assertThat(run("The chosen scenarios")).contains("TARGET=replica").contains("bin/suite run")
                .contains("TAGS=");
    }

    @Test
    void setsUpJdk17WithTheMavenCache() {
        Map<Object, Object> with = with(uses("actions/setup-java"));
        assertThat(String.valueOf(with.get("java-version"))).isEqualTo("17");
        assertThat(with.get("cache")).isEqualTo("maven");
    }

    @Test
    void givesTheHistoryTestsAPostgreSql15TheyReachWithoutAPassword() {
        Map<Object, Object> services = ProjectYaml.map(job.get("services"), "the job's services");
        Map<Object, Object> postgres = ProjectYaml.map(services.get("postgres"), "the postgres service");
        assertThat(postgres.get("image")).isEqualTo("postgres:15");
        assertThat(ProjectYaml.list(postgres.get("ports"), "its ports")).contains("5432:5432");
        // The tests connect as postgres with no password (TestDatabase, ThrowawayDatabase), as to the CI's server.
        assertThat(ProjectYaml.map(postgres.get("env"), "its env")).containsEntry("POSTGRES_HOST_AUTH_METHOD", "trust");
        assertThat(String.valueOf(postgres.get("options"))).contains("--health-cmd");
    }

    @Test
    void installsEveryToolOfTheChecksSoThatNoneSkipsAndFailsOnASkippedOne() throws IOException {
        String install = run("Tools of the extra checks");
        assertThat(install).contains("apt-get install");
        assertThat(ciPackages()).as(".ci/run's packages").isNotEmpty().allSatisfy(pkg ->
                assertThat(install).as("the workflow installs what .ci/run installs").containsPattern("\\b"
                        + Pattern.quote(pkg) + "\\b"));
        assertThat(install).contains("prometheus-pushgateway", "docker-compose", "yamllint");
        String test = run("make test");
        assertThat(test).contains("make test").contains("'^SKIPPED:'").contains("exit 1");
        assertThat(step("make test").get("shell")).as("bash, whose pipefail fails the step with make test")
                .isEqualTo("bash");
    }

    @Test
    void keepsTheReportsEvenWhenAStepFailed() {
        Map<Object, Object> upload = uses("actions/upload-artifact");
        assertThat(upload.get("if")).isEqualTo("always()");
        assertThat(String.valueOf(with(upload).get("path"))).contains("target/reports", "target/surefire-reports");
    }

    @Test
    void scansForSecretsBeforeAnythingRuns() {
        Map<Object, Object> scan = steps.stream().filter(step -> String.valueOf(step.get("uses"))
                .matches("(gitleaks/gitleaks-action|trufflesecurity/trufflehog)@.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no gitleaks or trufflehog step"));
        assertThat(steps.indexOf(scan)).as("before the build").isLessThan(steps.indexOf(step("make test")));
        Map<Object, Object> checkout = uses("actions/checkout");
        assertThat(with(checkout).get("fetch-depth")).as("the whole history, for the scan").isEqualTo(0);
    }

    @Test
    void pinsEveryActionToAVersionTag() {
        List<String> actions = steps.stream().filter(step -> step.containsKey("uses"))
                .map(step -> String.valueOf(step.get("uses"))).toList();
        assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(action).matches(VERSION_TAG));
    }

    private static Map<Object, Object> uses(String action) {
        return steps.stream().filter(step -> String.valueOf(step.get("uses")).startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static Map<Object, Object> step(String namePrefix) {
        return steps.stream().filter(step -> String.valueOf(step.get("name")).startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step named " + namePrefix + "…"));
    }

    private static String run(String stepNamePrefix) {
        return String.valueOf(step(stepNamePrefix).get("run"));
    }

    private static Map<Object, Object> with(Map<Object, Object> step) {
        return ProjectYaml.map(step.get("with"), "the inputs (with) of " + step.get("uses"));
    }

    /** The Debian packages .ci/run installs: its {@code packages=(…)} list. */
    private static List<String> ciPackages() throws IOException {
        Matcher list = Pattern.compile("(?m)^packages=\\(([^)]*)\\)").matcher(
                Files.readString(ProjectYaml.root().resolve(".ci/run")));
        assertThat(list.find()).as(".ci/run has a packages=(…) list").isTrue();
        return Arrays.stream(list.group(1).trim().split("\\s+")).toList();
    }
}
