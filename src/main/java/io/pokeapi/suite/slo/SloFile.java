package io.pokeapi.suite.slo;

import io.pokeapi.suite.observability.SuiteMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads config/slo.yml into its objectives and alerts; anything wrong is one line saying what and where. */
public final class SloFile {

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern PERCENTAGE = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)\\s*%");
    private static final Pattern OBJECTIVE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ALERT_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    /** The labels every SLO series has already: an alert's own labels may not replace them. */
    private static final Set<String> SERIES_LABELS = Set.of("endpoint", "slo");

    private SloFile() {
    }

    /** @throws InvalidSloException when the file is missing, is not YAML, or says something the rules cannot be */
    public static SloConfig read(Path file) {
        SloNode root = SloNode.root(file, parse(file)).mappingOf(Set.of("period", "selector", "windows", "objectives",
                "alerts"));
        Duration period = root.required("period").as(SloDurations::parse);
        String selector = root.required("selector").as(SloFile::selector);
        List<Duration> windows = root.required("windows").items().stream()
                .map(window -> shorterThan(window, period)).toList();
        List<Objective> objectives = root.required("objectives").items().stream().map(SloFile::objective).toList();
        unique(root.required("objectives"), objectives.stream().map(Objective::name).toList());
        List<BurnRateAlert> alerts = root.required("alerts").items().stream()
                .map(alert -> alert(alert, windows, objectives)).toList();
        unique(root.required("alerts"), alerts.stream().map(BurnRateAlert::name).toList());
        return new SloConfig(period, selector, windows, objectives, alerts);
    }

    private static JsonNode parse(Path file) {
        try {
            JsonNode root = YAML.readTree(Files.readString(file));
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InvalidSloException(file + ": empty; it should hold the objectives");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new InvalidSloException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new InvalidSloException(file + ": not YAML: " + problem(e));
        }
    }

    /** Jackson's reason in one line, and where the parser stopped. */
    private static String problem(JacksonException e) {
        String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        reason = reason.replaceAll("\\s*\\R\\s*", " ").trim();
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? reason
                : reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String selector(String text) {
        if (text.isBlank() || text.contains("{") || text.contains("}")) {
            throw new IllegalArgumentException("expected label matchers without braces, such as job=\"test-runner\"");
        }
        return text.trim();
    }

    private static Duration shorterThan(SloNode window, Duration period) {
        Duration duration = window.as(SloDurations::parse);
        if (duration.compareTo(period) >= 0) {
            throw window.fail("a window must be shorter than the period, " + SloDurations.format(period));
        }
        return duration;
    }

    private static Objective objective(SloNode node) {
        node.mappingOf(Set.of("name", "indicator", "target", "threshold"));
        String name = node.required("name").as(text -> matching(text, OBJECTIVE_NAME,
                "a name of lower-case letters, digits and _, such as availability"));
        Indicator indicator = node.required("indicator").as(SloFile::indicator);
        BigDecimal target = node.required("target").as(SloFile::target);
        Optional<SloNode> thresholdNode = node.optional("threshold");
        Optional<Duration> threshold = thresholdNode.map(written -> written.as(SloFile::bucket));
        if (indicator == Indicator.LATENCY && threshold.isEmpty()) {
            throw node.fail("a latency objective needs a threshold, such as 500ms");
        }
        if (indicator != Indicator.LATENCY && thresholdNode.isPresent()) {
            throw thresholdNode.get().fail("only a latency objective has a threshold");
        }
        return new Objective(name, indicator, target, threshold);
    }

    private static Indicator indicator(String text) {
        return Arrays.stream(Indicator.values()).filter(indicator -> indicator.key().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expected one of " + Arrays.stream(Indicator.values())
                        .map(Indicator::key).collect(Collectors.joining(", "))));
    }

    /** A percentage above 0 and below 100, such as 99.5%: an objective of 100% leaves no error budget. */
    private static BigDecimal target(String text) {
        Matcher matcher = PERCENTAGE.matcher(text.trim());
        if (matcher.matches()) {
            BigDecimal share = new BigDecimal(matcher.group(1)).movePointLeft(2);
            if (share.signum() > 0) {
                return share;
            }
        }
        throw new IllegalArgumentException("expected a percentage above 0% and below 100%, such as 99.5%");
    }

    /** A latency the request duration histogram can tell: one of its buckets' upper bounds. */
    private static Duration bucket(String text) {
        Duration threshold = SloDurations.parse(text);
        List<Duration> buckets = SuiteMetrics.requestBuckets().stream()
                .map(seconds -> Duration.ofMillis(Math.round(seconds * 1000))).toList();
        if (!buckets.contains(threshold)) {
            throw new IllegalArgumentException("expected a bucket of " + SuiteMetrics.REQUEST_DURATION + ": "
                    + buckets.stream().map(SloDurations::format).collect(Collectors.joining(", ")));
        }
        return threshold;
    }

    private static BurnRateAlert alert(SloNode node, List<Duration> recorded, List<Objective> objectives) {
        node.mappingOf(Set.of("name", "labels", "windows"));
        String name = node.required("name").as(text -> matching(text, ALERT_NAME,
                "a name in UpperCamelCase, such as FastBurn"));
        SloNode labelsNode = node.required("labels");
        Map<String, String> labels = labelsNode.scalars();
        labels.keySet().forEach(label -> {
            if (!LABEL_NAME.matcher(label).matches() || SERIES_LABELS.contains(label)) {
                throw labelsNode.fail("'" + label + "' cannot be an alert's label: a label name, not endpoint or slo");
            }
        });
        List<BurnRateAlert.Window> windows = node.required("windows").items().stream()
                .map(window -> window(window, recorded, objectives)).toList();
        return new BurnRateAlert(name, labels, windows);
    }

    private static BurnRateAlert.Window window(SloNode node, List<Duration> recorded, List<Objective> objectives) {
        node.mappingOf(Set.of("burn_rate", "long", "short"));
        SloNode burnNode = node.required("burn_rate");
        BigDecimal burnRate = burnNode.as(BigDecimal::new);
        if (burnRate.signum() <= 0) {
            throw burnNode.fail("a burn rate is above 0, not " + burnRate.toPlainString());
        }
        for (Objective objective : objectives) {
            // Bad requests can be no more than all of them: such a burn rate could never be seen.
            if (burnRate.multiply(objective.errorBudget()).compareTo(BigDecimal.ONE) >= 0) {
                throw burnNode.fail(burnRate.toPlainString() + " times the error budget of " + objective.name()
                        + " is every request or more: it could never be seen");
            }
        }
        Duration longWindow = recordedWindow(node.required("long"), recorded);
        Duration shortWindow = recordedWindow(node.required("short"), recorded);
        if (shortWindow.compareTo(longWindow) >= 0) {
            throw node.fail("the short window, " + SloDurations.format(shortWindow)
                    + ", must be shorter than the long one, " + SloDurations.format(longWindow));
        }
        return new BurnRateAlert.Window(burnRate, longWindow, shortWindow);
    }

    private static Duration recordedWindow(SloNode node, List<Duration> recorded) {
        Duration window = node.as(SloDurations::parse);
        if (!recorded.contains(window)) {
            throw node.fail(SloDurations.format(window) + " is not among the windows recorded ("
                    + recorded.stream().map(SloDurations::format).collect(Collectors.joining(", "))
                    + "): add it to windows");
        }
        return window;
    }

    private static String matching(String text, Pattern pattern, String expected) {
        if (!pattern.matcher(text).matches()) {
            throw new IllegalArgumentException("expected " + expected);
        }
        return text;
    }

    private static void unique(SloNode list, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw list.fail("the name '" + name + "' is given twice");
            }
        }
    }
}
