package io.pokeapi.suite.replica;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.config.ReplicaSettings;
import io.pokeapi.suite.config.ReplicaVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded replica of the PokéAPI REST API that serves an api-data folder over HTTP, answering
 * like https://pokeapi.co/api/v2 does, with URLs pointing at the replica itself.
 */
public final class ReplicaServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaServer.class);

    private static final int BACKLOG = 128;
    // Handlers block while writing large bodies to slow readers, so a few more threads than cores
    // keep the CPUs busy.
    private static final int WORKER_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /**
     * HttpServer writes the response headers and the body in two writes. With Nagle's algorithm on
     * (its default), a body smaller than a TCP segment, such as a gzipped document, then waits for
     * the client's delayed ACK of the headers: about 40 ms per response, some 180 requests/s.
     * The JDK reads this property once, when the first HttpServer of the JVM starts; an explicit
     * setting by the user is left alone. Every HttpServer of the suite sets it before it starts,
     * whichever starts first.
     */
    public static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService workers;
    private final URI baseUrl;
    private final ApiData data;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReplicaServer(HttpServer server, ExecutorService workers, URI baseUrl, ApiData data) {
        this.server = server;
        this.workers = workers;
        this.baseUrl = baseUrl;
        this.data = data;
    }

    /**
     * Starts serving {@code data} at {@code http://host:port/api/v2}.
     *
     * @param port 0 for any free port
     * @throws IOException if the address cannot be bound; its message names {@code host:port}
     */
    public static ReplicaServer start(ApiData data, String host, int port) throws IOException {
        return start(data, host, port, ReplicaFaults.NONE);
    }

    /** Starts the replica its settings describe, with their faults. */
    public static ReplicaServer start(ReplicaSettings settings) throws IOException {
        ApiData data = settings.data().map(ApiData::open).orElseGet(ApiData::bundled);
        return start(data, settings.host(), settings.port(), settings.faults(), Optional.empty(),
                settings.version(), HttpPromise.all());
    }

    /**
     * Starts serving {@code data} on a free loopback port with one of the live API's HTTP promises
     * broken, to show that the scenarios about it notice.
     */
    public static ReplicaServer startBreaking(ApiData data, HttpPromise broken) throws IOException {
        return start(data, "127.0.0.1", 0, ReplicaFaults.NONE, Optional.empty(), ReplicaVersion.DEFAULT,
                HttpPromise.allBut(broken));
    }

    /** Starts serving {@code data} as {@link #start(ApiData, String, int)} does, injecting {@code faults}. */
    public static ReplicaServer start(ApiData data, String host, int port, ReplicaFaults faults) throws IOException {
        return start(data, host, port, faults, Optional.empty(), ReplicaVersion.DEFAULT, HttpPromise.all());
    }

    /** Starts as {@link #start(ApiData, String, int, ReplicaFaults)} does, noting every request in {@code journal}. */
    public static ReplicaServer start(ApiData data, String host, int port, ReplicaFaults faults,
            RequestJournal journal) throws IOException {
        return start(data, host, port, faults, Optional.of(journal), ReplicaVersion.DEFAULT, HttpPromise.all());
    }

    private static ReplicaServer start(ApiData data, String host, int port, ReplicaFaults faults,
            Optional<RequestJournal> journal, ReplicaVersion version, Set<HttpPromise> kept) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(host, "host");
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IOException("Cannot start the PokéAPI replica on " + host + ":" + port + ": unknown host");
        }
        System.getProperties().putIfAbsent(NO_DELAY_PROPERTY, "true");
        HttpServer server;
        try {
            server = HttpServer.create(address, BACKLOG);
        } catch (IOException e) {
            throw new IOException(
                    "Cannot start the PokéAPI replica on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        int boundPort = server.getAddress().getPort();
        URI origin = origin(address, boundPort);
        ExecutorService workers = newWorkerPool(boundPort);
        ReplicaContent content = new ReplicaContent(data, new AbsoluteUrls(origin.toString()), kept);
        HttpHandler handler = new ReplicaHandler(content, version, kept);
        HttpContext context = server.createContext("/", faults.equals(ReplicaFaults.NONE) ? handler
                : new FaultInjector(handler, content, faults, Clock.systemUTC()));
        journal.ifPresent(context.getFilters()::add);
        server.setExecutor(workers);
        server.start();
        ReplicaServer replica = new ReplicaServer(server, workers, URI.create(origin + Route.API_PREFIX), data);
        LOG.info("PokéAPI replica serving {} at {}", data, replica.baseUrl);
        return replica;
    }

    /** Where clients reach the server; a wildcard address is reached on loopback. */
    private static URI origin(InetSocketAddress address, int boundPort) {
        String host = address.getAddress().isAnyLocalAddress()
                ? "127.0.0.1"
                : address.getHostString();
        try {
            // The URI constructor adds the brackets an IPv6 literal needs.
            return new URI("http", null, host, boundPort, null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Host " + host + " does not fit in a URL", e);
        }
    }

    private static ExecutorService newWorkerPool(int port) {
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "pokeapi-replica-" + port + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true); // a replica left open must not keep the JVM alive
            return thread;
        };
        return new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), threads);
    }

    /** The API root without a trailing slash, e.g. {@code http://127.0.0.1:43121/api/v2}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return baseUrl.getPort();
    }

    /** The api-data folder the replica serves. */
    public ApiData data() {
        return data;
    }

    /** Stops at once, dropping exchanges in progress, and releases the worker threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("PokéAPI replica at {}: worker threads still busy after 5 s", baseUrl);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("PokéAPI replica at {} stopped", baseUrl);
    }

    @Override
    public String toString() {
        return "ReplicaServer[" + baseUrl + "]";
    }
}
