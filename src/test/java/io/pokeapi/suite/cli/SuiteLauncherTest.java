package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/suite, which the make targets call and CI may call directly: it keeps the suite's exit codes, which make
 * turns into 2 on any failure, and neither it nor make prints terminal escape codes into a log.
 */
class SuiteLauncherTest {

    private static final String LAUNCHER = "bin/suite";

    @TempDir
    Path work;

    @Test
    void aScenarioThatFailsExitsWith1() throws Exception {
        Path data = FixtureVariant.copyOfBundled(work.resolve("data"));
        FixtureVariant.edit(data, "pokemon", 25, pikachu -> pikachu.remove("base_experience"));

        SuiteProcess.Result result = launch(Map.of("TARGET", "replica", "REPLICA_DATA", data.toString(),
                "TAGS", "@contract and @pokemon", "RETRIES", "0"), "run");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
        assertThat(result.out()).contains("✘ The Pokémon pikachu honours the Pokémon contract");
    }

    @Test
    void anUnreachableTargetExitsWith2() throws Exception {
        String baseUrl = "http://127.0.0.1:" + closedPort() + "/api/v2";

        SuiteProcess.Result result = launch(Map.of("TARGET", "live", "POKEAPI_BASE_URL", baseUrl), "smoke");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.CANNOT_RUN);
        assertThat(result.err()).contains("PokéAPI at " + baseUrl + " is unreachable");
    }

    @Test
    void anUnknownCommandExitsWith2AndSaysWhichCommandsThereAre() throws Exception {
        SuiteProcess.Result result = launch(Map.of(), "smok");

        assertThat(result.exitCode()).isEqualTo(Main.CANNOT_RUN);
        assertThat(result.err()).contains("Unknown command: smok").contains("Usage: bin/suite <run|smoke|");
    }

    @Test
    void makeSmokeAgainstTheReplicaPassesAndPrintsNoEscapeCode() throws Exception {
        SuiteProcess.Result result = SuiteProcess.runCommand(Map.of("REPORTS_DIR", work.resolve("reports").toString()),
                work, List.of("make", "smoke", "TARGET=replica"));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("(\\d+) scenarios \\(\\1 passed\\)");
        assertThat(result.all().lines().filter(line -> line.indexOf('\u001b') >= 0).toList())
                .as("lines holding an escape code").isEmpty();
    }

    private SuiteProcess.Result launch(Map<String, String> settings, String command)
            throws IOException, InterruptedException {
        Map<String, String> withReports = new HashMap<>(settings);
        withReports.put("REPORTS_DIR", work.resolve("reports").toString());
        return SuiteProcess.runCommand(withReports, work, List.of(LAUNCHER, command));
    }

    /** A port nothing listens on: one the system just handed out and that was closed again. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
