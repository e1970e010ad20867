package io.pokeapi.suite.observability;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A tool a check needs beyond JDK, Maven and make. Without it on the PATH the check is skipped with exactly one
 * line starting with {@code SKIPPED:}, which CI, having installed every tool, fails on.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    /**
     * The tool on the PATH; otherwise prints the {@code SKIPPED:} line and aborts the test.
     *
     * @param debianPackage the package that installs it
     * @param unchecked     what goes unchecked without it, completing "so …"
     */
    public static Path onPath(String tool, String debianPackage, String unchecked) {
        return TestHttp.onPath(tool).orElseGet(() -> {
            System.out.println("SKIPPED: " + tool + " is not on the PATH (apt-get install " + debianPackage + "), so "
                    + unchecked);
            Assumptions.abort(tool + " is not on the PATH");
            throw new AssertionError("unreachable: the test was aborted");
        });
    }
}
