package io.pokeapi.suite.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The samples of a scrape in the Prometheus text format, for tests to look up. */
public final class Exposition {

    /** One sample line: {@code name{label="value",…} value}. */
    public record Sample(String name, Map<String, String> labels, double value) {

        public String label(String label) {
            return labels.get(label);
        }
    }

    private final List<Sample> samples;

    private Exposition(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    public static Exposition parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line.strip()));
            }
        }
        return new Exposition(samples);
    }

    public List<Sample> samples() {
        return samples;
    }

    public List<Sample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The sum of the samples of {@code name} whose labels {@code match}. */
    public double sum(String name, Predicate<Map<String, String>> match) {
        return named(name).stream().filter(sample -> match.test(sample.labels())).mapToDouble(Sample::value).sum();
    }

    /** The samples of {@code name} with exactly these label values, among others. */
    public List<Sample> find(String name, Map<String, String> labels) {
        return named(name).stream()
                .filter(sample -> labels.entrySet().stream()
                        .allMatch(label -> label.getValue().equals(sample.labels().get(label.getKey()))))
                .toList();
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (brace < 0 || (space >= 0 && space < brace)) {
            return new Sample(line.substring(0, space), Map.of(), value(line.substring(space + 1)));
        }
        String name = line.substring(0, brace);
        Map<String, String> labels = new LinkedHashMap<>();
        int i = brace + 1;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String label = line.substring(i, equals).strip();
            StringBuilder text = new StringBuilder();
            int j = equals + 2; // past ="
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    text.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    text.append(c);
                }
                j++;
            }
            labels.put(label, text.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return new Sample(name, labels, value(line.substring(i + 1).strip()));
    }

    private static double value(String text) {
        String number = text.split(" ")[0]; // a timestamp may follow
        return switch (number) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(number);
        };
    }
}
