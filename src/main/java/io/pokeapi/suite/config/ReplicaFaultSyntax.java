package io.pokeapi.suite.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the replica's fault settings are written; each parser throws a message saying what it expected. */
final class ReplicaFaultSyntax {

    private static final Pattern FAIL_FIRST = Pattern.compile("(/[^:\\s]*):(\\d+)(?::(\\d{3}))?");
    private static final Pattern ERROR_RATE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%(?::([\\d|\\s]+))?");
    private static final Pattern BREAK = Pattern.compile("([a-z]+):(/\\S*|\\d{1,3}(?:\\.\\d+)?\\s*%)");
    private static final DurationSyntax DELAY = DurationSyntax.between("0", "60m");

    private ReplicaFaultSyntax() {
    }

    /** {@code 200ms}, or {@code 100ms-500ms} for a latency drawn evenly from that range. */
    static ReplicaFaults.Latency latency(String text) {
        String[] bounds = text.split("-", -1);
        if (bounds.length > 2) {
            throw new IllegalArgumentException("expected a duration such as 200ms, or a range such as 100ms-500ms");
        }
        Duration min = DELAY.parse(bounds[0]);
        Duration max = bounds.length == 2 ? DELAY.parse(bounds[1]) : min;
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("expected the shorter latency first, such as 100ms-500ms");
        }
        return new ReplicaFaults.Latency(min, max);
    }

    /** {@code 0}, {@code 200ms} or {@code 100ms-500ms}, as {@link #latency} reads it. */
    static String format(ReplicaFaults.Latency latency) {
        return latency.min().equals(latency.max()) ? DELAY.format(latency.min())
                : DELAY.format(latency.min()) + "-" + DELAY.format(latency.max());
    }

    /** {@code /api/v2/ability/static:1:503,/api/v2/type/13:2}: path, count, status (503 when left out). */
    static List<ReplicaFaults.FailFirst> failFirst(String text) {
        List<ReplicaFaults.FailFirst> faults = new ArrayList<>();
        for (String item : text.split(",")) {
            Matcher matcher = FAIL_FIRST.matcher(item.trim());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("expected <path>:<count>[:<status>] items separated by commas, "
                        + "such as /api/v2/ability/static:1:503");
            }
            String path = matcher.group(1).replaceAll("/+$", "");
            int count = ValueSyntax.wholeNumber(matcher.group(2), 1, 1_000_000);
            int status = matcher.group(3) == null ? 503 : ValueSyntax.wholeNumber(matcher.group(3), 400, 599);
            faults.add(new ReplicaFaults.FailFirst(path, count, status));
        }
        return faults;
    }

    /** {@code 20%} (500, 502 or 503), or {@code 20%:503}, or {@code 10%:502|503}. */
    static ReplicaFaults.ErrorRate errorRate(String text) {
        Matcher matcher = ERROR_RATE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a percentage with optional statuses, such as 20%, "
                    + "20%:503 or 10%:502|503");
        }
        double share = share(matcher.group(1));
        List<Integer> statuses = new ArrayList<>();
        if (matcher.group(2) == null) {
            statuses.addAll(List.of(500, 502, 503));
        } else {
            for (String status : matcher.group(2).split("\\|")) {
                statuses.add(ValueSyntax.wholeNumber(status.trim(), 500, 599));
            }
        }
        return new ReplicaFaults.ErrorRate(share, statuses);
    }

    /** {@code 2s} asks for a wait in delta-seconds; {@code date:2s} gives an HTTP date that far ahead. */
    static ReplicaFaults.RetryAfter retryAfter(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        boolean httpDate = trimmed.startsWith("date:");
        Duration delay = DELAY.parse(httpDate ? trimmed.substring("date:".length()) : trimmed);
        if (delay.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("expected whole seconds, such as 2s or date:2s");
        }
        return new ReplicaFaults.RetryAfter(delay, httpDate);
    }

    /** {@code 2s} or {@code date:2s}, as {@link #retryAfter} reads it. */
    static String format(ReplicaFaults.RetryAfter retryAfter) {
        return (retryAfter.httpDate() ? "date:" : "") + DELAY.format(retryAfter.delay());
    }

    /**
     * {@code truncate:/api/v2/pokemon/1, reset:5%}: how answers break ({@code truncate}, {@code malformed},
     * {@code reset}, {@code trickle}), and for which path, or for what share of all requests.
     */
    static List<ReplicaFaults.BrokenBody> brokenBodies(String text) {
        List<ReplicaFaults.BrokenBody> broken = new ArrayList<>();
        for (String item : text.split(",")) {
            Matcher matcher = BREAK.matcher(item.trim().toLowerCase(Locale.ROOT));
            ReplicaFaults.BrokenBody.Kind kind = matcher.matches() ? kind(matcher.group(1)) : null;
            if (kind == null) {
                throw new IllegalArgumentException("expected <truncate|malformed|reset|trickle>:<path or percentage> "
                        + "items separated by commas, such as truncate:/api/v2/pokemon/1 or reset:5%");
            }
            String where = matcher.group(2);
            broken.add(where.startsWith("/")
                    ? new ReplicaFaults.BrokenBody(kind, Optional.of(where.replaceAll("/+$", "")), 1)
                    : new ReplicaFaults.BrokenBody(kind, Optional.empty(), share(where.replace("%", "").trim())));
        }
        return broken;
    }

    private static ReplicaFaults.BrokenBody.Kind kind(String name) {
        for (ReplicaFaults.BrokenBody.Kind kind : ReplicaFaults.BrokenBody.Kind.values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }

    private static double share(String percentage) {
        double percent = Double.parseDouble(percentage);
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("expected a percentage above 0% and at most 100%");
        }
        return percent / 100;
    }
}
