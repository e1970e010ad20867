package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker Compose itself accepts the stack: the main file, with the ReportPortal profile, and with the
 * override example, given a .env made from .env.example; and it refuses to go on without the secrets.
 */
class ComposeConfigTest {

    private static final String UNCHECKED = "the Compose files were not validated by Docker Compose";
    private static final String UNSET = "variable is not set";

    @TempDir
    Path work;

    @Test
    void theMainFileIsValidWithTheEnvExample() throws IOException {
        StackTool.Result config = config(envFile(), List.of(), "config", "-q");

        assertThat(config.succeeded()).as(config.output()).isTrue();
        assertThat(config.output()).doesNotContain(UNSET);
    }

    @Test
    void theReportPortalProfileIsValid() throws IOException {
        StackTool.Result config = config(envFile(), List.of("--profile", "reportportal"), "config", "-q");

        assertThat(config.succeeded()).as(config.output()).isTrue();
        assertThat(config.output()).doesNotContain(UNSET);
    }

    @Test
    void theOverrideExampleMergesItsLimitsOverTheMainFile() throws IOException {
        List<String> files = List.of("-f", "docker-compose.override.yml.example");
        StackTool.Result check = config(envFile(), files, "config", "-q");
        assertThat(check.succeeded()).as(check.output()).isTrue();

        Map<String, Map<String, Object>> services = services(config(envFile(), files, "config"));

        assertThat(limits(services.get("test-runner"))).containsKeys("cpus", "memory");
        assertThat(limits(services.get("postgres"))).containsKeys("cpus", "memory");
        assertThat(limits(services.get("reportportal-api"))).containsKey("memory");
        assertThat(String.valueOf(services.get("postgres").get("command")))
                .contains("shared_preload_libraries=pg_stat_statements", "shared_buffers=256MB");
        // What the override leaves alone stays as the main file has it.
        assertThat(services.get("test-runner").get("command")).isEqualTo(List.of("serve"));
    }

    @Test
    void theTestRunnerRequiresAToken() throws IOException {
        Map<String, Object> environment = ComposeFile.map(services(config(envFile("RUNNER_RUNS_TOKEN="
                + "a-token-0123456789abcdef"), List.of(), "config")).get("test-runner").get("environment"));
        assertThat(environment.get("RUNS_TOKEN")).isEqualTo("a-token-0123456789abcdef");

        Path withoutToken = Files.writeString(work.resolve("no-token.env"), Files.readAllLines(envFile()).stream()
                .filter(line -> !line.startsWith("RUNNER_RUNS_TOKEN=")).collect(Collectors.joining("\n")) + "\n");
        StackTool.Result config = config(withoutToken, List.of(), "config", "-q");
        assertThat(config.exitCode()).as(config.output()).isNotZero();
        assertThat(config.output()).contains("Set RUNNER_RUNS_TOKEN in .env (see .env.example)");
    }

    @Test
    void withoutTheSecretsComposeStopsAndSaysWhereToSetThem() throws IOException {
        Path empty = Files.writeString(work.resolve("empty.env"), "# nothing set\n");

        StackTool.Result config = config(empty, List.of(), "config", "-q");

        assertThat(config.exitCode()).as(config.output()).isNotZero();
        assertThat(config.output()).containsPattern("Set \\w*(PASSWORD|TOKEN) in \\.env \\(see \\.env\\.example\\)");
    }

    @Test
    void publishedPortsBindToLoopbackUnlessBindAddressSaysOtherwise() throws IOException {
        Map<String, Map<String, Object>> byDefault =
                services(config(envFile(), List.of("--profile", "reportportal"), "config"));
        Map<String, Map<String, Object>> everywhere =
                services(config(envFile("BIND_ADDRESS=0.0.0.0"), List.of("--profile", "reportportal"), "config"));

        List<String> defaultHosts = new ArrayList<>();
        byDefault.values().forEach(service -> defaultHosts.addAll(hostAddresses(service)));
        List<String> chosenHosts = new ArrayList<>();
        everywhere.values().forEach(service -> chosenHosts.addAll(hostAddresses(service)));

        int published = ComposeFile.read(StackTool.ROOT.resolve("docker-compose.yml")).services().values().stream()
                .mapToInt(service -> ((List<?>) service.getOrDefault("ports", List.of())).size())
                .sum();
        assertThat(defaultHosts).hasSize(published).containsOnly("127.0.0.1");
        assertThat(chosenHosts).hasSameSizeAs(defaultHosts).containsOnly("0.0.0.0");
    }

    private Path envFile(String... extraLines) throws IOException {
        return StackTool.envFileFromExample(work, extraLines);
    }

    /** Compose run from the project's folder on docker-compose.yml and {@code files}, with only that env file. */
    private StackTool.Result config(Path envFile, List<String> options, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(StackTool.compose(UNCHECKED));
        command.addAll(List.of("--env-file", envFile.toString(), "-f", "docker-compose.yml"));
        command.addAll(options);
        command.addAll(List.of(arguments));
        return StackTool.run(StackTool.ROOT, isolatedEnvironment(), command);
    }

    /** The stack's variables removed from the environment, so that only the env file sets them. */
    private static Map<String, String> isolatedEnvironment() throws IOException {
        Map<String, String> removed = new HashMap<>();
        Matcher variable = Pattern.compile("(?m)^#? ?(\\w+)=").matcher(Files.readString(StackTool.ROOT.resolve(".env.example")));
        while (variable.find()) {
            removed.put(variable.group(1), null);
        }
        removed.put("COMPOSE_FILE", null);
        return removed;
    }

    private static Map<String, Map<String, Object>> services(StackTool.Result config) {
        assertThat(config.succeeded()).as(config.output()).isTrue();
        // Warnings, if any, come before the document.
        String output = config.output();
        int start = output.indexOf("services:");
        int documentStart = output.lastIndexOf('\n', start) + 1;
        Map<String, Object> resolved = new Yaml().load(output.substring(Math.min(documentStart, start)));
        return ComposeFile.mapOfMaps(resolved.get("services"));
    }

    private static Map<String, Object> limits(Map<String, Object> service) {
        return ComposeFile.map(ComposeFile.map(ComposeFile.map(service.get("deploy")).get("resources")).get("limits"));
    }

    /**
     * The host address of each published port: docker-compose v1 writes {@code 127.0.0.1:8000:8000/tcp},
     * v2 a mapping with {@code host_ip}.
     */
    private static List<String> hostAddresses(Map<String, Object> service) {
        List<String> hosts = new ArrayList<>();
        for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
            if (port instanceof Map<?, ?> longSyntax) {
                hosts.add(String.valueOf(longSyntax.get("host_ip")));
            } else {
                String[] parts = String.valueOf(port).split(":");
                hosts.add(parts.length == 3 ? parts[0] : "(all addresses) " + port);
            }
        }
        return hosts;
    }
}
