package io.pokeapi.suite.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.observability.TestHttp;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The Python unit tests of the load test's settings, shape and report (locust/tests). */
class LocustScriptsTest {

    @Test
    void thePythonUnitTestsPass() throws Exception {
        if (TestHttp.onPath("python3").isEmpty()) {
            System.out.println("SKIPPED: python3 is not on the PATH, so locust/tests did not run");
            Assumptions.abort("python3 is not on the PATH");
        }
        Process process = new ProcessBuilder("python3", "-m", "unittest", "discover", "-s", "locust/tests",
                "-p", "test_*.py").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("Ran \\d+ tests").contains("OK");
    }
}
