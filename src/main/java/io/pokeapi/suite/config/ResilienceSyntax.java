package io.pokeapi.suite.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the HTTP client's circuit breaker and rate limit are written. */
final class ResilienceSyntax {

    private static final Pattern CIRCUIT_BREAKER = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*:\\s*(\\S+)");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*s)?");
    private static final DurationSyntax OPEN_TIME = DurationSyntax.between("1ms", "60m");

    private ResilienceSyntax() {
    }

    /** {@code 5/10:30s}: open after 5 failures among the last 10 requests, for 30 s; {@code off}. */
    static Syntax<Optional<ResilienceSettings.CircuitBreaker>> circuitBreaker() {
        return Syntax.of(ResilienceSyntax::parseCircuitBreaker, breaker -> breaker
                .map(open -> open.failures() + "/" + open.requests() + ":" + OPEN_TIME.format(open.openFor()))
                .orElse("off"));
    }

    private static Optional<ResilienceSettings.CircuitBreaker> parseCircuitBreaker(String text) {
        if (text.trim().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        Matcher matcher = CIRCUIT_BREAKER.matcher(text.trim());
        if (matcher.matches()) {
            int failures = ValueSyntax.wholeNumber(matcher.group(1), 1, 1000);
            int requests = ValueSyntax.wholeNumber(matcher.group(2), 1, 1000);
            if (failures <= requests) {
                return Optional.of(new ResilienceSettings.CircuitBreaker(failures, requests,
                        OPEN_TIME.parse(matcher.group(3))));
            }
        }
        throw new IllegalArgumentException("expected <failures>/<requests>:<open time> such as 5/10:30s "
                + "(failures at most requests), or off");
    }

    /** {@code 10/s}, {@code 10}, or {@code off}. */
    static Syntax<Optional<Double>> rate() {
        return Syntax.of(ResilienceSyntax::parseRate,
                rate -> rate.map(perSecond -> ValueSyntax.decimal(BigDecimal.valueOf(perSecond)) + "/s").orElse("off"));
    }

    private static Optional<Double> parseRate(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("off")) {
            return Optional.empty();
        }
        Matcher matcher = RATE.matcher(trimmed);
        if (matcher.matches()) {
            double rate = Double.parseDouble(matcher.group(1));
            if (rate > 0 && rate <= 10_000) {
                return Optional.of(rate);
            }
        }
        throw new IllegalArgumentException("expected requests per second such as 10/s (above 0, at most 10000), "
                + "or off");
    }
}
