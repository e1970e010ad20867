package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import io.pokeapi.suite.reportportal.ServiceApiError.Refusal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * How a ReportPortal version reads the times of reporting requests (commons-reporting's
 * MultiFormatDateDeserializer, from 5.12 on): epoch milliseconds, as a number or a string of digits, or one
 * of a few text forms, ISO-8601 with any fraction among them. Releases before 5.12.1 lack the form with six
 * fraction digits and an offset without a colon ({@code 2026-12-02T10:00:00.123456+0000}); from 5.13.2 on a
 * time is cut to microseconds, and ReportPortal's Java client sends ISO-8601 with microseconds instead of
 * epoch milliseconds. A time none of the forms reads fails the request as Jackson's parse error does.
 */
final class FakeTimestamps {

    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("UTC")),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX"));
    private static final DateTimeFormatter MICROS_WITH_BARE_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSZ").withZone(ZoneOffset.UTC);

    private final String version;
    private final List<DateTimeFormatter> forms = new ArrayList<>(FORMS);
    private final boolean micros;

    FakeTimestamps(String version) {
        this.version = version;
        if (atLeast(version, 5, 12, 1)) {
            forms.add(MICROS_WITH_BARE_OFFSET);
        }
        this.micros = atLeast(version, 5, 13, 2);
    }

    String version() {
        return version;
    }

    /** The time {@code value} names, as this version reads it. */
    Instant read(JsonElement value) {
        String text = value.getAsString();
        if (text.matches("-?\\d+")) {
            return cut(Instant.ofEpochMilli(Long.parseLong(text)));
        }
        for (DateTimeFormatter form : forms) {
            try {
                TemporalAccessor parsed = form.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
                return cut(parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // the next form, as service-api tries them
            }
        }
        throw unreadable(text);
    }

    static Refusal unreadable(String text) {
        return ServiceApiError.INCORRECT_REQUEST.refuse("JSON parse error: Unable to parse date: " + text);
    }

    private Instant cut(Instant time) {
        return micros ? time.truncatedTo(ChronoUnit.MICROS) : time;
    }

    static boolean atLeast(String version, int major, int minor, int patch) {
        String[] parts = version.split("[.-]");
        int[] wanted = {major, minor, patch};
        for (int index = 0; index < wanted.length; index++) {
            int part = index < parts.length && parts[index].matches("\\d+") ? Integer.parseInt(parts[index]) : 0;
            if (part != wanted[index]) {
                return part > wanted[index];
            }
        }
        return true;
    }
}
