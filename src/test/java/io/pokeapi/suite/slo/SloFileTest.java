package io.pokeapi.suite.slo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** config/slo.yml as the rules are generated from it, and a broken one as one line saying what and where. */
class SloFileTest {

    @TempDir
    Path work;

    @Test
    void theProjectsObjectivesAreAvailabilityAndLatencyOverThirtyDaysWithAPageAndATicket() {
        SloConfig slo = SloFile.read(SloRuleFile.CONFIG);

        assertThat(slo.period()).isEqualTo(Duration.ofDays(30));
        assertThat(slo.selector()).isEqualTo("job=\"test-runner\"");
        assertThat(slo.windows()).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3));
        assertThat(slo.objectives()).containsExactly(
                new Objective("availability", Indicator.AVAILABILITY, new BigDecimal("0.995"), Optional.empty()),
                new Objective("latency", Indicator.LATENCY, new BigDecimal("0.95"),
                        Optional.of(Duration.ofMillis(500))));
        assertThat(slo.objectives()).extracting(Objective::describe).containsExactly(
                "99.5% of requests answered without a server error or a timeout",
                "95% of requests answered within 500ms");
        assertThat(slo.alerts()).containsExactly(
                new BurnRateAlert("FastBurn", Map.of("severity", "critical"), List.of(
                        new BurnRateAlert.Window(new BigDecimal("14.4"), Duration.ofHours(1), Duration.ofMinutes(5)),
                        new BurnRateAlert.Window(new BigDecimal("6"), Duration.ofHours(6), Duration.ofMinutes(30)))),
                new BurnRateAlert("SlowBurn", Map.of("severity", "warning"), List.of(
                        new BurnRateAlert.Window(new BigDecimal("1"), Duration.ofDays(3), Duration.ofHours(6)))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "target: 99.5%|target: 100%|objectives[0].target: expected a percentage above 0% and below 100%, such as "
                + "99.5%, not '100%'",
        "target: 99.5%|target: 0%|objectives[0].target: expected a percentage above 0% and below 100%, such as "
                + "99.5%, not '0%'",
        "threshold: 500ms|threshold: 400ms|objectives[1].threshold: expected a bucket of "
                + "pokeapi_suite_http_request_duration_seconds: 5ms, 10ms, 25ms, 50ms, 100ms, 250ms, 500ms, 1s, "
                + "2500ms, 5s, 10s, 30s, not '400ms'",
        "    threshold: 500ms|    target_latency: 500ms|objectives[1]: unknown key 'target_latency' (expected "
                + "indicator, name, target, threshold)",
        "indicator: latency|indicator: speed|objectives[1].indicator: expected one of availability, latency, "
                + "not 'speed'",
        "- name: latency|- name: availability|objectives: the name 'availability' is given twice",
        "short: 5m|short: 10m|alerts[0].windows[0].short: 10m is not among the windows recorded (5m, 30m, 1h, 6h, "
                + "1d, 3d): add it to windows",
        "short: 5m|short: 2h|alerts[0].windows[0].short: 2h is not among the windows recorded (5m, 30m, 1h, 6h, "
                + "1d, 3d): add it to windows",
        "long: 1h|long: 5m|alerts[0].windows[0]: the short window, 5m, must be shorter than the long one, 5m",
        "burn_rate: 14.4|burn_rate: 20|alerts[0].windows[0].burn_rate: 20 times the error budget of latency is "
                + "every request or more: it could never be seen",
        "severity: critical|slo: critical|alerts[0].labels: 'slo' cannot be an alert's label: a label name, not "
                + "endpoint or slo",
        "period: 30d|period: a month|period: expected a duration from 1ms to 3650d, such as 500ms, 5s, 2m, 36h or "
                + "7d, not 'a month'",
        "windows: [5m, 30m, 1h, 6h, 1d, 3d]|windows: [5m, 30m, 1h, 6h, 1d, 3d, 30d]|windows[6]: a window must be "
                + "shorter than the period, 30d",
        "windows: [5m, 30m, 1h, 6h, 1d, 3d]|windows: []|windows: expected a list of at least one item, not an "
                + "empty list",
        "selector: job=\"test-runner\"|selector: '{job=\"test-runner\"}'|selector: expected label matchers without "
                + "braces, such as job=\"test-runner\", not '{job=\"test-runner\"}'",
        "  - name: SlowBurn|  - nam: SlowBurn|alerts[1]: unknown key 'nam' (expected labels, name, windows)",
    })
    void aWrongValueIsOneLineNamingTheFileThePlaceAndWhatWasExpected(String line, String broken, String message)
            throws Exception {
        Path file = brokenCopy(line, broken);

        assertThatThrownBy(() -> SloFile.read(file)).isInstanceOf(InvalidSloException.class)
                .hasMessage(file + ": " + message);
    }

    @Test
    void aFileThatIsNotYamlSaysWhereTheParserStopped() throws Exception {
        Path file = brokenCopy("period: 30d", "period: [30d");

        assertThatThrownBy(() -> SloFile.read(file)).isInstanceOf(InvalidSloException.class)
                .hasMessageStartingWith(file + ": not YAML: ").hasMessageContaining("(line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aKeyWrittenTwiceIsNotYamlForTheObjectives() throws Exception {
        Path file = brokenCopy("period: 30d", "period: 30d\nperiod: 28d");

        assertThatThrownBy(() -> SloFile.read(file)).isInstanceOf(InvalidSloException.class)
                .hasMessageStartingWith(file + ": not YAML: ").hasMessageContaining("period");
    }

    @Test
    void aMissingOrEmptyFileSaysSo() throws Exception {
        Path missing = work.resolve("none.yml");
        Path empty = Files.writeString(work.resolve("empty.yml"), "# nothing yet\n");

        assertThatThrownBy(() -> SloFile.read(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> SloFile.read(empty)).hasMessage(empty + ": empty; it should hold the objectives");
    }

    /** The project's slo.yml with the first line holding {@code line} changed, which must be there. */
    private Path brokenCopy(String line, String broken) throws Exception {
        String slo = Files.readString(SloRuleFile.CONFIG);
        assertThat(slo).contains(line);
        return Files.writeString(work.resolve("slo.yml"), slo.replaceFirst(Pattern.quote(line),
                Matcher.quoteReplacement(broken)));
    }
}
