package io.pokeapi.suite.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the suite shows itself to the tools its users watch.
 *
 * @param prometheusPort port of the /metrics and /health endpoints; 0 picks a free one
 * @param pushgateway    Prometheus Pushgateway that receives a run's final metrics, if any
 * @param logFormat      JSON lines for Loki, or readable text for a terminal
 * @param secrets        values that must never appear in a log line or a report
 * @param serveInterval  time between the serve mode's scheduled runs; empty: it runs only on demand
 * @param runsToken      the bearer token the serve mode's {@code POST /runs} asks for; empty: it asks for none
 */
public record ObservabilitySettings(int prometheusPort, Optional<URI> pushgateway, LogFormat logFormat,
        List<String> secrets, Optional<Duration> serveInterval, Optional<String> runsToken) {

    public ObservabilitySettings {
        secrets = List.copyOf(secrets);
    }

    /** The format of log lines: JSON on standard output, or text on standard error. */
    public enum LogFormat {
        JSON, TEXT
    }

    /** The same settings with the metrics on {@code port}; 0 picks a free one. */
    public ObservabilitySettings withPrometheusPort(int port) {
        return new ObservabilitySettings(port, pushgateway, logFormat, secrets, serveInterval, runsToken);
    }

    /** The settings without their secret values, which a record would print. */
    @Override
    public String toString() {
        return "ObservabilitySettings[prometheusPort=" + prometheusPort + ", pushgateway=" + pushgateway
                + ", logFormat=" + logFormat + ", secrets=" + secrets.size() + " not shown, serveInterval="
                + serveInterval + ", runsToken=" + runsToken.map(token -> "set").orElse("unset") + "]";
    }
}
