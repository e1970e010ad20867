package io.pokeapi.suite.observability;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.PushGateway;
import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a finished run's metrics to a Prometheus Pushgateway, grouped by job {@value #JOB} and by
 * instance, the host name; each push replaces the group's metrics. A Pushgateway that is down, refuses
 * the metrics or is slow costs one warning line and at most {@link #TIMEOUT}, never the run.
 */
public final class PushgatewayPublisher {

    public static final String JOB = "pokeapi-suite";
    /**
     * The longest a run waits for the Pushgateway. The client's own timeouts are ten seconds, which it sets
     * on every connection itself; a push that takes longer goes on, unwaited for, on a daemon thread.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    private static final Logger LOG = LoggerFactory.getLogger(PushgatewayPublisher.class);

    private final URI gateway;
    private final String instance;

    public PushgatewayPublisher(URI gateway) {
        this(gateway, hostName());
    }

    PushgatewayPublisher(URI gateway, String instance) {
        this.gateway = gateway;
        this.instance = instance;
    }

    /** The {@code instance} label of the pushed metrics. */
    public String instance() {
        return instance;
    }

    /** Pushes every metric of {@code registry}; true if the Pushgateway took them. */
    public boolean push(CollectorRegistry registry) {
        PushGateway client;
        try {
            client = new PushGateway(URI.create(gateway.toString().replaceAll("/+$", "")).toURL());
        } catch (MalformedURLException | IllegalArgumentException e) {
            warn("its URL is not usable (" + e.getMessage() + ")");
            return false;
        }
        CompletableFuture<Void> push = new CompletableFuture<>();
        Thread pusher = new Thread(() -> {
            try {
                client.push(registry, JOB, Map.of("instance", instance));
                push.complete(null);
            } catch (IOException | RuntimeException e) {
                push.completeExceptionally(e);
            }
        }, "pushgateway-push");
        pusher.setDaemon(true);
        pusher.start();
        try {
            push.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            warn("it did not answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            warn(describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            warn("the push was interrupted");
        }
        return false;
    }

    private void warn(String why) {
        LOG.warn("The run's metrics were not pushed to the Pushgateway at {}: {}. The run goes on.", where(), why);
    }

    /** The gateway's address without any user information, which may hold a password. */
    private String where() {
        return gateway.getUserInfo() == null ? gateway.toString()
                : gateway.getScheme() + "://" + gateway.getHost() + (gateway.getPort() < 0 ? "" : ":" + gateway.getPort())
                        + Optional.ofNullable(gateway.getRawPath()).orElse("");
    }

    private static String describe(Throwable error) {
        String message = Optional.ofNullable(error.getMessage()).orElse(error.getClass().getSimpleName());
        String line = message.lines().findFirst().orElse(message).strip();
        return error instanceof IOException && !line.startsWith("Response code") ? error.getClass().getSimpleName()
                + " (" + line + ")" : line;
    }

    /** The machine's host name, as Prometheus's instance label; never fails. */
    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).filter(name -> !name.isBlank()).orElse("unknown");
        }
    }
}
