package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.replica.RequestJournal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite against a faulty replica, end to end through its command line. */
class ChaosRunTest {

    private static final Pattern RETRIED = Pattern.compile("The client retried (\\d+) requests \\(503: (\\d+)\\)");

    @TempDir
    Path work;

    @Test
    void withOneAnswerInFiveA503TheRegressionSuitePassesAndCountsItsRetries() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@regression",
                "REPLICA_ERROR_RATE", "20%:503", "HTTP_RETRIES", "5", "HTTP_RETRY_BACKOFF", "10ms",
                "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        Matcher retried = RETRIED.matcher(result.out());
        assertThat(retried.find()).as(result.out()).isTrue();
        assertThat(Integer.parseInt(retried.group(1))).isPositive().isEqualTo(Integer.parseInt(retried.group(2)));
    }

    @Test
    void truncatedAndMalformedBodiesFailTheirScenariosNamingTheUrlAndTheParseError() throws Exception {
        SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@smoke", "RETRIES", "0",
                "REPLICA_BREAK", "truncate:/api/v2/pokemon/pikachu, malformed:/api/v2/type/electric",
                "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(Main.FAILED);
        assertThat(result.out())
                .containsPattern("Response of GET http://127\\.0\\.0\\.1:\\d+/api/v2/pokemon/pikachu \\(status 200\\) "
                        + "is not valid JSON: \\S+")
                .containsPattern("Response of GET http://127\\.0\\.0\\.1:\\d+/api/v2/type/electric \\(status 200\\) "
                        + "is not valid JSON: \\S+");
    }

    @Test
    void parallelScenariosTogetherKeepToTheRateLimitMeasuredAtTheReplica() throws Exception {
        RequestJournal journal = new RequestJournal();
        try (ReplicaServer replica = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0, ReplicaFaults.NONE,
                journal)) {
            SuiteProcess.Result result = SuiteProcess.run(Map.of("POKEAPI_BASE_URL", replica.baseUrl().toString(),
                    "TAGS", "@regression", "THREADS", "4", "RATE_LIMIT", "20/s",
                    "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(journal.arrivals()).hasSizeGreaterThan(40);
            assertThat(journal.averageRate()).as("requests per second over the run").isLessThanOrEqualTo(21);
            // A thread held up between its turn and the replica arrives with the next: one more per thread at most.
            assertThat(journal.busiest(Duration.ofSeconds(1))).isLessThanOrEqualTo(20 + 4);
        }
    }

    @Test
    void aDatabaseThatAcceptsButNeverAnswersCostsOneWarningAndABoundedWait() throws Exception {
        // The kernel completes connections to a listening socket nobody accepts from: the database "answers"
        // the connection and then says nothing.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            SuiteProcess.Result result = SuiteProcess.run(Map.of("TARGET", "replica", "TAGS", "@smoke",
                    "HISTORY", "on", "POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", Integer.toString(silent.getLocalPort()),
                    "REPORTS_DIR", work.resolve("reports").toString()), work, "run");

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.all().lines().filter(line -> line.contains("History unavailable")))
                    .singleElement().asString().contains("127.0.0.1:" + silent.getLocalPort())
                    .contains("The run goes on without history.");
            // The database's login timeout (5 s) bounds the wait, not the 180 s the test would allow.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        }
    }
}
