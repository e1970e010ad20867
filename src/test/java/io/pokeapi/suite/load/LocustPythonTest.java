package io.pokeapi.suite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Locust metrics tests ask for the Prometheus client in the Python that runs Locust, not in any Python. */
class LocustPythonTest {

    @TempDir
    Path work;

    @Test
    void theMetricsCheckAsksThePythonThatRunsLocust() throws Exception {
        Path direct = Files.writeString(work.resolve("direct"), "#!/usr/bin/python3\nimport locust\n");
        Path throughEnv = Files.writeString(work.resolve("env"), "#!/usr/bin/env python3.11 -u\nimport locust\n");
        Path binary = Files.write(work.resolve("binary"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1});

        assertThat(LocustRun.pythonOf(direct)).isEqualTo("/usr/bin/python3");
        assertThat(LocustRun.pythonOf(throughEnv)).isEqualTo("python3.11");
        assertThat(LocustRun.pythonOf(binary)).isEqualTo("python3");
    }
}
