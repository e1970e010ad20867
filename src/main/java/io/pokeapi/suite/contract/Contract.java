package io.pokeapi.suite.contract;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The fields a document must carry and their JSON types. Fields the contract does not name are
 * allowed, so that PokéAPI can add fields without breaking the suite; history tracks those.
 */
public final class Contract {

    private static final String ELEMENTS = "[]";

    private final String name;
    private final List<FieldRule> rules;

    public Contract(String name, List<FieldRule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
    }

    public String name() {
        return name;
    }

    public List<FieldRule> rules() {
        return rules;
    }

    /** The contract as its table reads, for a scenario's report. */
    public String describe() {
        StringBuilder table = new StringBuilder("The " + name + " contract:");
        rules.forEach(rule -> table.append("\n  ").append(rule.path()).append(": ").append(rule.describeAllowed()));
        return table.toString();
    }

    /** Every violation in the document at once, in contract order, one per concrete path. */
    public List<Violation> check(JsonElement document) {
        return check(document, JsonTree.GSON);
    }

    /** As {@link #check(JsonElement)}, over Jackson's tree of the document. */
    public List<Violation> check(JsonNode document) {
        return check(document, JsonTree.JACKSON);
    }

    private <N> List<Violation> check(N document, JsonTree<N> tree) {
        Map<String, Violation> violations = new LinkedHashMap<>();
        for (FieldRule rule : rules) {
            checkRule(tree, rule, 0, document, "", violations);
        }
        return new ArrayList<>(violations.values());
    }

    private <N> void checkRule(JsonTree<N> tree, FieldRule rule, int index, N current, String at,
            Map<String, Violation> violations) {
        List<String> steps = rule.steps();
        String step = steps.get(index);
        boolean eachElement = step.endsWith(ELEMENTS);
        String field = eachElement ? step.substring(0, step.length() - ELEMENTS.length()) : step;
        String path = at.isEmpty() ? field : at + "." + field;
        JsonKind currentKind = tree.kind(current);
        if (currentKind != JsonKind.OBJECT) {
            String parent = at.isEmpty() ? "(document)" : at;
            violations.putIfAbsent(parent, new Violation(parent, "object", currentKind.toString()));
            return;
        }
        N value = tree.field(current, field);
        if (value == null) {
            violations.putIfAbsent(path, new Violation(path, expectedAt(rule, steps, index), "missing"));
            return;
        }
        JsonKind kind = tree.kind(value);
        boolean last = index == steps.size() - 1;
        if (eachElement) {
            if (kind != JsonKind.ARRAY) {
                violations.putIfAbsent(path, new Violation(path, "array", kind.toString()));
                return;
            }
            for (int i = 0; i < tree.size(value); i++) {
                String elementPath = path + "[" + i + "]";
                N element = tree.element(value, i);
                if (last) {
                    checkKind(rule, tree.kind(element), elementPath, violations);
                } else {
                    checkRule(tree, rule, index + 1, element, elementPath, violations);
                }
            }
        } else if (last) {
            checkKind(rule, kind, path, violations);
        } else if (kind != JsonKind.OBJECT) {
            if (!(kind == JsonKind.NULL && rule.allowed().contains(JsonKind.NULL))) {
                violations.putIfAbsent(path, new Violation(path, "object", kind.toString()));
            }
        } else {
            checkRule(tree, rule, index + 1, value, path, violations);
        }
    }

    private static void checkKind(FieldRule rule, JsonKind actual, String path, Map<String, Violation> violations) {
        if (rule.allowed().stream().noneMatch(actual::satisfies)) {
            violations.putIfAbsent(path, new Violation(path, rule.describeAllowed(), actual.toString()));
        }
    }

    private static String expectedAt(FieldRule rule, List<String> steps, int index) {
        if (index == steps.size() - 1) {
            return rule.describeAllowed();
        }
        return steps.get(index).endsWith(ELEMENTS) ? "array" : "object";
    }
}
