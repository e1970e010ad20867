package io.pokeapi.suite.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What config/promtail/promtail-config.yml does with the suite's lines: the one {@code json} stage's
 * expressions, the labels, structured metadata and timestamp the stages beside it take from them, the selector
 * of the {@code match} stage around them, and the labels its relabel rules give every container's lines.
 *
 * @param selector the LogQL stream selector of the {@code match} stage holding the json stage, or empty
 * @param expressions the json stage's extracted names and their JMESPath expressions
 * @param labels label names and the extracted names they come from
 * @param structuredMetadata structured metadata names and the extracted names they come from
 * @param timestampSource the extracted name the timestamp stage reads
 * @param timestampFormat its format, such as {@code RFC3339Nano}
 * @param relabelledLabels the target labels of the relabel rules
 */
record PromtailPipeline(String selector, Map<String, String> expressions, Map<String, String> labels,
                        Map<String, String> structuredMetadata, String timestampSource, String timestampFormat,
                        Set<String> relabelledLabels) {

    static Path config() {
        return ProjectYaml.root().resolve("config/promtail/promtail-config.yml");
    }

    static PromtailPipeline read(Path config) throws IOException {
        Map<Object, Object> document = ProjectYaml.read(config);
        List<String> selectors = new ArrayList<>();
        List<List<?>> jsonStageLists = new ArrayList<>();
        Set<String> relabelled = new LinkedHashSet<>();
        for (Object scrape : ProjectYaml.list(document.get("scrape_configs"), "scrape_configs")) {
            Map<Object, Object> job = ProjectYaml.map(scrape, "a scrape config");
            if (job.get("relabel_configs") != null) {
                for (Object rule : ProjectYaml.list(job.get("relabel_configs"), "relabel_configs")) {
                    Object target = ProjectYaml.map(rule, "a relabel rule").get("target_label");
                    if (target != null) {
                        relabelled.add(target.toString());
                    }
                }
            }
            if (job.get("pipeline_stages") != null) {
                collectJsonStages(ProjectYaml.list(job.get("pipeline_stages"), "pipeline_stages"), "", selectors,
                        jsonStageLists);
            }
        }
        if (jsonStageLists.size() != 1) {
            throw new AssertionError(config + " must have exactly one json stage, for the suite's lines, but has "
                    + jsonStageLists.size());
        }
        List<?> stages = jsonStageLists.get(0);
        Map<String, String> expressions = names(stage(stages, "json"), "expressions");
        Map<Object, Object> timestamp = ProjectYaml.map(stage(stages, "timestamp"), "the timestamp stage");
        return new PromtailPipeline(selectors.get(0), expressions, names(stage(stages, "labels"), null),
                names(stage(stages, "structured_metadata"), null), String.valueOf(timestamp.get("source")),
                String.valueOf(timestamp.get("format")), relabelled);
    }

    /** Finds the stage lists holding a json stage, match stages' nested lists included, with their selectors. */
    private static void collectJsonStages(List<?> stages, String selector, List<String> selectors,
                                          List<List<?>> found) {
        for (Object entry : stages) {
            Map<Object, Object> stage = ProjectYaml.map(entry, "a pipeline stage");
            if (stage.containsKey("json")) {
                selectors.add(selector);
                found.add(stages);
            }
            if (stage.get("match") != null) {
                Map<Object, Object> match = ProjectYaml.map(stage.get("match"), "a match stage");
                collectJsonStages(ProjectYaml.list(match.get("stages"), "a match stage's stages"),
                        String.valueOf(match.get("selector")), selectors, found);
            }
        }
    }

    /** The body of the stage of that type in the list; empty when there is none. */
    private static Object stage(List<?> stages, String type) {
        return stages.stream().map(entry -> ProjectYaml.map(entry, "a pipeline stage"))
                .filter(stage -> stage.containsKey(type)).map(stage -> stage.get(type)).findFirst()
                .orElse(Map.of());
    }

    /**
     * Name-to-source pairs of a stage's mapping (or of its {@code key} within it); a name without a source is
     * its own source, as in Promtail.
     */
    private static Map<String, String> names(Object stage, String key) {
        Map<Object, Object> body = ProjectYaml.map(stage, "a pipeline stage");
        Object pairs = key == null ? body : body.get(key);
        Map<String, String> names = new LinkedHashMap<>();
        ProjectYaml.map(pairs, "the stage's names").forEach((name, source) -> names.put(name.toString(),
                source == null || source.toString().isEmpty() ? name.toString() : source.toString()));
        return names;
    }
}
