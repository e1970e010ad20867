package io.pokeapi.suite.observability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/** What the observability tests need around HTTP: GETs, polling a server that is starting, free ports. */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration POLL = Duration.ofMillis(20);
    /** Long enough for a JVM or a Python process to start on a busy 2-core machine. */
    private static final Duration CEILING = Duration.ofSeconds(120);

    private TestHttp() {
    }

    /** A GET; empty when nothing answers at the address. */
    public static Optional<HttpResponse<String>> get(URI uri) {
        try {
            return Optional.of(CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * GETs {@code uri} until it answers with a 2xx body that {@code accepted} takes, while {@code alive}
     * holds; empty if {@code alive} stopped holding first, or after two minutes.
     */
    public static Optional<String> poll(URI uri, Predicate<String> accepted, BooleanSupplier alive) {
        AtomicReference<Optional<String>> seen = new AtomicReference<>(Optional.empty());
        try {
            await("a 2xx answer from " + uri).atMost(CEILING).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
                seen.set(get(uri).filter(response -> response.statusCode() / 100 == 2).map(HttpResponse::body)
                        .filter(accepted));
                return seen.get().isPresent() || !alive.getAsBoolean();
            });
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
        return seen.get();
    }

    /** A port nothing listens on just now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An executable of that name on the PATH, if there is one. */
    public static Optional<Path> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
