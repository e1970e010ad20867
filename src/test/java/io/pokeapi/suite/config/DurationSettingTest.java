package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationSettingTest {

    private static final DurationSyntax UP_TO_AN_HOUR = DurationSyntax.between("1ms", "60m");
    private static final DurationSyntax UP_TO_A_YEAR = DurationSyntax.between("1ms", "365d");

    private static Settings load(Map<String, String> values) {
        return new SettingsLoader(new SettingSource().withLayer(values, "test")).load();
    }

    @Test
    void millisecondsSecondsMinutesHoursAndDays() {
        assertThat(UP_TO_A_YEAR.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(UP_TO_A_YEAR.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(UP_TO_A_YEAR.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(UP_TO_A_YEAR.parse("36h")).isEqualTo(Duration.ofHours(36));
        assertThat(UP_TO_A_YEAR.parse("7d")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aPlainNumberIsMilliseconds() {
        assertThat(UP_TO_AN_HOUR.parse("250")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void unitsIgnoreCaseAndSpaceBeforeTheUnit() {
        assertThat(UP_TO_AN_HOUR.parse("5 S")).isEqualTo(Duration.ofSeconds(5));
        assertThat(UP_TO_AN_HOUR.parse("500MS")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aDurationBelowTheLowerBoundIsRejectedInAnyUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> UP_TO_AN_HOUR.parse("0"))
                .withMessage("expected a duration from 1ms to 60m, such as 500ms, 5s or 2m");
        assertThatIllegalArgumentException().isThrownBy(() -> UP_TO_AN_HOUR.parse("0m"))
                .withMessage("expected a duration from 1ms to 60m, such as 500ms, 5s or 2m");
        assertThat(DurationSyntax.between("0", "60m").parse("0s")).isZero();
    }

    @Test
    void fractionsAndNegativeDurationsAreNotDurations() {
        assertThatIllegalArgumentException().isThrownBy(() -> UP_TO_AN_HOUR.parse("1.5s"))
                .withMessageContaining("such as 500ms, 5s or 2m");
        assertThatIllegalArgumentException().isThrownBy(() -> UP_TO_AN_HOUR.parse("-5s"))
                .withMessageContaining("such as 500ms, 5s or 2m");
    }

    @Test
    void durationsAboveTheUpperBoundAreRejectedEvenWhenTheyOverflow() {
        assertThat(UP_TO_AN_HOUR.parse("60m")).isEqualTo(Duration.ofHours(1));
        assertThat(UP_TO_AN_HOUR.parse("1h")).isEqualTo(Duration.ofHours(1));
        for (String tooLong : new String[] {"61m", "2h", "1d", "9223372036854775807m", "99999999999999999999"}) {
            assertThatIllegalArgumentException().as(tooLong).isThrownBy(() -> UP_TO_AN_HOUR.parse(tooLong))
                    .withMessage("expected a duration from 1ms to 60m, such as 500ms, 5s or 2m");
        }
    }

    @Test
    void theExamplesAreThoseWithinTheBounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> DurationSyntax.between("1h", "365d").parse("soon"))
                .withMessage("expected a duration from 1h to 365d, such as 36h or 7d");
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"0, 0", "200, 200ms", "5000, 5s", "120000, 2m", "1500, 1500ms", "129600000, 36h", "604800000, 7d",
            "86400000, 1d"})
    void aDurationIsWrittenInTheLargestUnitThatWritesItWhole(long millis, String written) {
        Duration duration = Duration.ofMillis(millis);

        assertThat(UP_TO_A_YEAR.format(duration)).isEqualTo(written);
        assertThat(DurationSyntax.between("0", "365d").parse(written)).isEqualTo(duration);
    }

    @Test
    void offOrAZeroDurationMeansNoneWhereASettingAllowsIt() {
        Syntax<Optional<Duration>> interval = DurationSyntax.between("1s", "24h").orOff();

        assertThat(interval.parse("off")).isEmpty();
        assertThat(interval.parse("OFF")).isEmpty();
        assertThat(interval.parse("0")).isEmpty();
        assertThat(interval.parse("0h")).isEmpty();
        assertThat(interval.parse("1d")).contains(Duration.ofDays(1));
        assertThat(interval.format(Optional.empty())).isEqualTo("off");
        assertThatIllegalArgumentException().isThrownBy(() -> interval.parse("500ms"))
                .withMessage("expected a duration from 1s to 24h, such as 5s or 2m, or off");
    }

    @Test
    void aTimeoutSettingInMillisecondsReachesTheSettings() {
        assertThat(load(Map.of("HTTP_READ_TIMEOUT", "750")).readTimeout()).isEqualTo(Duration.ofMillis(750));
    }

    /** Every duration setting reads the same units, each within its own bounds. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "HTTP_CONNECT_TIMEOUT, 1h", "HTTP_READ_TIMEOUT, 90s", "HTTP_RETRY_BUDGET, 2m", "REPORTPORTAL_TIMEOUT, 30000",
            "REPLICA_TRICKLE_PAUSE, 1m", "BASELINE_WINDOW, 1h", "BASELINE_WINDOW, 2d", "BASELINE_WINDOW, 90m",
            "SERVE_INTERVAL, 1d", "SERVE_INTERVAL, 500s", "REPLICA_LATENCY, 2s", "REPLICA_RETRY_AFTER, 1m"})
    void everyDurationSettingReadsTheOneSyntax(String name, String text) {
        assertThat(load(Map.of(name, text))).isNotEqualTo(load(Map.of()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTP_CONNECT_TIMEOUT  | 2h    | expected a duration from 1ms to 60m, such as 500ms, 5s or 2m
            BASELINE_WINDOW       | 30m   | expected a duration from 1h to 365d, such as 36h or 7d
            BASELINE_WINDOW       | 366d  | expected a duration from 1h to 365d, such as 36h or 7d
            SERVE_INTERVAL        | 2d    | expected a duration from 1s to 24h, such as 5s or 2m, or off
            REPLICA_LATENCY       | 2h    | expected a duration from 0 to 60m, such as 500ms, 5s or 2m
            """)
    void aDurationOutsideItsSettingsBoundsIsRefusedWithThem(String name, String text, String message) {
        assertThatThrownBy(() -> load(Map.of(name, text)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid " + name + "='" + text + "' from test: " + message);
    }
}
