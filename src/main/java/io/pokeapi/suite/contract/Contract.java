package io.pokeapi.suite.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Violation> violations = new LinkedHashMap<>();
        for (FieldRule rule : rules) {
            checkRule(rule, rule.steps(), 0, document, "", violations);
        }
        return new ArrayList<>(violations.values());
    }

    private void checkRule(FieldRule rule, List<String> steps, int index, JsonElement current, String at,
            Map<String, Violation> violations) {
        String step = steps.get(index);
        boolean eachElement = step.endsWith(ELEMENTS);
        String field = eachElement ? step.substring(0, step.length() - ELEMENTS.length()) : step;
        String path = at.isEmpty() ? field : at + "." + field;
        if (!(current instanceof JsonObject object)) {
            String parent = at.isEmpty() ? "(document)" : at;
            violations.putIfAbsent(parent, new Violation(parent, "object", JsonKind.of(current).toString()));
            return;
        }
        if (!object.has(field)) {
            violations.putIfAbsent(path, new Violation(path, expectedAt(rule, steps, index), "missing"));
            return;
        }
        JsonElement value = object.get(field);
        boolean last = index == steps.size() - 1;
        if (eachElement) {
            if (!value.isJsonArray()) {
                violations.putIfAbsent(path, new Violation(path, "array", JsonKind.of(value).toString()));
                return;
            }
            JsonArray elements = value.getAsJsonArray();
            for (int i = 0; i < elements.size(); i++) {
                String elementPath = path + "[" + i + "]";
                if (last) {
                    checkKind(rule, elements.get(i), elementPath, violations);
                } else {
                    checkRule(rule, steps, index + 1, elements.get(i), elementPath, violations);
                }
            }
        } else if (last) {
            checkKind(rule, value, path, violations);
        } else if (!value.isJsonObject()) {
            if (!(value.isJsonNull() && rule.allowed().contains(JsonKind.NULL))) {
                violations.putIfAbsent(path, new Violation(path, "object", JsonKind.of(value).toString()));
            }
        } else {
            checkRule(rule, steps, index + 1, value, path, violations);
        }
    }

    private static void checkKind(FieldRule rule, JsonElement value, String path, Map<String, Violation> violations) {
        JsonKind actual = JsonKind.of(value);
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
