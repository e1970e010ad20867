package io.pokeapi.suite.slo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * config/slo.yml turned into the text of a Prometheus rule file: what {@code bin/suite slo-rules} writes into
 * config/prometheus/slo_rules.yml, and what the tests compare that file with.
 */
public final class SloRuleFile {

    /** The objectives, which people edit. */
    public static final Path CONFIG = Path.of("config", "slo.yml");
    /** The rules generated from them, which Prometheus reads. */
    public static final Path RULES = Path.of("config", "prometheus", "slo_rules.yml");

    /**
     * Block style, sequences indented under their key, multi-line expressions as literal blocks and long annotations
     * folded over plain lines, as yamllint and people like them.
     */
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .stringQuotingChecker(new PlainWherePossible()).build())
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.LITERAL_BLOCK_STYLE,
                    YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private SloRuleFile() {
    }

    /**
     * The rule file of the objectives in {@code config}, with windows shortened by {@code scale}.
     *
     * @throws InvalidSloException in one line, when {@code config} is missing or wrong
     */
    public static String generate(Path config, TimeScale scale) {
        Map<String, Object> rules = SloRules.of(SloFile.read(config), scale);
        return String.join("\n", header(config, scale)) + "\n" + YAML.writeValueAsString(rules);
    }

    /**
     * Quotes a value only where it would read as something else than a string (true, null, a number); the
     * emitter quotes what cannot be plain YAML, such as a value starting with the {{ of an annotation's template.
     * Jackson's default checker quotes any value holding a brace or a comma, and a quoted annotation splits into
     * lines ending with escapes.
     */
    private static final class PlainWherePossible extends StringQuotingChecker {

        @Override
        public boolean needToQuoteName(String name) {
            return StringQuotingChecker.Default.instance().needToQuoteName(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return value.isEmpty() || isReservedKeyword(value) || looksLikeYAMLNumber(value);
        }
    }

    private static List<String> header(Path config, TimeScale scale) {
        String source = config.toString().replace('\\', '/');
        List<String> real = List.of(
                "# Generated from " + source + " by bin/suite slo-rules (make slo-rules): edit that file, then run it;",
                "# a test fails while this file differs from what " + source + " generates.",
                "#",
                "# Per objective: its target (" + SloRules.OBJECTIVE + "), each endpoint's share of bad",
                "# requests over each window and over the period (" + SloRules.ERROR_RATIO + "<window>), and",
                "# multiwindow, multi-burn-rate alerts on those shares, as in the Google SRE workbook's"
                        + " \"Alerting on SLOs\".");
        if (scale.isReal()) {
            return real;
        }
        return List.of("# FOR TESTS ONLY: every window " + scale.factor() + " times shorter than " + source
                + " says.", real.get(3), real.get(4), real.get(5));
    }
}
