package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.ReportPortalSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchDetailsTest {

    private static ReportPortalSettings settings(Optional<String> commit) {
        return new ReportPortalSettings(Optional.of(URI.create("http://rp")), Optional.of("p"), Optional.of("t"),
                "nightly", "ci", commit, Duration.ofSeconds(1));
    }

    @Test
    void theLaunchSaysWhatRanAgainstWhatWhereAndFromWhichCommit() {
        LaunchDetails details = LaunchDetails.of(settings(Optional.of("abcdef0123456789")), Optional.of("@smoke"),
                URI.create("https://pokeapi.co/api/v2"));

        assertThat(details.name()).isEqualTo("nightly");
        assertThat(details.attributes()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("suite", "@smoke",
                "target", "https://pokeapi.co/api/v2", "commit", "abcdef0123456789", "environment", "ci"));
        assertThat(details.description()).isEqualTo(
                "PokéAPI suite: scenarios tagged @smoke against https://pokeapi.co/api/v2 (ci, commit abcdef012345)");
    }

    @Test
    void withoutTagsTheSuiteIsAllAndWithoutACommitSettingGitIsAsked() {
        LaunchDetails details = LaunchDetails.of(settings(Optional.empty()), Optional.empty(), URI.create("http://x"));

        assertThat(details.attributes()).containsEntry("suite", "all");
        assertThat(details.attributes().get("commit")).matches("[0-9a-f]{40}|unknown");
        assertThat(details.description()).startsWith("PokéAPI suite: every scenario against http://x (ci, commit ");
    }
}
