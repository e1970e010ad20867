package io.pokeapi.suite.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The Compose stack's configuration files under {@code config/}, as the tests read them. */
public final class StackFiles {

    public static final Path PROMETHEUS = Path.of("config/prometheus/prometheus.yml");
    public static final Path ALERTING_RULES = Path.of("config/prometheus/alerting_rules.yml");
    /** Generated from config/slo.yml by bin/suite slo-rules. */
    public static final Path SLO_RULES = Path.of("config/prometheus/slo_rules.yml");
    public static final Path RULE_TESTS = Path.of("config/prometheus/tests");
    public static final Path DATASOURCES = Path.of("config/grafana/provisioning/datasources/datasources.yml");
    public static final Path DASHBOARD_PROVIDERS = Path.of("config/grafana/provisioning/dashboards/dashboards.yml");
    public static final Path DASHBOARDS = Path.of("config/grafana/dashboards");
    public static final Path PROMTAIL = Path.of("config/promtail/promtail-config.yml");

    private StackFiles() {
    }

    /** A YAML file's top-level mapping. */
    public static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a folder whose names end with {@code suffix}, sorted. */
    public static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value of a YAML mapping that is itself a mapping or a list, for navigating parsed YAML. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object mapping, String key) {
        return (T) ((Map<String, Object>) mapping).get(key);
    }
}
