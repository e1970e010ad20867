package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A tool counts as there only when it works: a command that fails or cannot start means a missing tool. */
class StackToolTest {

    private static final List<String> FAILING = List.of("sh", "-c", "echo 'No module named prometheus_client'; exit 1");

    @Test
    void aCommandThatExitsZeroWorksAndOneThatExitsNonZeroOrCannotStartDoesNot() {
        assertThat(StackTool.works(List.of("sh", "-c", "exit 0"))).isTrue();
        assertThat(StackTool.works(FAILING)).isFalse();
        assertThat(StackTool.works(List.of("/no/such/tool-" + UUID.randomUUID()))).isFalse();
    }

    @Test
    void aToolWhoseCheckFailsSkipsItsTestsWithOneSkippedLine() {
        String tool = "partly-installed-" + UUID.randomUUID();
        String printed = printedBy(() -> {
            for (int test = 0; test < 2; test++) {
                assertThatThrownBy(() -> StackTool.requireWorking(tool, FAILING, "apt-get install " + tool,
                        "its checks did not run")).isInstanceOf(TestAbortedException.class);
            }
        });

        assertThat(printed.lines()).as("one line for the tool, however many tests it skips").singleElement()
                .isEqualTo("SKIPPED: " + tool + " is not installed (" + String.join(" ", FAILING) + " failed) "
                        + "(apt-get install " + tool + "), so its checks did not run");
    }

    @Test
    void aToolWhoseCheckWorksLetsItsTestsRun() {
        assertThatCode(() -> StackTool.requireWorking("sh", List.of("sh", "-c", "exit 0"), "apt-get install dash",
                "nothing")).doesNotThrowAnyException();
    }

    private static String printedBy(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
