package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make build} as written in the Makefile, in a small copy of the project's layout with a stand-in for
 * Maven that records its calls: Maven runs when pom.xml or anything under src/main changed, and only then.
 */
class MakeBuildTest {

    private static final String FAKE_MAVEN = """
            #!/bin/sh
            echo "$*" >> "$FAKE_MVN_LOG"
            for arg; do
              case $arg in -Dmdep.outputFile=*) file=${arg#*=}; mkdir -p "$(dirname "$file")"; echo lib.jar > "$file";; esac
            done
            exit "${FAKE_MVN_EXIT:-0}"
            """;

    private static final String SOURCE = "src/main/java/io/pokeapi/suite/Example.java";
    // PokéAPI's schema folders are named $id: make must take the name as it is.
    private static final String SCHEMA = "src/main/resources/replica-fixtures/data/schema/v2/type/$id/index.json";

    @TempDir
    Path project;

    private Path mavenLog;
    private String make;

    @BeforeEach
    void copyTheMakefileIntoASmallProject() throws IOException {
        make = StackTool.require("make", "apt-get install make", "the Makefile's build rules were not checked").toString();
        Files.copy(StackTool.ROOT.resolve("Makefile"), project.resolve("Makefile"));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        write(SOURCE, "class Example {}\n");
        write(SCHEMA, "{}\n");
        write("features/smoke.feature", "Feature: smoke\n");
        Path maven = project.resolve("fake-mvn.sh");
        Files.writeString(maven, FAKE_MAVEN);
        Files.setPosixFilePermissions(maven, PosixFilePermissions.fromString("rwx------"));
        mavenLog = project.resolve("mvn.log");
        agePast(Instant.now().minus(Duration.ofHours(1)));
    }

    @Test
    void aSecondBuildWithNothingChangedDoesNotRunMaven() throws IOException {
        assertThat(build()).isZero();
        assertThat(mavenCalls()).containsExactly("compile dependency:build-classpath "
                + "-Dmdep.outputFile=target/classpath.txt");
        assertThat(project.resolve("target/classpath.txt")).hasContent("lib.jar");
        ageTheStamp();

        assertThat(upToDate()).as("make -q build").isTrue();
        assertThat(build()).isZero();
        assertThat(mavenCalls()).hasSize(1);
    }

    @Test
    void aTouchedSourceFileOrPomRunsMavenAgain() throws IOException {
        buildOnce();
        touch(SOURCE);
        rebuildsAfter("a source file was touched");
        touch("pom.xml");
        rebuildsAfter("pom.xml was touched");
        assertThat(mavenCalls()).hasSize(3);
    }

    @Test
    void aResourceChangedAddedOrDeletedRunsMavenAgain() throws IOException {
        buildOnce();
        touch(SCHEMA);
        rebuildsAfter("a file in a folder named $id changed");
        write("src/main/resources/new.properties", "a=b\n");
        rebuildsAfter("a file was added");
        Files.delete(project.resolve("src/main/resources/new.properties"));
        rebuildsAfter("a file was deleted");
        assertThat(mavenCalls()).hasSize(4);
    }

    @Test
    void aChangedFeatureNeedsNoBuildSinceTheSuiteReadsTheFeaturesWhenItRuns() throws IOException {
        buildOnce();
        Files.writeString(project.resolve("features/smoke.feature"), "Feature: smoke, changed\n");

        assertThat(upToDate()).isTrue();
    }

    @Test
    void aFailedBuildIsTriedAgainNextTime() throws IOException {
        assertThat(build(Map.of("FAKE_MVN_EXIT", "1"))).as("make's exit code for a failed recipe").isEqualTo(2);
        assertThat(upToDate()).isFalse();

        assertThat(build()).isZero();
        assertThat(mavenCalls()).hasSize(2);
    }

    @Test
    void mavenRunInTheProjectPrintsNoEscapeCode() {
        String maven = StackTool.require("mvn", "apt-get install maven", "Maven's output was not checked").toString();
        // validate reads the pom and the project's .mvn folder, as every goal of the build does, and writes nothing.
        StackTool.Result result = StackTool.run(StackTool.ROOT, Map.of(), List.of(maven, "-B", "-q", "validate"));

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(result.output()).doesNotContain("\u001b");
    }

    private void rebuildsAfter(String change) throws IOException {
        assertThat(upToDate()).as("up to date after " + change).isFalse();
        int calls = mavenCalls().size();
        assertThat(build()).isZero();
        assertThat(mavenCalls()).as("Maven's calls after " + change).hasSize(calls + 1);
        ageTheStamp();
    }

    private void touch(String relative) throws IOException {
        Files.setLastModifiedTime(project.resolve(relative), FileTime.from(Instant.now()));
    }

    private void buildOnce() throws IOException {
        assertThat(build()).isZero();
        assertThat(mavenCalls()).hasSize(1);
        ageTheStamp();
    }

    private int build() {
        return build(Map.of());
    }

    private int build(Map<String, String> environment) {
        StackTool.Result result = make(environment, "build");
        return result.exitCode();
    }

    private boolean upToDate() {
        return make(Map.of(), "-q", "build").exitCode() == 0;
    }

    private StackTool.Result make(Map<String, String> extra, String... arguments) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("FAKE_MVN_LOG", mavenLog.toString());
        // Not the flags of a make that runs these tests (make test): this make runs on its own.
        environment.put("MAKEFLAGS", null);
        environment.put("MAKELEVEL", null);
        List<String> command = Stream.concat(Stream.of(make, "-s", "MVN=" + project.resolve("fake-mvn.sh")),
                Stream.of(arguments)).toList();
        return StackTool.run(project, environment, command);
    }

    private List<String> mavenCalls() throws IOException {
        return Files.exists(mavenLog) ? Files.readAllLines(mavenLog) : List.of();
    }

    /**
     * Sets the stamp ten minutes back, still after every input: a change the test makes next is then newer by
     * minutes, whatever the file system's timestamp resolution.
     */
    private void ageTheStamp() throws IOException {
        Files.setLastModifiedTime(project.resolve("target/classpath.txt"),
                FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));
    }

    private void agePast(Instant time) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(time));
            }
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
