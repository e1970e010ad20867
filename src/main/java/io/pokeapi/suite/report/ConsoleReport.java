package io.pokeapi.suite.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStepFinished;
import io.pokeapi.suite.outcome.ScenarioKeys;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console output that stays readable when scenarios run in parallel: one block per finished
 * scenario, written at once, then a summary that lists the failures with their locations.
 */
public final class ConsoleReport implements ConcurrentEventListener {

    private static final int MESSAGE_LINES = 6;

    private final PrintStream out;
    private final Map<TestCase, FailedStep> failedSteps = new ConcurrentHashMap<>();
    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
    private final List<String> failures = new ArrayList<>();

    /** Writes to {@code out}: the console's report stream, secrets masked ({@link Console#report()}). */
    public ConsoleReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> reset());
        publisher.registerHandlerFor(TestStepFinished.class, this::onStepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::onScenarioFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::onRunFinished);
    }

    private synchronized void reset() {
        counts.clear();
        failures.clear();
        failedSteps.clear();
    }

    private void onStepFinished(TestStepFinished event) {
        if (event.getResult().getStatus() != Status.PASSED && event.getResult().getStatus() != Status.SKIPPED) {
            String step = event.getTestStep() instanceof PickleStepTestStep pickleStep
                    ? pickleStep.getStep().getKeyword() + pickleStep.getStep().getText()
                    : "a hook";
            failedSteps.putIfAbsent(event.getTestCase(), new FailedStep(step, event.getResult()));
        }
    }

    private void onScenarioFinished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Status status = event.getResult().getStatus();
        String location = ScenarioKeys.of(scenario.getUri(), scenario.getLocation().getLine());
        StringBuilder block = new StringBuilder()
                .append(symbol(status)).append(' ').append(scenario.getName())
                .append("  (").append(location).append(", ").append(millis(event.getResult().getDuration()))
                .append(")").append(System.lineSeparator());
        Optional.ofNullable(failedSteps.remove(scenario)).filter(failed -> !status.isOk())
                .ifPresent(failed -> block.append(failed.describe()));
        synchronized (this) {
            counts.merge(status, 1, Integer::sum);
            if (!status.isOk()) {
                failures.add(location + "  " + scenario.getName());
            }
            out.print(block);
            out.flush();
        }
    }

    private synchronized void onRunFinished(TestRunFinished event) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder summary = new StringBuilder(System.lineSeparator())
                .append(total).append(total == 1 ? " scenario" : " scenarios");
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(count + " " + status.name().toLowerCase()));
        summary.append(parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")")
                .append(" in ").append(seconds(event.getResult().getDuration())).append(System.lineSeparator());
        if (!failures.isEmpty()) {
            summary.append("Failed scenarios:").append(System.lineSeparator());
            failures.stream().sorted().forEach(failure -> summary.append("  ").append(failure)
                    .append(System.lineSeparator()));
        }
        Optional.ofNullable(event.getResult().getError()).ifPresent(error -> summary.append("Run failed: ").append(error.getMessage())
                .append(System.lineSeparator()));
        out.print(summary);
        out.flush();
    }

    private static String symbol(Status status) {
        return switch (status) {
            case PASSED -> "✔";
            case FAILED -> "✘";
            case SKIPPED -> "↷";
            default -> "?";
        };
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /** The first step of a scenario that did not pass, and why. */
    private record FailedStep(String step, Result result) {

        String describe() {
            StringBuilder text = new StringBuilder("    ").append(result.getStatus().name().toLowerCase())
                    .append(": ").append(step).append(System.lineSeparator());
            Optional.ofNullable(result.getError()).ifPresent(error -> {
                String message = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
                message.lines().limit(MESSAGE_LINES).forEach(line -> text.append("      ").append(line)
                        .append(System.lineSeparator()));
            });
            return text.toString();
        }
    }
}
