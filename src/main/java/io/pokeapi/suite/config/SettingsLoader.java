package io.pokeapi.suite.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Settings} from, in order of precedence: JVM system properties (so that
 * {@code mvn test -DTARGET=replica} works), the environment, and a {@code .env} file.
 */
public final class SettingsLoader {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");
    private static final int MAX_THREADS = 64;
    private static final int MAX_RETRIES = 10;
    private static final Duration MAX_DURATION = Duration.ofHours(1);
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2})\\s*h");
    private static final Duration DEFAULT_SERVE_INTERVAL = Duration.ofMinutes(5);
    private static final Duration MIN_SERVE_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MAX_SERVE_INTERVAL = Duration.ofHours(24);
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,6})\\s*([hd])");
    private static final Duration MAX_WINDOW = Duration.ofDays(365);
    private static final Pattern CIRCUIT_BREAKER = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*:\\s*(\\S+)");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*s)?");
    private static final Pattern PERCENTAGE = Pattern.compile("(\\d{1,4}(?:\\.\\d+)?)\\s*%?");
    private static final String CUCUMBER_TAGS = "cucumber.filter.tags";

    private final SettingSource source;

    public SettingsLoader(SettingSource source) {
        this.source = source;
    }

    /** Settings of this process: system properties, then the environment, then {@code ./.env}. */
    public static Settings fromEnvironment() {
        return new SettingsLoader(standardSource(Path.of(".env"))).load();
    }

    static SettingSource standardSource(Path dotEnv) {
        Map<String, String> systemProperties = new HashMap<>();
        System.getProperties().forEach((key, value) -> systemProperties.put(key.toString(), value.toString()));
        return new SettingSource()
                .withLayer(systemProperties, "a system property")
                .withLayer(System.getenv(), "the environment")
                .withLayer(readDotEnv(dotEnv), dotEnv.toAbsolutePath().normalize().toString());
    }

    static Map<String, String> readDotEnv(Path file) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        Path directory = file.toAbsolutePath().getParent();
        try {
            Dotenv dotenv = Dotenv.configure()
                    .directory(directory.toString())
                    .filename(file.getFileName().toString())
                    .load();
            for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                values.put(entry.getKey(), unquoted(entry.getValue()));
            }
        } catch (DotenvException e) {
            throw new InvalidSettingException("Cannot read " + file.toAbsolutePath().normalize() + ": " + e.getMessage());
        }
        return values;
    }

    /** dotenv-java strips double quotes only; shells strip single ones too, so .env files use both. */
    private static String unquoted(String value) {
        boolean singleQuoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
        return singleQuoted ? value.substring(1, value.length() - 1) : value;
    }

    public Settings load() {
        Settings.Target target = read(Setting.TARGET, SettingsLoader::parseTarget).orElse(Settings.Target.LIVE);
        return new Settings(
                read(Setting.POKEAPI_BASE_URL, SettingsLoader::parseBaseUrl).orElse(URI.create(Settings.DEFAULT_BASE_URL)),
                target,
                replica(),
                read(Setting.THREADS, text -> parseInt(text, 1, MAX_THREADS)).orElse(4),
                read(Setting.RETRIES, text -> parseInt(text, 0, MAX_RETRIES)).orElse(3),
                read(Setting.TAGS, SettingsLoader::parseTags).or(() -> readCucumberTags()),
                read(Setting.FEATURES_DIR, Path::of).orElse(Path.of("features")),
                read(Setting.REPORTS_DIR, Path::of).orElse(Path.of("target", "reports")),
                read(Setting.HTTP_CONNECT_TIMEOUT, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(5)),
                read(Setting.HTTP_READ_TIMEOUT, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(15)),
                read(Setting.HTTP_CALL_TIMEOUT, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(30)),
                resilience(target),
                history(),
                observability(),
                reportPortal(),
                sweep());
    }

    private SweepSettings sweep() {
        return new SweepSettings(
                read(Setting.SWEEP, SweepSyntax::resources).orElse(Set.of()),
                read(Setting.SWEEP_SAMPLE, text -> parseInt(text, 0, 1_000_000)).orElse(0),
                read(Setting.SCHEMA_DIR, text -> SweepSyntax.schemaDir(parsePath(text).toString())),
                read(Setting.SCHEMA_URL, text -> URI.create(parseHttpUrl(text) + "/"))
                        .orElse(URI.create(SweepSettings.DEFAULT_SCHEMA_URL)));
    }

    private ReportPortalSettings reportPortal() {
        return new ReportPortalSettings(
                read(Setting.REPORTPORTAL_ENDPOINT, SettingsLoader::parseHttpUrl),
                read(Setting.REPORTPORTAL_PROJECT, SettingsLoader::parseName),
                read(Setting.REPORTPORTAL_API_TOKEN, Function.identity()).filter(token -> !token.isBlank()),
                read(Setting.REPORTPORTAL_LAUNCH, SettingsLoader::parseName).orElse(ReportPortalSettings.DEFAULT_LAUNCH),
                read(Setting.ENVIRONMENT, SettingsLoader::parseName).orElse(ReportPortalSettings.DEFAULT_ENVIRONMENT),
                read(Setting.GIT_COMMIT, SettingsLoader::parseName),
                read(Setting.REPORTPORTAL_TIMEOUT, SettingsLoader::parseDuration).orElse(ReportPortalSettings.DEFAULT_TIMEOUT));
    }

    /** A name that goes into a URL path or a ReportPortal attribute: no blanks, no slashes. */
    private static String parseName(String text) {
        if (!text.matches("[^\\s/?#]{1,128}")) {
            throw new IllegalArgumentException("expected a name of 1 to 128 characters without spaces, '/', '?' or '#'");
        }
        return text;
    }

    private ResilienceSettings resilience(Settings.Target target) {
        Duration backoff = read(Setting.HTTP_RETRY_BACKOFF, SettingsLoader::parseDuration).orElse(Duration.ofMillis(200));
        Duration maxBackoff = read(Setting.HTTP_RETRY_MAX_BACKOFF, SettingsLoader::parseDuration)
                .orElse(Duration.ofSeconds(5));
        if (maxBackoff.compareTo(backoff) < 0) {
            throw new InvalidSettingException("Invalid HTTP_RETRY_MAX_BACKOFF=" + maxBackoff.toMillis() + "ms: "
                    + "it is shorter than HTTP_RETRY_BACKOFF=" + backoff.toMillis() + "ms");
        }
        return new ResilienceSettings(
                read(Setting.HTTP_RETRIES, text -> parseInt(text, 0, MAX_RETRIES)).orElse(3),
                backoff,
                maxBackoff,
                read(Setting.HTTP_RETRY_BUDGET, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(30)),
                read(Setting.HTTP_RETRY_AFTER_MAX, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(10)),
                read(Setting.CIRCUIT_BREAKER, SettingsLoader::parseCircuitBreaker)
                        .orElse(Optional.of(new ResilienceSettings.CircuitBreaker(5, 10, Duration.ofSeconds(30)))),
                // PokéAPI is free and asks for fair use; the replica is the suite's own.
                read(Setting.RATE_LIMIT, SettingsLoader::parseRate)
                        .orElse(target == Settings.Target.LIVE ? Optional.of(10.0) : Optional.empty()));
    }

    /** {@code 5/10:30s}: open after 5 failures among the last 10 requests, for 30 s; {@code off}. */
    private static Optional<ResilienceSettings.CircuitBreaker> parseCircuitBreaker(String text) {
        if (text.trim().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        Matcher matcher = CIRCUIT_BREAKER.matcher(text.trim());
        if (matcher.matches()) {
            int failures = parseInt(matcher.group(1), 1, 1000);
            int requests = parseInt(matcher.group(2), 1, 1000);
            if (failures <= requests) {
                return Optional.of(new ResilienceSettings.CircuitBreaker(failures, requests,
                        parseDuration(matcher.group(3))));
            }
        }
        throw new IllegalArgumentException("expected <failures>/<requests>:<open time> such as 5/10:30s "
                + "(failures at most requests), or off");
    }

    /** {@code 10/s}, {@code 10}, or {@code off}. */
    private static Optional<Double> parseRate(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("off")) {
            return Optional.empty();
        }
        Matcher matcher = RATE.matcher(trimmed);
        if (matcher.matches()) {
            double rate = Double.parseDouble(matcher.group(1));
            if (rate > 0 && rate <= 10_000) {
                return Optional.of(rate);
            }
        }
        throw new IllegalArgumentException("expected requests per second such as 10/s (above 0, at most 10000), "
                + "or off");
    }

    private ObservabilitySettings observability() {
        return new ObservabilitySettings(
                read(Setting.PROMETHEUS_PORT, text -> parseInt(text, 0, 65535)).orElse(8000),
                read(Setting.PUSHGATEWAY_URL, SettingsLoader::parseHttpUrl),
                read(Setting.LOG_FORMAT, SettingsLoader::parseLogFormat).orElse(ObservabilitySettings.LogFormat.JSON),
                secrets(),
                read(Setting.SERVE_INTERVAL, SettingsLoader::parseServeInterval)
                        .orElse(Optional.of(DEFAULT_SERVE_INTERVAL)));
    }

    /** {@code off} (or 0): the serve mode runs only on demand; else a duration from 1 s to 24 h. */
    private static Optional<Duration> parseServeInterval(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("off") || trimmed.matches("0+\\s*(ms|s|m|h)?")) {
            return Optional.empty();
        }
        Matcher hours = HOURS.matcher(trimmed);
        try {
            Duration interval = hours.matches() ? Duration.ofHours(Long.parseLong(hours.group(1)))
                    : parseDuration(trimmed, MAX_SERVE_INTERVAL);
            if (interval.compareTo(MIN_SERVE_INTERVAL) >= 0 && interval.compareTo(MAX_SERVE_INTERVAL) <= 0) {
                return Optional.of(interval);
            }
        } catch (IllegalArgumentException notADuration) {
            // reported below, with the accepted range and off
        }
        throw new IllegalArgumentException("expected a duration from 1s to 24h, such as 5m, or off");
    }

    /** The database password, and the values of the settings SECRETS names: never to be logged. */
    private List<String> secrets() {
        return secretNames().stream()
                .map(source::get)
                .flatMap(Optional::stream)
                .map(SettingSource.Value::text)
                .filter(value -> !value.isBlank())
                .distinct()
                .toList();
    }

    /** The settings whose values are secret: the password, the ReportPortal token, those SECRETS names. */
    private List<String> secretNames() {
        List<String> names = new ArrayList<>(List.of(Setting.POSTGRES_PASSWORD.name(), "REPORTPORTAL_API_TOKEN"));
        source.get(Setting.SECRETS.name())
                .ifPresent(value -> names.addAll(List.of(value.text().split("\\s*,\\s*"))));
        return names;
    }

    private static URI parseHttpUrl(String text) {
        try {
            URI uri = new URI(text.replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected an http(s) URL such as http://127.0.0.1:9091");
    }

    private static ObservabilitySettings.LogFormat parseLogFormat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "json" -> ObservabilitySettings.LogFormat.JSON;
            case "text" -> ObservabilitySettings.LogFormat.TEXT;
            default -> throw new IllegalArgumentException("expected json or text");
        };
    }

    private ReplicaSettings replica() {
        return new ReplicaSettings(
                read(Setting.REPLICA_DATA, SettingsLoader::parsePath),
                read(Setting.REPLICA_HOST, Function.identity()).orElse("127.0.0.1"),
                read(Setting.REPLICA_PORT, text -> parseInt(text, 0, 65535)).orElse(0),
                new ReplicaFaults(
                        read(Setting.REPLICA_LATENCY, ReplicaFaultSyntax::latency).orElse(ReplicaFaults.Latency.NONE),
                        read(Setting.REPLICA_FAIL_FIRST, ReplicaFaultSyntax::failFirst).orElse(List.of()),
                        read(Setting.REPLICA_ERROR_RATE, ReplicaFaultSyntax::errorRate),
                        read(Setting.REPLICA_RETRY_AFTER, ReplicaFaultSyntax::retryAfter)
                                .orElse(ReplicaFaults.DEFAULT_RETRY_AFTER),
                        read(Setting.REPLICA_BREAK, ReplicaFaultSyntax::brokenBodies).orElse(List.of()),
                        read(Setting.REPLICA_TRICKLE_PAUSE, SettingsLoader::parseDuration)
                                .orElse(ReplicaFaults.DEFAULT_TRICKLE_PAUSE)));
    }

    private HistorySettings history() {
        return new HistorySettings(
                read(Setting.HISTORY, SettingsLoader::parseSwitch).orElse(true),
                read(Setting.POSTGRES_HOST, Function.identity()),
                read(Setting.POSTGRES_PORT, text -> parseInt(text, 1, 65535)).orElse(5432),
                read(Setting.POSTGRES_DB, SettingsLoader::parseIdentifier).orElse("pokeapi_cache"),
                read(Setting.POSTGRES_USER, Function.identity()).orElse("postgres"),
                read(Setting.POSTGRES_PASSWORD, Function.identity()).orElse(""),
                read(Setting.HISTORY_DIR, SettingsLoader::parsePath).orElse(HistorySettings.DEFAULT_EMBEDDED_DIR),
                read(Setting.BASELINE_WINDOW, SettingsLoader::parseWindow).orElse(Duration.ofDays(7)),
                read(Setting.BASELINE_TOLERANCE, SettingsLoader::parsePercentage).orElse(0.2),
                read(Setting.BASELINE_FAILS, SettingsLoader::parseSwitch).orElse(false));
    }

    private static boolean parseSwitch(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("expected on or off (true or false)");
        };
    }

    /** A database name goes into CREATE DATABASE, which takes no bind parameters: keep it a plain identifier. */
    private static String parseIdentifier(String text) {
        if (!text.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("expected letters, digits and underscores, not starting with a digit");
        }
        return text;
    }

    /** A path; a leading ~ is the user's home folder, as in a shell. */
    private static Path parsePath(String text) {
        return text.equals("~") || text.startsWith("~/")
                ? Path.of(System.getProperty("user.home") + text.substring(1))
                : Path.of(text);
    }

    private static Duration parseWindow(String text) {
        Matcher matcher = WINDOW.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration window = "d".equals(matcher.group(2)) ? Duration.ofDays(amount) : Duration.ofHours(amount);
            if (amount > 0 && window.compareTo(MAX_WINDOW) <= 0) {
                return window;
            }
        }
        throw new IllegalArgumentException("expected a window such as 7d or 36h, of at most 365d");
    }

    private static double parsePercentage(String text) {
        Matcher matcher = PERCENTAGE.matcher(text.trim());
        if (matcher.matches()) {
            double percent = Double.parseDouble(matcher.group(1));
            if (percent > 0 && percent <= 1000) {
                return percent / 100;
            }
        }
        throw new IllegalArgumentException("expected a percentage such as 20% (above 0, at most 1000%)");
    }

    private <T> Optional<T> read(Setting setting, Function<String, T> parser) {
        return source.get(setting.name()).map(value -> {
            try {
                return parser.apply(value.text());
            } catch (IllegalArgumentException e) {
                String shown = secretNames().contains(setting.name()) ? " (a secret, not shown)"
                        : "='" + value.text() + "'";
                throw new InvalidSettingException("Invalid " + setting.name() + shown + " from "
                        + value.origin() + ": " + e.getMessage());
            }
        });
    }

    /** {@code -Dcucumber.filter.tags}, Cucumber's own name, means the same as TAGS. */
    private Optional<String> readCucumberTags() {
        return source.get(CUCUMBER_TAGS).map(value -> {
            try {
                return parseTags(value.text());
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("Invalid " + CUCUMBER_TAGS + "='" + value.text() + "' from "
                        + value.origin() + ": " + e.getMessage());
            }
        });
    }

    /**
     * The tag expression, checked by Cucumber's own parser; also checks the expressions that come from
     * elsewhere, such as the serve mode's {@code POST /runs?tags=…}.
     *
     * @throws IllegalArgumentException saying what is wrong and what an expression looks like
     */
    public static String parseTags(String text) {
        try {
            TagExpressionParser.parse(text);
            return text;
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException("not a Cucumber tag expression (" + e.getMessage()
                    + "); write for example '@smoke and not @negative'");
        }
    }

    private static Settings.Target parseTarget(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "live" -> Settings.Target.LIVE;
            case "replica" -> Settings.Target.REPLICA;
            default -> throw new IllegalArgumentException("expected 'live' or 'replica'");
        };
    }

    private static URI parseBaseUrl(String text) {
        String trimmed = text.replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("expected an http(s) URL such as " + Settings.DEFAULT_BASE_URL);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected an http(s) URL such as " + Settings.DEFAULT_BASE_URL);
        }
    }

    static int parseInt(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException("expected a whole number from " + min + " to " + max);
    }

    static Duration parseDuration(String text) {
        return parseDuration(text, MAX_DURATION);
    }

    private static Duration parseDuration(String text, Duration max) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a duration such as 500ms, 5s or 2m");
        }
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
        try {
            long amount = Long.parseLong(matcher.group(1));
            Duration duration = switch (unit) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofMillis(amount);
            };
            if (!duration.isZero() && duration.compareTo(max) <= 0) {
                return duration;
            }
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException("expected a duration from 1ms to " + max.toMinutes() + "m");
    }
}
