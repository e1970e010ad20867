package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.replica.RequestJournal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target probe of whole runs, counted where the requests arrive: at a replica with a journal. */
class TargetProbeRunTest {

    private static final String ROOT = "/api/v2";

    @TempDir
    Path work;

    @Test
    void aRunWithRetriesAsksTheRootOnceBeforeAnyScenario() throws Exception {
        RequestJournal journal = new RequestJournal();
        ReplicaFaults staticFailsOnce = ReplicaFaults.NONE.withFailFirst(
                List.of(new ReplicaFaults.FailFirst("/api/v2/ability/static", 1, 500)));
        try (ReplicaServer replica = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0, staticFailsOnce, journal)) {
            SuiteProcess.Result result = SuiteProcess.run(Map.of("POKEAPI_BASE_URL", replica.baseUrl().toString(),
                    "TAGS", "@smoke", "RATE_LIMIT", "off", "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.out()).contains("Retrying 1 failed scenario");
            assertThat(journal.arrivals(ROOT)).as("root requests of the run").hasSize(1);
            assertThat(journal.arrivals().get(0).path()).isEqualTo(ROOT);
        }
    }

    @Test
    void aRootAnswering429IsAskedAgainOnlyAfterItsRetryAfter() throws Exception {
        RequestJournal journal = new RequestJournal();
        ReplicaFaults rootLimited = ReplicaFaults.NONE
                .withFailFirst(List.of(new ReplicaFaults.FailFirst(ROOT, 1, 429)))
                .withRetryAfter(new ReplicaFaults.RetryAfter(Duration.ofSeconds(1), false));
        try (ReplicaServer replica = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0, rootLimited, journal)) {
            SuiteProcess.Result result = SuiteProcess.run(Map.of("POKEAPI_BASE_URL", replica.baseUrl().toString(),
                    "TAGS", "@smoke", "RETRIES", "0", "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

            assertThat(result.exitCode()).as(result.all()).isZero();
            List<RequestJournal.Arrival> root = journal.arrivals(ROOT);
            assertThat(root).as("the 429 and the request after its wait").hasSize(2);
            assertThat(Duration.ofNanos(root.get(1).nanoTime() - root.get(0).nanoTime()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void eachServeModeRunAsksTheRootOnce() throws Exception {
        RequestJournal journal = new RequestJournal();
        ReplicaFaults staticFailsOnce = ReplicaFaults.NONE.withFailFirst(
                List.of(new ReplicaFaults.FailFirst("/api/v2/ability/static", 1, 500)));
        try (ReplicaServer replica = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0, staticFailsOnce, journal);
                ServedSuite serve = ServedSuite.start(Map.of("POKEAPI_BASE_URL", replica.baseUrl().toString(),
                        "TAGS", "@smoke", "RETRIES", "1", "RATE_LIMIT", "off", "SERVE_INTERVAL", "off",
                        "REPORTS_DIR", work.resolve("reports").toString()), work)) {
            serve.healthWhen(health -> true, "serve answering");
            assertThat(journal.arrivals(ROOT)).as("root requests before any run").isEmpty();
            for (int run = 1; run <= 2; run++) {
                String id = serve.postUntilAccepted("/runs").body().get("run").getAsString();
                serve.healthWhen(health -> ended(health, id), "the end of run " + run);

                assertThat(journal.arrivals(ROOT)).as("root requests after %d run(s)", run).hasSize(run);
            }
            assertThat(serve.printed()).contains("Retrying 1 failed scenario");
        }
    }

    private static boolean ended(ServedSuite.Answer health, String run) {
        JsonObject lastRun = health.body().getAsJsonObject("checks").getAsJsonObject("lastRun");
        return lastRun.has("run") && lastRun.get("run").getAsString().equals(run)
                && !lastRun.get("result").getAsString().equals("running");
    }
}
