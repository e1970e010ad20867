package io.pokeapi.suite.resilience;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The wait a {@code Retry-After} header asks for, in either of its forms (RFC 9110, section 10.2.3). */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * @param header the header's value: delta-seconds ({@code 120}) or an HTTP date
     *               ({@code Wed, 21 Oct 2026 07:28:00 GMT})
     * @param now    the time the answer came, against which a date is measured
     * @return the wait, never negative; empty when the header is missing or unreadable
     */
    static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
