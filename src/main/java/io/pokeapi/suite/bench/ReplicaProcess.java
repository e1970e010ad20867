package io.pokeapi.suite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The replica in a JVM of its own, serving an api-data folder: the documents it keeps in memory are not
 * counted in the heap of the suite that is measured against it. Stopped on close, and when this JVM exits.
 */
final class ReplicaProcess implements AutoCloseable {

    private static final String MAIN = "io.pokeapi.suite.cli.Main";
    private static final String HOST = "127.0.0.1";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(100);
    // A fault set in the environment would slow or break the answers being measured.
    private static final List<String> FAULTS = List.of("REPLICA_LATENCY", "REPLICA_FAIL_FIRST", "REPLICA_ERROR_RATE",
            "REPLICA_BREAK");

    private final Process process;
    private final URI baseUrl;
    private final Thread stopOnExit;

    private ReplicaProcess(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.stopOnExit = new Thread(process::destroy, "bench-replica-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts the replica of {@code data} with this JVM's classpath, its output going to {@code log}, and
     * waits until it answers.
     */
    static ReplicaProcess start(Path data, Path log) {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MAIN, "replica")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        FAULTS.forEach(environment::remove);
        environment.put("REPLICA_DATA", data.toAbsolutePath().normalize().toString());
        environment.put("REPLICA_HOST", HOST);
        environment.put("REPLICA_PORT", Integer.toString(port));
        environment.put("LOG_FORMAT", "text");
        ReplicaProcess replica;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            replica = new ReplicaProcess(builder.start(), URI.create("http://" + HOST + ":" + port));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the replica's JVM: " + e.getMessage(), e);
        }
        try {
            replica.awaitAnswer(log);
            return replica;
        } catch (RuntimeException e) {
            replica.close();
            throw e;
        }
    }

    /** Such as http://127.0.0.1:41621 */
    URI baseUrl() {
        return baseUrl;
    }

    /** Such as http://127.0.0.1:41621/api/v2 */
    URI apiBase() {
        return URI.create(baseUrl + "/api/v2");
    }

    private void awaitAnswer(Path log) {
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
        Request root = new Request.Builder().url(apiBase() + "/").build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The replica's JVM stopped with exit code " + process.exitValue()
                            + " before answering: see " + log.toAbsolutePath().normalize());
                }
                try (Response response = client.newCall(root).execute()) {
                    if (response.code() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // polled again below
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the replica at " + baseUrl, e);
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
        throw new IllegalStateException("The replica at " + baseUrl + " did not answer within "
                + START_LIMIT.toSeconds() + " s: see " + log.toAbsolutePath().normalize());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops what is stopped already
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the replica: " + e.getMessage(), e);
        }
    }
}
