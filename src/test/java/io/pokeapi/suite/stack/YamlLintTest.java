package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** yamllint, with the project's .yamllint.yml, on every YAML file of the project. */
class YamlLintTest {

    @TempDir
    Path work;

    @Test
    void everyYamlFileOfTheProjectPassesYamllint() throws Exception {
        Path root = ProjectYaml.root();
        List<Path> files = ProjectYaml.files(root);
        assertThat(files).as("the walk reaches hidden folders and config/").contains(root.resolve(".yamllint.yml"),
                root.resolve(".github/workflows/suite.yml"), root.resolve("config/loki/loki-config.yml"),
                root.resolve("config/promtail/promtail-config.yml"));
        // First, that the rules do reject: indented by three, a key twice, a line of 130 characters.
        Path broken = Files.writeString(work.resolve("broken.yml"),
                "services:\n   loki:\n      image: grafana/loki\n   loki:\n      image: grafana/loki\n"
                        + "comment: " + "x".repeat(121) + "\n");
        Lint rejected = yamllint(List.of(broken));
        assertThat(rejected.exitCode()).as(rejected.output()).isNotZero();
        assertThat(rejected.output()).contains("duplication of key \"loki\"").contains("line too long (130 > 120");

        Lint lint = yamllint(files);

        assertThat(lint.exitCode()).as("yamllint on %d files said:%n%s", files.size(), lint.output()).isZero();
    }

    @Test
    void theWalkLeavesOutBuildOutputAndPackages() throws IOException {
        for (String file : List.of("a.yml", ".github/workflows/b.yaml", "config/c.yml", "target/d.yml",
                "node_modules/e/f.yml", "config/notes.txt")) {
            Path path = work.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "key: value\n");
        }

        assertThat(ProjectYaml.files(work)).containsExactly(work.resolve(".github/workflows/b.yaml"),
                work.resolve("a.yml"), work.resolve("config/c.yml"));
    }

    private record Lint(int exitCode, String output) {
    }

    private static Lint yamllint(List<Path> files) throws IOException, InterruptedException {
        Path yamllint = StackTool.require("yamllint", "apt-get install yamllint", "the YAML files were not linted");
        List<String> command = new ArrayList<>(List.of(yamllint.toString(), "--format", "parsable",
                "--config-file", ProjectYaml.root().resolve(".yamllint.yml").toString()));
        // Relative to the project, as .yamllint.yml's ignore patterns are.
        Path root = ProjectYaml.root().toAbsolutePath();
        files.forEach(file -> command.add(file.toAbsolutePath().startsWith(root)
                ? root.relativize(file.toAbsolutePath()).toString() : file.toString()));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("yamllint did not finish within 60 s");
        }
        return new Lint(process.exitValue(), output);
    }
}
