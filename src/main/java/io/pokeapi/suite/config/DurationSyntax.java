package io.pokeapi.suite.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way durations are written: a whole number and a unit, {@code 500ms}, {@code 5s}, {@code 2m}, {@code 36h}
 * or {@code 7d}; a bare number is milliseconds. Each setting accepts them within its own bounds.
 */
public final class DurationSyntax implements Syntax<Duration> {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final List<String> EXAMPLES = List.of("500ms", "5s", "2m", "36h", "7d");
    private static final List<Unit> UNITS = List.of(new Unit("d", Duration.ofDays(1)), new Unit("h", Duration.ofHours(1)),
            new Unit("m", Duration.ofMinutes(1)), new Unit("s", Duration.ofSeconds(1)), new Unit("ms", Duration.ofMillis(1)));

    private final Duration min;
    private final Duration max;
    private final String expected;

    private DurationSyntax(String min, String max) {
        this.min = unbounded(min).orElseThrow();
        this.max = unbounded(max).orElseThrow();
        String examples = inWords(EXAMPLES.stream().filter(example -> within(unbounded(example).orElseThrow())).toList());
        this.expected = "expected a duration from " + min + " to " + max + (examples.isEmpty() ? "" : ", such as " + examples);
    }

    /** Durations from {@code min} to {@code max}, both written as durations, such as {@code between("1ms", "60m")}. */
    public static DurationSyntax between(String min, String max) {
        return new DurationSyntax(min, max);
    }

    @Override
    public Duration parse(String text) {
        return unbounded(text).filter(this::within).orElseThrow(() -> new IllegalArgumentException(expected));
    }

    /** Durations in these bounds, or {@code off} (or a zero duration) for none. */
    public Syntax<Optional<Duration>> orOff() {
        return Syntax.of(text -> {
            if (text.trim().equalsIgnoreCase("off") || unbounded(text).filter(Duration::isZero).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(unbounded(text).filter(this::within)
                    .orElseThrow(() -> new IllegalArgumentException(expected + ", or off")));
        }, value -> value.map(this::format).orElse("off"));
    }

    /** The duration in the largest unit that writes it whole: {@code 5m}, {@code 200ms}, {@code 7d}; zero is 0. */
    @Override
    public String format(Duration duration) {
        return written(duration);
    }

    /** The duration as a setting writes it, whatever the setting's bounds: {@code 30d}, {@code 5m}. */
    public static String written(Duration duration) {
        if (duration.isZero()) {
            return "0";
        }
        for (Unit unit : UNITS) {
            if (duration.toMillis() % unit.length().toMillis() == 0) {
                return duration.toMillis() / unit.length().toMillis() + unit.symbol();
            }
        }
        throw new IllegalArgumentException("a duration of a fraction of a millisecond has no setting: " + duration);
    }

    private boolean within(Duration duration) {
        return duration.compareTo(min) >= 0 && duration.compareTo(max) <= 0;
    }

    /** The duration written, whatever its length; empty if it is not written as a duration or overflows. */
    private static Optional<Duration> unbounded(String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String symbol = matcher.group(2) == null ? "ms" : matcher.group(2);
        try {
            long amount = Long.parseLong(matcher.group(1));
            Unit unit = UNITS.stream().filter(candidate -> candidate.symbol().equals(symbol)).findFirst().orElseThrow();
            return Optional.of(unit.length().multipliedBy(amount));
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    private static String inWords(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private record Unit(String symbol, Duration length) {
    }
}
