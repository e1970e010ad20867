package io.pokeapi.suite.cli;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pokeapi.suite.observability.Exposition;
import io.pokeapi.suite.observability.TestHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The suite's {@code serve} command in a fresh JVM, on a known port, with what its tests ask it: its
 * metrics, its health, a run on demand. Every wait has a ceiling, and the process is stopped with
 * SIGTERM, as Compose stops it, when the test closes it.
 */
final class ServedSuite implements AutoCloseable {

    /** Long enough for a JVM start and several runs on a busy 2-core machine. */
    static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final SuiteProcess.Running running;
    private final URI base;

    private ServedSuite(SuiteProcess.Running running, int port) {
        this.running = running;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    static ServedSuite start(Map<String, String> settings, Path work) throws IOException {
        return start(settings, work, TestHttp.freePort());
    }

    /** Serves on {@code port}, for a test whose Prometheus was told where to scrape before serve started. */
    static ServedSuite start(Map<String, String> settings, Path work, int port) throws IOException {
        Map<String, String> all = new HashMap<>(settings);
        all.put("PROMETHEUS_PORT", Integer.toString(port));
        return new ServedSuite(SuiteProcess.start(all, work, "serve"), port);
    }

    /** A POST, and the answer as JSON. */
    Answer post(String pathAndQuery) throws IOException, InterruptedException {
        return post(pathAndQuery, Map.of());
    }

    Answer post(String pathAndQuery, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JsonParser.parseString(response.body()).getAsJsonObject());
    }

    /** A status and a JSON body. */
    record Answer(int status, JsonObject body) {
    }

    /** Scrapes {@code /metrics} until {@code accepted} takes the scrape. */
    Exposition metricsWhen(Function<Exposition, Boolean> accepted, String what) {
        return until(() -> TestHttp.get(base.resolve("/metrics"))
                .filter(response -> response.statusCode() == 200)
                .map(response -> Exposition.parse(response.body()))
                .filter(accepted::apply), what);
    }

    /** Asks {@code /health} until {@code accepted} takes the answer, whatever its status (503 when DOWN). */
    Answer healthWhen(Function<Answer, Boolean> accepted, String what) {
        return until(() -> TestHttp.get(base.resolve("/health"))
                .map(response -> new Answer(response.statusCode(),
                        JsonParser.parseString(response.body()).getAsJsonObject()))
                .filter(accepted::apply), what);
    }

    /** Waits until what serve printed contains {@code text}. */
    void printedWhen(String text, String what) {
        until(() -> Optional.of(printed()).filter(printed -> printed.contains(text)), what);
    }

    /** Posts until the gate takes the run: a scheduled run may be going. */
    Answer postUntilAccepted(String pathAndQuery) {
        return until(() -> {
            try {
                return Optional.of(post(pathAndQuery)).filter(answer -> answer.status() != 409);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while posting " + pathAndQuery, e);
            }
        }, "POST " + pathAndQuery + " accepted");
    }

    /** Looks until {@code look} sees something; fails at once, with what serve printed, if serve ends. */
    private <T> T until(Supplier<Optional<T>> look, String what) {
        AtomicReference<T> seen = new AtomicReference<>();
        try {
            await(what).atMost(DEADLINE).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
                Optional<T> now = look.get();
                if (now.isPresent()) {
                    seen.set(now.get());
                    return true;
                }
                if (!running.isAlive()) {
                    throw new AssertionError(lastSaid("serve ended before " + what));
                }
                return false;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(lastSaid("no " + what + " within " + DEADLINE.toSeconds() + " s"), e);
        }
        return seen.get();
    }

    /**
     * What serve printed, then {@code what} went wrong: last, so that a log cut to its tail, as CI's is,
     * still shows it.
     */
    String lastSaid(String what) {
        return "serve printed:\n" + printed() + "\n" + what;
    }

    /** The port of its {@code /metrics}, {@code /health} and {@code /runs}. */
    int port() {
        return base.getPort();
    }

    boolean isAlive() {
        return running.isAlive();
    }

    String printed() {
        return running.printed();
    }

    /** Stops serve with SIGTERM and waits for it to end; true if it ended by itself within 30 s. */
    boolean stop() throws InterruptedException {
        Process process = running.process();
        process.destroy();
        if (process.waitFor(30, TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor();
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        if (running.isAlive()) {
            stop();
        }
    }
}
