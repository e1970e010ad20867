package io.pokeapi.suite.replica;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Notes when each request reaches the replica, before any injected fault or latency: what a client's
 * waits and request rate look like from the server's side.
 */
public final class RequestJournal extends Filter {

    /**
     * One request.
     *
     * @param path       the raw request path, without a trailing slash
     * @param nanoTime   {@link System#nanoTime()} when it arrived
     */
    public record Arrival(String path, long nanoTime) {
    }

    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        arrivals.add(new Arrival(exchange.getRequestURI().getRawPath().replaceAll("/+$", ""), System.nanoTime()));
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "notes the arrival of every request";
    }

    /** Every request so far, in order of arrival. */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** The requests for {@code path} so far, in order of arrival. */
    public List<Arrival> arrivals(String path) {
        String wanted = path.replaceAll("/+$", "");
        return arrivals.stream().filter(arrival -> arrival.path().equals(wanted)).toList();
    }
}
