package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsBuilderTest {

    private static final Settings LOADED = new SettingsLoader(new SettingSource()
            .withLayer(Map.of("THREADS", "7", "TAGS", "@smoke", "TARGET", "replica"), "test")).load();

    @Test
    void aBuilderFromSettingsBuildsTheSameSettings() {
        assertThat(LOADED.toBuilder().build()).isEqualTo(LOADED);
    }

    @Test
    void aBuilderChangesOnlyTheSettingsItIsGiven() {
        Settings changed = LOADED.toBuilder().retries(0).reportsDir(Path.of("elsewhere")).build();

        assertThat(changed.retries()).isZero();
        assertThat(changed.reportsDir()).isEqualTo(Path.of("elsewhere"));
        assertThat(changed.toBuilder().retries(LOADED.retries()).reportsDir(LOADED.reportsDir()).build())
                .isEqualTo(LOADED);
        assertThat(changed.threads()).isEqualTo(7);
        assertThat(changed.tags()).contains("@smoke");
    }

    @Test
    void withTagsChangesTheTagsAlone() {
        assertThat(LOADED.withTags("@type")).isEqualTo(LOADED.toBuilder().tags(Optional.of("@type")).build());
    }

    @Test
    void aBuilderWithASettingLeftUnsetNamesIt() {
        assertThatNullPointerException()
                .isThrownBy(() -> Settings.builder().baseUrl(LOADED.baseUrl()).target(LOADED.target()).build())
                .withMessage("Settings.replica is not set");
    }
}
