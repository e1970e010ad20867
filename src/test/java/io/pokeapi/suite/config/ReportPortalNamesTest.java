package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** REPORTPORTAL_LAUNCH is read only when every name made of it fits ReportPortal's 3 to 128 characters. */
class ReportPortalNamesTest {

    private static ReportPortalSettings load(String launch) {
        return new SettingsLoader(new SettingSource().withLayer(Map.of("REPORTPORTAL_LAUNCH", launch), "the test"))
                .load().reportPortal();
    }

    @Test
    void theNamesAreMadeOfTheLaunchName() {
        ReportPortalNames names = new ReportPortalNames("nightly");

        assertThat(names.all()).containsExactly("nightly", "nightly launches", "PokéAPI suite: nightly",
                "nightly: launch statistics trend", "nightly: most failed scenarios", "nightly: flaky scenarios",
                "nightly: launch durations");
        assertThat(names.widgets()).containsExactlyElementsOf(names.all().subList(3, 7));
    }

    @Test
    void theLongestLaunchNameLeavesItsLongestNameAt128Characters() {
        String launch = "l".repeat(ReportPortalNames.longestLaunch());

        assertThat(load(launch).launchName()).isEqualTo(launch);
        assertThat(new ReportPortalNames(launch).all()).allSatisfy(name -> assertThat(name).hasSizeBetween(3, 128))
                .anySatisfy(name -> assertThat(name).hasSize(128));
        assertThat(ReportPortalNames.longestLaunch()).isEqualTo(103);
    }

    @Test
    void aLaunchNameOneLongerIsOneLineNamingTheSettingTheLimitAndTheLongestName() {
        String launch = "l".repeat(ReportPortalNames.longestLaunch() + 1);

        assertThatThrownBy(() -> load(launch)).isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid REPORTPORTAL_LAUNCH='" + launch + "' from the test: ReportPortal takes names of "
                        + "3 to 128 characters, and the longest made of this one, '" + launch
                        + ": launch statistics trend', has 129: keep REPORTPORTAL_LAUNCH to 103 characters");
    }

    @Test
    void aLaunchNameFarTooLongSaysTheSameRatherThanTheNameSyntax() {
        String launch = "l".repeat(200);

        assertThatThrownBy(() -> load(launch)).hasMessageContaining("ReportPortal takes names of 3 to 128 characters")
                .hasMessageContaining("has 225").hasMessageNotContaining("\n");
    }

    @Test
    void aLaunchNameShorterThanThreeCharactersIsRefused() {
        assertThatThrownBy(() -> load("ab")).isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid REPORTPORTAL_LAUNCH='ab' from the test: ReportPortal takes names of 3 to 128 "
                        + "characters, and the launch name has 2");
        assertThat(load("abc").launchName()).isEqualTo("abc");
    }

    @Test
    void theNameSyntaxStillHolds() {
        assertThatThrownBy(() -> load("night ly")).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("Invalid REPORTPORTAL_LAUNCH='night ly'")
                .hasMessageContaining("without spaces, '/', '?' or '#'");
    }

    @Test
    void theDefaultLaunchNameFitsAndTheSettingSaysTheRange() {
        assertThat(load(ReportPortalSettings.DEFAULT_LAUNCH).launchName()).isEqualTo("pokeapi-suite");
        assertThat(Setting.REPORTPORTAL_LAUNCH.description()).contains("3 to 103 characters");
    }
}
