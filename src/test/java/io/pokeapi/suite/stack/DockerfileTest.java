package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test runner's image: pinned bases, the dependencies in a layer before the sources, a JRE-only
 * runtime as a user other than root, the serve mode, JSON logs and a health check on /health. The tests
 * read the Dockerfile; they have no Docker engine to build it with.
 */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);

    private static String dockerfile;
    private static String runtimeStage;

    @BeforeAll
    static void read() throws IOException {
        dockerfile = Files.readString(StackTool.ROOT.resolve("Dockerfile"));
        Matcher from = FROM.matcher(dockerfile);
        int lastFrom = -1;
        while (from.find()) {
            lastFrom = from.start();
        }
        runtimeStage = dockerfile.substring(lastFrom);
    }

    @Test
    void buildsOnAPinnedMavenImageAndRunsOnAPinnedJre() {
        Matcher from = FROM.matcher(dockerfile);
        assertThat(from.find()).isTrue();
        assertThat(from.group(1)).matches("maven:3\\.9\\.\\d+-eclipse-temurin-17");
        assertThat(from.find()).isTrue();
        assertThat(from.group(1)).matches("eclipse-temurin:17\\.0\\.\\d+_\\d+-jre(-\\w+)?");
        assertThat(from.find()).as("a third stage").isFalse();
    }

    @Test
    void resolvesTheDependenciesInALayerBeforeTheSourcesAndBuildsOffline() {
        int pom = dockerfile.indexOf("COPY pom.xml");
        int resolve = dockerfile.indexOf("dependency:resolve dependency:resolve-plugins");
        int sources = dockerfile.indexOf("COPY src");
        int build = dockerfile.indexOf("mvn -B -q -o ");
        assertThat(pom).isPositive();
        assertThat(List.of(pom, resolve, sources, build)).isSorted().doesNotContain(-1);
        assertThat(dockerfile).contains("dependency:copy-dependencies", "-DincludeScope=runtime",
                "-DoutputDirectory=target/lib");
    }

    @Test
    void theRuntimeHoldsClassesJarsAndFeaturesAndRunsTheServeModeAsAnotherUserThanRoot() {
        assertThat(runtimeStage).contains("COPY --from=build /build/target/lib/ /app/lib/",
                "COPY --from=build /build/target/classes/ /app/classes/", "COPY features/ /app/features/");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(runtimeStage);
        assertThat(user.find()).as("a USER instruction").isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(runtimeStage).contains(
                "ENTRYPOINT [\"java\", \"-cp\", \"/app/classes:/app/lib/*\", \"io.pokeapi.suite.cli.Main\"]",
                "CMD [\"serve\"]");
        assertThat(runtimeStage).containsPattern("LOG_FORMAT=json");
        assertThat(runtimeStage).doesNotContain("mvn ");
    }

    @Test
    void theHealthCheckAsksTheServeModesHealthWithCurlWhichTheImageInstalls() {
        int install = runtimeStage.indexOf("apt-get install -y --no-install-recommends curl");
        int healthcheck = runtimeStage.indexOf("HEALTHCHECK");
        assertThat(install).as("curl installed in the runtime stage").isPositive();
        assertThat(healthcheck).isGreaterThan(install);
        assertThat(runtimeStage.substring(healthcheck)).contains("curl", "/health", "${PROMETHEUS_PORT}");
    }

    @Test
    void theBuildContextLeavesOutSecretsAndBuildOutput() throws IOException {
        List<String> ignore = Files.readAllLines(StackTool.ROOT.resolve(".dockerignore"));
        assertThat(ignore).contains("*", "!pom.xml", "!src/", "!features/", "**/.env", "**/.env.*");
        assertThat(ignore.indexOf("**/.env")).as("the .env rule comes after the inclusions")
                .isGreaterThan(ignore.indexOf("!src/"));
        assertThat(Files.readAllLines(StackTool.ROOT.resolve(".gitignore"))).contains(".env");
    }
}
