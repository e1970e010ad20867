package io.pokeapi.suite.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.client.TargetUnreachableException;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.outcome.RunIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's one probe of its target, however many times Cucumber asks for the run before its scenarios. */
class SuiteRuntimeProbeTest {

    @StartStop
    private final MockWebServer api = new MockWebServer();

    @TempDir
    Path work;

    private SuiteRuntime runtime;

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private SuiteRuntime runtimeFor(String baseUrl) {
        runtime = SuiteRuntime.start(new SettingsLoader(new SettingSource().withLayer(Map.of(
                "POKEAPI_BASE_URL", baseUrl, "HISTORY", "off", "PROMETHEUS_PORT", "0", "RATE_LIMIT", "off",
                "REPORTS_DIR", work.resolve("reports").toString()), "test")).load());
        return runtime;
    }

    private void rootAnswers(int times) {
        for (int i = 0; i < times; i++) {
            api.enqueue(new MockResponse.Builder().code(200).body("{\"pokemon\": \"x\"}").build());
        }
    }

    @Test
    void aRunTheRunCommandBeganIsNotProbedAgainByItsExecutions() {
        rootAnswers(3);
        SuiteRuntime runtime = runtimeFor(api.url("/api/v2").toString());

        SuiteRun run = runtime.beginProbedRun(RunIdentity.startingNow(Optional.empty()));
        // The first execution and two retries each ask before their scenarios.
        assertThat(runtime.probedRun()).isSameAs(run);
        assertThat(runtime.probedRun()).isSameAs(run);
        assertThat(runtime.probedRun()).isSameAs(run);

        assertThat(api.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutARunTheFirstAskProbesAndBeginsOneAsUnderMavenTest() {
        rootAnswers(3);
        SuiteRuntime runtime = runtimeFor(api.url("/api/v2").toString());

        SuiteRun run = runtime.probedRun();

        assertThat(runtime.probedRun()).isSameAs(run);
        assertThat(runtime.currentRun()).isSameAs(run);
        assertThat(api.getRequestCount()).isEqualTo(1);
    }

    @Test
    void eachRunOfTheServeModeProbesOnce() {
        rootAnswers(4);
        SuiteRuntime runtime = runtimeFor(api.url("/api/v2").toString());

        SuiteRun first = runtime.beginProbedRun(RunIdentity.startingNow(Optional.empty()));
        runtime.probedRun();
        SuiteRun second = runtime.beginProbedRun(RunIdentity.startingNow(Optional.empty()));
        runtime.probedRun();

        assertThat(second).isNotSameAs(first);
        assertThat(api.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRunBegunWithoutAProbeIsProbedOnceBeforeItsScenarios() {
        rootAnswers(3);
        SuiteRuntime runtime = runtimeFor(api.url("/api/v2").toString());

        SuiteRun run = runtime.beginRun();
        runtime.probedRun();
        runtime.probedRun();

        assertThat(runtime.probedRun()).isSameAs(run);
        assertThat(api.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnreachableTargetFailsTheRunAndEveryLaterAskWithItsOneLine() throws IOException {
        MockWebServer closed = new MockWebServer();
        closed.start();
        String baseUrl = closed.url("/api/v2").toString();
        closed.close();
        SuiteRuntime runtime = runtimeFor(baseUrl);

        assertThatThrownBy(() -> runtime.beginProbedRun(RunIdentity.startingNow(Optional.empty())))
                .isInstanceOf(TargetUnreachableException.class)
                .hasMessageStartingWith("PokéAPI at " + baseUrl + " is unreachable: ");
        assertThatThrownBy(runtime::probedRun).isInstanceOf(TargetUnreachableException.class);
    }
}
