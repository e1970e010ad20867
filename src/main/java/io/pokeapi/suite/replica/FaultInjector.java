package io.pokeapi.suite.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.pokeapi.suite.config.ReplicaFaults;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Wraps the replica's handler with the faults it is configured to inject, to test how clients cope. */
final class FaultInjector implements HttpHandler {

    private final HttpHandler next;
    private final ReplicaFaults faults;
    private final Map<String, ReplicaFaults.FailFirst> failFirst;
    private final Map<String, AtomicInteger> requestsSeen = new ConcurrentHashMap<>();

    FaultInjector(HttpHandler next, ReplicaFaults faults) {
        this.next = next;
        this.faults = faults;
        this.failFirst = faults.failFirst().stream()
                .collect(Collectors.toMap(ReplicaFaults.FailFirst::path, Function.identity(), (first, second) -> first));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!faults.latency().isZero()) {
            try {
                Thread.sleep(faults.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the server is stopping
            }
        }
        String path = exchange.getRequestURI().getRawPath().replaceAll("/+$", "");
        ReplicaFaults.FailFirst fault = failFirst.get(path);
        if (fault != null && requestsSeen.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet()
                <= fault.count()) {
            fail(exchange, fault.status());
            return;
        }
        next.handle(exchange);
    }

    private static void fail(HttpExchange exchange, int status) throws IOException {
        byte[] body = ("Injected fault: " + status).getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
