package io.pokeapi.suite.stack;

import io.pokeapi.suite.observability.TestHttp;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A tool a check needs beyond JDK 17, Maven and make. Without it on the PATH the check is skipped with exactly
 * one {@code SKIPPED:} line on standard output, which CI, having installed every such tool, fails on.
 */
public final class StackTool {

    private StackTool() {
    }

    /**
     * The tool's executable on the PATH; without it, prints the one {@code SKIPPED:} line and aborts the test.
     *
     * @param tool the executable's name, such as {@code yamllint}
     * @param debianPackage the Debian package that installs it
     * @param whatIsSkipped what does not happen without it, such as {@code the YAML files were not linted}
     */
    public static Path require(String tool, String debianPackage, String whatIsSkipped) {
        Path executable = TestHttp.onPath(tool).orElse(null);
        if (executable == null) {
            System.out.println("SKIPPED: " + tool + " is not on the PATH (apt-get install " + debianPackage + "), so "
                    + whatIsSkipped);
            Assumptions.abort(tool + " is not on the PATH");
        }
        return executable;
    }
}
