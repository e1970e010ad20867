package io.pokeapi.suite.replica;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * Notes when each request reaches the replica, before any injected fault or latency: what a client's
 * waits and request rate look like from the server's side.
 */
public final class RequestJournal extends Filter {

    /**
     * One request.
     *
     * @param path       the raw request path, without a trailing slash
     * @param nanoTime   the journal's ticker ({@link System#nanoTime()}) when it arrived
     */
    public record Arrival(String path, long nanoTime) {
    }

    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final LongSupplier ticker;

    public RequestJournal() {
        this(System::nanoTime);
    }

    /** A journal that times arrivals on {@code ticker}: nanoseconds on a monotonic clock. */
    public RequestJournal(LongSupplier ticker) {
        this.ticker = ticker;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        arrivals.add(new Arrival(exchange.getRequestURI().getRawPath().replaceAll("/+$", ""), ticker.getAsLong()));
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

    /** The most requests that arrived within any {@code window}. */
    public int busiest(Duration window) {
        List<Long> times = arrivals.stream().map(Arrival::nanoTime).sorted().toList();
        int busiest = 0;
        for (int first = 0, last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= window.toNanos()) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }

    /** Requests per second from the first arrival to the last; zero for fewer than two. */
    public double averageRate() {
        List<Long> times = arrivals.stream().map(Arrival::nanoTime).sorted().toList();
        if (times.size() < 2) {
            return 0;
        }
        return (times.size() - 1) / ((times.get(times.size() - 1) - times.get(0)) / 1e9);
    }
}
