package io.pokeapi.suite.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.config.ReplicaFaults.BrokenBody;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Wraps the replica's handler with the faults it is configured to inject, to test how clients cope:
 * latency, failing first requests (a 429 with its Retry-After), a rate of server errors, and bodies
 * or connections that break.
 */
final class FaultInjector implements HttpHandler {

    /** A trickled body comes in chunks this small. */
    private static final int TRICKLE_CHUNK = 16;

    private final HttpHandler next;
    private final ReplicaContent content;
    private final ReplicaFaults faults;
    private final Clock clock;
    private final Map<String, ReplicaFaults.FailFirst> failFirst;
    private final Map<String, AtomicInteger> requestsSeen = new ConcurrentHashMap<>();

    FaultInjector(HttpHandler next, ReplicaContent content, ReplicaFaults faults, Clock clock) {
        this.next = next;
        this.content = content;
        this.faults = faults;
        this.clock = clock;
        this.failFirst = faults.failFirst().stream()
                .collect(Collectors.toMap(ReplicaFaults.FailFirst::path, Function.identity(), (first, second) -> first));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        pause(latency());
        String path = exchange.getRequestURI().getRawPath().replaceAll("/+$", "");
        ReplicaFaults.FailFirst first = failFirst.get(path);
        if (first != null && requestsSeen.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet()
                <= first.count()) {
            fail(exchange, first.status());
            return;
        }
        Optional<ReplicaFaults.ErrorRate> errors = faults.errorRate();
        if (errors.isPresent() && chance(errors.get().share())) {
            List<Integer> statuses = errors.get().statuses();
            fail(exchange, statuses.get(ThreadLocalRandom.current().nextInt(statuses.size())));
            return;
        }
        Optional<BrokenBody.Kind> broken = breakFor(path);
        if (broken.isPresent() && exchange.getRequestMethod().equals("GET")) {
            URI uri = exchange.getRequestURI();
            Reply reply = content.find(Route.parse(uri.getRawPath()), uri.getRawPath(), uri.getRawQuery());
            if (reply instanceof Reply.Json json) {
                breakAnswer(exchange, broken.get(), json.body().plain());
                return;
            }
        }
        next.handle(exchange);
    }

    private Duration latency() {
        ReplicaFaults.Latency latency = faults.latency();
        long min = latency.min().toMillis();
        long max = latency.max().toMillis();
        return Duration.ofMillis(min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
    }

    private static boolean chance(double share) {
        return ThreadLocalRandom.current().nextDouble() < share;
    }

    /** A break for the path wins over one for a share of all requests. */
    private Optional<BrokenBody.Kind> breakFor(String path) {
        for (BrokenBody broken : faults.brokenBodies()) {
            if (broken.path().filter(path::equals).isPresent()) {
                return Optional.of(broken.kind());
            }
        }
        for (BrokenBody broken : faults.brokenBodies()) {
            if (broken.path().isEmpty() && chance(broken.share())) {
                return Optional.of(broken.kind());
            }
        }
        return Optional.empty();
    }

    private void fail(HttpExchange exchange, int status) throws IOException {
        if (status == 429) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter());
        }
        send(exchange, status, ReplicaHandler.TEXT,
                ("Injected fault: " + status).getBytes(StandardCharsets.UTF_8));
    }

    /** Delta-seconds, or an HTTP date rounded up so that a client waiting until then waits the whole delay. */
    private String retryAfter() {
        ReplicaFaults.RetryAfter retryAfter = faults.retryAfter();
        if (!retryAfter.httpDate()) {
            return Long.toString(retryAfter.delay().toSeconds());
        }
        Instant until = clock.instant().plus(retryAfter.delay());
        Instant wholeSecond = until.truncatedTo(ChronoUnit.SECONDS);
        Instant roundedUp = wholeSecond.equals(until) ? until : wholeSecond.plusSeconds(1);
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(roundedUp.atOffset(ZoneOffset.UTC));
    }

    private void breakAnswer(HttpExchange exchange, BrokenBody.Kind kind, byte[] json) throws IOException {
        switch (kind) {
            case TRUNCATE -> send(exchange, 200, ReplicaHandler.JSON, Arrays.copyOf(json, json.length / 2));
            case MALFORMED -> send(exchange, 200, ReplicaHandler.JSON, malformed(json));
            case RESET -> exchange.close(); // no status line: the client sees the connection end
            case TRICKLE -> trickle(exchange, json);
        }
    }

    /** The document with its first name-value colon gone: a syntax error even to a lenient parser. */
    private static byte[] malformed(byte[] json) {
        byte[] broken = json.clone();
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == ':') {
                broken[i] = ' ';
                break;
            }
        }
        return broken;
    }

    private void trickle(HttpExchange exchange, byte[] json) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", ReplicaHandler.JSON);
            exchange.sendResponseHeaders(200, json.length);
            OutputStream out = exchange.getResponseBody();
            for (int offset = 0; offset < json.length; offset += TRICKLE_CHUNK) {
                out.write(json, offset, Math.min(TRICKLE_CHUNK, json.length - offset));
                out.flush();
                if (!pause(faults.tricklePause())) {
                    return; // the server is stopping
                }
            }
            out.close();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            ReplicaHandler.send(exchange, status, contentType, body, exchange.getRequestMethod().equals("HEAD"));
        }
    }

    /** False when interrupted, which means the server is stopping. */
    private static boolean pause(Duration duration) {
        if (duration.isZero()) {
            return true;
        }
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
