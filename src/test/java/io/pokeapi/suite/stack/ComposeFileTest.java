package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker-compose.yml keeps the stack's rules: pinned images, health checks, loopback ports, secrets from .env. */
class ComposeFileTest {

    /** The volumes the infrastructure's description names, which operators back up and clean by name. */
    private static final List<String> DOCUMENTED_VOLUMES = List.of("postgres-data", "pgadmin-data",
            "reportportal-postgres-data", "prometheus-data", "grafana-data", "loki-data");
    private static final String NETWORK = "pokeapi-network";
    private static final String REPORTPORTAL = "reportportal";
    /** A tag that names a version: it has a digit, and is not one of the moving tags. */
    private static final Pattern VERSION_TAG = Pattern.compile("(?!latest$|stable$|main$|edge$)[\\w.-]*\\d[\\w.-]*");
    private static final String LOOPBACK_BY_DEFAULT = "${BIND_ADDRESS:-127.0.0.1}:";

    private static ComposeFile compose;

    @BeforeAll
    static void read() throws IOException {
        compose = ComposeFile.read(StackTool.ROOT.resolve("docker-compose.yml"));
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        compose.services().forEach((name, service) -> {
            String image = String.valueOf(service.get("image"));
            assertThat(service).as("%s names its image", name).containsKey("image");
            String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
            assertThat(afterRegistry).as("%s's image %s has a tag", name, image).contains(":");
            String tag = afterRegistry.substring(afterRegistry.indexOf(':') + 1);
            if (service.containsKey("build")) {
                // Built here from the Dockerfile, whose own base images DockerfileTest checks.
                assertThat(tag).as("%s's image %s", name, image).isNotBlank().isNotEqualTo("latest");
            } else {
                assertThat(tag).as("%s's image %s", name, image).matches(VERSION_TAG);
            }
        });
    }

    @Test
    void everyServiceHasAHealthCheckOrSaysWhyNot() {
        compose.services().forEach((name, service) -> {
            Object reason = service.get("x-healthcheck-none");
            Map<String, Object> healthcheck = ComposeFile.map(service.get("healthcheck"));
            if (!healthcheck.isEmpty()) {
                assertThat(reason).as("%s has a health check and a reason for none", name).isNull();
                assertThat(healthcheck.get("disable")).as("%s's health check is disabled", name).isNull();
                assertThat(healthcheck.get("test")).as("%s's health check test", name).isInstanceOf(List.class);
                assertThat((List<?>) healthcheck.get("test")).as("%s's health check test", name).hasSizeGreaterThan(1);
                assertThat(healthcheck).as("%s's health check", name).containsKeys("interval", "timeout", "retries");
            } else {
                assertThat(reason).as("%s has no health check: x-healthcheck-none says why", name)
                        .isInstanceOf(String.class);
                assertThat(((String) reason).length()).as("%s's reason for no health check", name).isGreaterThan(40);
            }
        });
    }

    @Test
    void everyPublishedPortBindsToLoopbackUnlessBindAddressSaysOtherwise() {
        compose.rawServices().forEach((name, service) -> {
            for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
                assertThat(port).as("%s publishes %s", name, port).isInstanceOf(String.class);
                assertThat((String) port).as("%s's port", name).startsWith(LOOPBACK_BY_DEFAULT);
            }
        });
        compose.services().forEach((name, service) -> {
            for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
                assertThat((String) port).as("%s's port with no variable set", name).matches("127\\.0\\.0\\.1:\\d+:\\d+");
            }
        });
    }

    @Test
    void dependenciesWaitForHealthOrCompletionOfServicesThatStartWithThem() {
        Map<String, Map<String, Object>> services = compose.services();
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as("%s's depends_on names conditions", name).isInstanceOf(Map.class);
            ComposeFile.mapOfMaps(dependsOn).forEach((dependency, condition) -> {
                assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
                Map<String, Object> target = services.get(dependency);
                assertThat(profiles(target)).as("%s depends on %s, which must start with it", name, dependency)
                        .isSubsetOf(profiles(service));
                switch (String.valueOf(condition.get("condition"))) {
                    case "service_healthy" -> assertThat(target).as("%s waits for %s to be healthy", name, dependency)
                            .containsKey("healthcheck");
                    case "service_completed_successfully" -> assertThat(target.get("restart"))
                            .as("%s waits for %s to complete, so it must not restart forever", name, dependency)
                            .isIn("on-failure", "no");
                    default -> throw new AssertionError(name + " depends on " + dependency
                            + " without waiting for its health or completion: " + condition);
                }
            });
        });
    }

    @Test
    void theDocumentedVolumesExistAndEveryNamedVolumeIsDeclared() {
        Set<String> declared = ComposeFile.mapOfMaps(compose.withDefaults().get("volumes")).keySet();
        assertThat(declared).containsAll(DOCUMENTED_VOLUMES);
        Set<String> used = new TreeSet<>();
        compose.services().forEach((name, service) -> {
            for (Object volume : (List<?>) service.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(volume).split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    assertThat(declared).as("%s mounts the named volume %s", name, source).contains(source);
                    used.add(source);
                }
            }
        });
        assertThat(used).as("volumes some service mounts").containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyServiceIsOnTheStacksNetworksAndReportPortalKeepsToItsProfile() {
        Map<String, Map<String, Object>> networks = ComposeFile.mapOfMaps(compose.withDefaults().get("networks"));
        assertThat(networks).containsKey(NETWORK);
        assertThat(networks.get(NETWORK)).containsEntry("driver", "bridge").containsEntry("name", NETWORK);
        compose.services().forEach((name, service) -> {
            List<String> joined = ComposeFile.names(service.get("networks"));
            assertThat(networks.keySet()).as("%s's networks", name).containsAll(joined);
            if (name.startsWith("reportportal-")) {
                assertThat(profiles(service)).as("%s's profiles", name).containsExactly(REPORTPORTAL);
                assertThat(joined).as("%s's networks", name).contains(REPORTPORTAL);
            } else {
                assertThat(profiles(service)).as("%s starts with the stack", name).isEmpty();
                assertThat(joined).as("%s's networks", name).containsExactly(NETWORK);
            }
            assertThat(service.get("restart")).as("%s's restart policy", name).isIn("unless-stopped", "on-failure");
        });
        // The test runner reaches ReportPortal through its gateway, the one service on both networks.
        assertThat(ComposeFile.names(compose.services().get("reportportal-gateway").get("networks")))
                .containsExactlyInAnyOrder(REPORTPORTAL, NETWORK);
    }

    @Test
    void theTestRunnerServesAndItsHealthCheckAsksHealth() {
        Map<String, Object> runner = compose.services().get("test-runner");
        assertThat(runner.get("command")).isEqualTo(List.of("serve"));
        assertThat(runner.get("build")).isInstanceOf(Map.class);
        Map<?, ?> environment = (Map<?, ?>) runner.get("environment");
        assertThat(environment.get("LOG_FORMAT")).isEqualTo("json");
        assertThat(environment.get("PROMETHEUS_PORT")).isEqualTo("8000");
        assertThat(environment.get("POSTGRES_HOST")).isEqualTo("postgres");
        assertThat(String.join(" ", healthTest(runner))).contains("http://localhost:8000/health");
        assertThat(runner.get("ports")).isEqualTo(List.of("127.0.0.1:8000:8000"));
        assertThat(ComposeFile.mapOfMaps(runner.get("depends_on")).get("postgres"))
                .containsEntry("condition", "service_healthy");
    }

    @Test
    void passwordsAndTokensComeFromTheEnvironmentAndTheRequiredOnesSayWhereToSetThem() {
        Pattern secret = Pattern.compile(".*(PASSWORD|PASS|TOKEN|SECRET).*");
        compose.rawServices().forEach((name, service) -> {
            if (service.get("environment") instanceof Map<?, ?> environment) {
                environment.forEach((key, value) -> {
                    if (secret.matcher(String.valueOf(key)).matches()) {
                        assertThat(String.valueOf(value)).as("%s's %s", name, key).startsWith("${");
                    }
                });
            }
        });
        Matcher required = Pattern.compile("\\$\\{(\\w+):\\?([^}]*)}").matcher(rawText());
        int count = 0;
        while (required.find()) {
            count++;
            assertThat(required.group(2)).as("message of required %s", required.group(1)).contains(".env");
        }
        assertThat(count).as("required variables").isPositive();
    }

    @Test
    void theEnvExampleListsEveryVariableTheStackReads() throws IOException {
        String example = Files.readString(StackTool.ROOT.resolve(".env.example"));
        for (String variable : compose.variables()) {
            assertThat(example).as(".env.example line for %s", variable)
                    .containsPattern("(?m)^#? ?" + variable + "=");
        }
        Matcher required = Pattern.compile("\\$\\{(\\w+):\\?").matcher(rawText());
        while (required.find()) {
            assertThat(example).as(".env.example placeholder for the required %s", required.group(1))
                    .containsPattern("(?m)^" + required.group(1) + "=change-me");
        }
    }

    private static String rawText() {
        try {
            return Files.readString(StackTool.ROOT.resolve("docker-compose.yml"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> profiles(Map<String, Object> service) {
        return ComposeFile.names(service.get("profiles"));
    }

    private static List<String> healthTest(Map<String, Object> service) {
        return ((List<?>) ((Map<?, ?>) service.get("healthcheck")).get("test")).stream().map(String::valueOf).toList();
    }
}
