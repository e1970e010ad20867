package io.pokeapi.suite.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Cucumber's glue and plugins find: the runtime an entry point installed, never one they create. */
class InstalledRuntimeTest {

    private static Settings settings() {
        return new SettingsLoader(new SettingSource().withLayer(Map.of("TARGET", "live",
                "POKEAPI_BASE_URL", "http://127.0.0.1:9/api/v2", "HISTORY", "off"), "test")).load();
    }

    @Test
    void nothingInstalledIsOneClearErrorAndNoRuntimeIsCreated() {
        assertThat(InstalledRuntime.isPresent()).isFalse();
        assertThatThrownBy(InstalledRuntime::get).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No suite runtime is installed").hasMessageContaining("bin/suite");
        assertThat(InstalledRuntime.isPresent()).isFalse();
    }

    @Test
    void anInstallationLastsUntilClosedAndPutsBackTheOneBefore() {
        try (SuiteRuntime outer = SuiteRuntime.start(settings()); SuiteRuntime inner = SuiteRuntime.start(settings())) {
            try (InstalledRuntime installedOuter = InstalledRuntime.install(outer)) {
                assertThat(InstalledRuntime.get()).isSameAs(outer);
                try (InstalledRuntime installedInner = InstalledRuntime.install(inner)) {
                    assertThat(InstalledRuntime.get()).isSameAs(inner);
                }
                assertThat(InstalledRuntime.get()).isSameAs(outer);
            }
            assertThat(InstalledRuntime.isPresent()).isFalse();
        }
    }
}
