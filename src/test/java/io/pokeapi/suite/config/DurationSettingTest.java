package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DurationSettingTest {

    @Test
    void millisecondsSecondsAndMinutes() {
        assertThat(SettingsLoader.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SettingsLoader.parseDuration("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(SettingsLoader.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aPlainNumberIsMilliseconds() {
        assertThat(SettingsLoader.parseDuration("250")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void unitsIgnoreCaseAndSpaceBeforeTheUnit() {
        assertThat(SettingsLoader.parseDuration("5 S")).isEqualTo(Duration.ofSeconds(5));
        assertThat(SettingsLoader.parseDuration("500MS")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void zeroIsRejectedInAnyUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsLoader.parseDuration("0"))
                .withMessage("expected a duration from 1ms to 60m");
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsLoader.parseDuration("0m"))
                .withMessage("expected a duration from 1ms to 60m");
    }

    @Test
    void hoursAndFractionsAreNotDurations() {
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsLoader.parseDuration("1h"))
                .withMessageContaining("500ms, 5s or 2m");
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsLoader.parseDuration("1.5s"))
                .withMessageContaining("500ms, 5s or 2m");
    }

    @Test
    void durationsAboveAnHourAreRejectedEvenWhenTheyOverflow() {
        assertThat(SettingsLoader.parseDuration("60m")).isEqualTo(Duration.ofHours(1));
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsLoader.parseDuration("61m"))
                .withMessage("expected a duration from 1ms to 60m");
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsLoader.parseDuration("9223372036854775807m"))
                .withMessage("expected a duration from 1ms to 60m");
        assertThatIllegalArgumentException().isThrownBy(() -> SettingsLoader.parseDuration("99999999999999999999"))
                .withMessage("expected a duration from 1ms to 60m");
    }

    @Test
    void aTimeoutSettingInMillisecondsReachesTheSettings() {
        Settings settings = new SettingsLoader(new SettingSource()
                .withLayer(Map.of("HTTP_READ_TIMEOUT", "750"), "test")).load();

        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMillis(750));
    }
}
