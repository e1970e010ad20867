package io.pokeapi.suite.logging;

import static net.logstash.logback.argument.StructuredArguments.v;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ObservabilitySettings.LogFormat;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LogSetupTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogSetupTest.class);
    private static final String TOKEN = "rp-token-5b1f0c";
    private static final String PASSWORD = "pg\"pass\\word<&>";

    @Test
    void aJsonLineCarriesTheTimeLevelLoggerMessageRunAndScenarioFields() {
        UUID run = UUID.randomUUID();
        try (CapturedLogs logs = new CapturedLogs(LogFormat.JSON)) {
            LogSetup.runBegan(run);
            MDC.put(ScenarioLogPlugin.FEATURE, "Looking up Pokémon");
            MDC.put(ScenarioLogPlugin.SCENARIO, "Pikachu is an Electric-type Pokémon");
            MDC.put(ScenarioLogPlugin.TAGS, "@pokemon @smoke");
            try {
                LOG.info("{} {} answered {} in {} ms", v("method", "GET"), v("endpoint", "/pokemon/{name}"),
                        v("status", 200), v("latency_ms", 12L));
            } finally {
                MDC.clear();
            }

            assertThat(logs.stderr()).isEmpty();
            assertThat(logs.jsonLines()).singleElement().satisfies(line -> {
                assertThat(OffsetDateTime.parse(line.get("time").getAsString())).isNotNull();
                assertThat(text(line, "level")).isEqualTo("INFO");
                assertThat(text(line, "logger")).isEqualTo(LogSetupTest.class.getName());
                assertThat(text(line, "message")).isEqualTo("GET /pokemon/{name} answered 200 in 12 ms");
                assertThat(text(line, "run_id")).isEqualTo(run.toString());
                assertThat(text(line, "feature")).isEqualTo("Looking up Pokémon");
                assertThat(text(line, "scenario")).isEqualTo("Pikachu is an Electric-type Pokémon");
                assertThat(text(line, "tags")).isEqualTo("@pokemon @smoke");
                assertThat(text(line, "endpoint")).isEqualTo("/pokemon/{name}");
                assertThat(text(line, "method")).isEqualTo("GET");
                assertThat(line.get("status").getAsInt()).isEqualTo(200);
                assertThat(line.get("latency_ms").getAsLong()).isEqualTo(12);
                assertThat(line.has("@version")).isFalse();
            });
        }
    }

    @Test
    void aFailureCarriesItsStackTrace() {
        try (CapturedLogs logs = new CapturedLogs(LogFormat.JSON)) {
            LOG.error("Then it is Pokémon number 25: failed", new AssertionError("expected 25 but was 26"));

            JsonObject line = logs.jsonLines().get(0);
            assertThat(text(line, "level")).isEqualTo("ERROR");
            assertThat(text(line, "stack_trace")).startsWith("java.lang.AssertionError: expected 25 but was 26")
                    .contains("at io.pokeapi.suite.logging.LogSetupTest.aFailureCarriesItsStackTrace");
        }
    }

    @Test
    void secretsAreMaskedInTheMessageTheMdcArgumentsAndStackTraceOfJsonLines() {
        try (CapturedLogs logs = new CapturedLogs(LogFormat.JSON, TOKEN, PASSWORD)) {
            MDC.put(ScenarioLogPlugin.SCENARIO, "uses " + TOKEN);
            try {
                LOG.warn("Connecting with {} and {}", PASSWORD, v("token", TOKEN),
                        new IllegalStateException("refused " + PASSWORD, new RuntimeException(TOKEN)));
            } finally {
                MDC.clear();
            }

            JsonObject line = logs.jsonLines().get(0);
            assertThat(text(line, "message")).isEqualTo("Connecting with **** and ****");
            assertThat(text(line, "scenario")).isEqualTo("uses ****");
            assertThat(text(line, "token")).isEqualTo("****");
            assertThat(text(line, "stack_trace")).contains("refused ****").contains("Caused by: java.lang.RuntimeException: ****");
            assertThat(logs.stdout()).doesNotContain(TOKEN).doesNotContain("pass");
        }
    }

    @Test
    void textLinesAreReadableOnStandardErrorAndMasked() {
        try (CapturedLogs logs = new CapturedLogs(LogFormat.TEXT, TOKEN, PASSWORD)) {
            MDC.put(ScenarioLogPlugin.SCENARIO, "Pikachu");
            try {
                LOG.warn("Token {}", TOKEN, new IllegalStateException("password " + PASSWORD));
            } finally {
                MDC.clear();
            }
            LOG.info("Outside any scenario");
            LoggerFactory.getLogger(RequestLogInterceptor.class).info("GET /type answered 200 in 3 ms");
            LoggerFactory.getLogger(RequestLogInterceptor.class).warn("GET /type answered 503 in 3 ms");

            assertThat(logs.stdout()).isEmpty();
            assertThat(logs.stderr()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
                    .containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  i\\.p\\.s\\.l\\.LogSetupTest \\[Pikachu] - Token \\*\\*\\*\\*")
                    .contains("java.lang.IllegalStateException: password ****")
                    .containsPattern("INFO  i\\.p\\.s\\.l\\.LogSetupTest - Outside any scenario")
                    .as("requests at INFO are for Loki, not for a terminal").doesNotContain("answered 200")
                    .contains("answered 503");
        }
    }

    @Test
    void theReportGoesToStandardErrorWhenStandardOutputIsForJsonLines() {
        try (CapturedLogs logs = new CapturedLogs(LogFormat.JSON, TOKEN)) {
            logs.console().report().println("✔ Pikachu  (features/pokemon.feature:7, 3 ms) " + TOKEN);
            logs.console().report().flush();

            assertThat(logs.stdout()).isEmpty();
            assertThat(logs.stderr()).isEqualTo("✔ Pikachu  (features/pokemon.feature:7, 3 ms) ****" + System.lineSeparator());
        }
        try (CapturedLogs logs = new CapturedLogs(LogFormat.TEXT, TOKEN)) {
            logs.console().report().println("Reports: " + TOKEN);
            logs.console().report().flush();

            assertThat(logs.stdout()).isEqualTo("Reports: ****" + System.lineSeparator());
        }
    }

    private static String text(JsonObject line, String field) {
        assertThat(line.has(field)).as("field %s in %s", field, line).isTrue();
        return line.get(field).getAsString();
    }
}
