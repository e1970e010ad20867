package io.pokeapi.suite.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@link Settings} from, in order of precedence: JVM system properties (so that
 * {@code mvn test -DTARGET=replica} works), the environment, and a {@code .env} file.
 */
public final class SettingsLoader {

    /** Cucumber's own name for {@link Setting#TAGS}, which means the same. */
    private static final String CUCUMBER_TAGS = "cucumber.filter.tags";
    /** Settings whose values are secret whatever SECRETS says. */
    private static final List<Setting<?>> ALWAYS_SECRET = List.of(Setting.POSTGRES_PASSWORD, Setting.REPORTPORTAL_API_TOKEN,
            Setting.RUNS_TOKEN);

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
        Settings.Target target = value(Setting.TARGET);
        return Settings.builder()
                .baseUrl(value(Setting.POKEAPI_BASE_URL))
                .target(target)
                .replica(replica())
                .threads(value(Setting.THREADS))
                .retries(value(Setting.RETRIES))
                .failOn(value(Setting.FAIL_ON))
                .tags(explicit(Setting.TAGS).orElseGet(this::cucumberTags))
                .featuresDir(value(Setting.FEATURES_DIR))
                .reportsDir(value(Setting.REPORTS_DIR))
                .connectTimeout(value(Setting.HTTP_CONNECT_TIMEOUT))
                .readTimeout(value(Setting.HTTP_READ_TIMEOUT))
                .callTimeout(value(Setting.HTTP_CALL_TIMEOUT))
                .resilience(resilience(target))
                .history(history())
                .observability(observability())
                .reportPortal(reportPortal())
                .sweep(sweep())
                .httpCache(value(Setting.HTTP_REVALIDATE) ? Optional.of(value(Setting.HTTP_CACHE_DIR)) : Optional.empty())
                .build();
    }

    private ReplicaSettings replica() {
        return new ReplicaSettings(value(Setting.REPLICA_DATA), value(Setting.REPLICA_HOST), value(Setting.REPLICA_PORT),
                new ReplicaFaults(value(Setting.REPLICA_LATENCY), value(Setting.REPLICA_FAIL_FIRST),
                        value(Setting.REPLICA_ERROR_RATE), value(Setting.REPLICA_RETRY_AFTER),
                        value(Setting.REPLICA_BREAK), value(Setting.REPLICA_TRICKLE_PAUSE)),
                new ReplicaVersion(value(Setting.REPLICA_VERSION_HASH), value(Setting.REPLICA_DEPLOY_DATE)));
    }

    private ResilienceSettings resilience(Settings.Target target) {
        Duration backoff = value(Setting.HTTP_RETRY_BACKOFF);
        Duration maxBackoff = value(Setting.HTTP_RETRY_MAX_BACKOFF);
        if (maxBackoff.compareTo(backoff) < 0) {
            throw new InvalidSettingException("Invalid HTTP_RETRY_MAX_BACKOFF=" + maxBackoff.toMillis() + "ms: "
                    + "it is shorter than HTTP_RETRY_BACKOFF=" + backoff.toMillis() + "ms");
        }
        // The default limit is for the live API; the replica is the suite's own and is measured at full speed.
        Optional<Double> rateLimit = explicit(Setting.RATE_LIMIT)
                .orElse(target == Settings.Target.LIVE ? Setting.RATE_LIMIT.defaultValue() : Optional.empty());
        return new ResilienceSettings(value(Setting.HTTP_RETRIES), backoff, maxBackoff, value(Setting.HTTP_RETRY_BUDGET),
                value(Setting.HTTP_RETRY_AFTER_MAX), value(Setting.CIRCUIT_BREAKER), rateLimit);
    }

    private HistorySettings history() {
        Duration baselineWindow = value(Setting.BASELINE_WINDOW);
        return new HistorySettings(value(Setting.HISTORY), value(Setting.POSTGRES_HOST), value(Setting.POSTGRES_PORT),
                value(Setting.POSTGRES_DB), value(Setting.POSTGRES_USER), value(Setting.POSTGRES_PASSWORD),
                value(Setting.HISTORY_DIR), baselineWindow, value(Setting.BASELINE_TOLERANCE),
                value(Setting.BASELINE_FAILS), retention(baselineWindow));
    }

    /**
     * The baselines are renewed from the window's responses, which pruning must leave: the default retention
     * grows to a longer window, and a retention set shorter than the window is refused.
     */
    private Optional<Duration> retention(Duration baselineWindow) {
        Optional<Optional<Duration>> set = explicit(Setting.HISTORY_RETENTION);
        if (set.isEmpty()) {
            return Setting.HISTORY_RETENTION.defaultValue()
                    .map(retention -> retention.compareTo(baselineWindow) < 0 ? baselineWindow : retention);
        }
        set.get().filter(retention -> retention.compareTo(baselineWindow) < 0).ifPresent(retention -> {
            throw new InvalidSettingException("Invalid HISTORY_RETENTION=" + DurationSyntax.written(retention)
                    + ": it is shorter than BASELINE_WINDOW=" + DurationSyntax.written(baselineWindow)
                    + ", whose responses the baselines are renewed from; keep the history at least that long");
        });
        return set.get();
    }

    private ObservabilitySettings observability() {
        return new ObservabilitySettings(value(Setting.PROMETHEUS_PORT), value(Setting.PUSHGATEWAY_URL),
                value(Setting.LOG_FORMAT), secrets(), value(Setting.SERVE_INTERVAL), value(Setting.RUNS_TOKEN));
    }

    private ReportPortalSettings reportPortal() {
        return new ReportPortalSettings(value(Setting.REPORTPORTAL_ENDPOINT), value(Setting.REPORTPORTAL_PROJECT),
                value(Setting.REPORTPORTAL_API_TOKEN), value(Setting.REPORTPORTAL_LAUNCH), value(Setting.ENVIRONMENT),
                value(Setting.GIT_COMMIT), value(Setting.REPORTPORTAL_TIMEOUT));
    }

    private SweepSettings sweep() {
        return new SweepSettings(value(Setting.SWEEP), value(Setting.SWEEP_SAMPLE), value(Setting.SCHEMA_DIR),
                value(Setting.SCHEMA_URL));
    }

    /** The database password, the tokens, and the values of the settings SECRETS names: never to be logged. */
    private List<String> secrets() {
        return secretNames().stream()
                .map(source::get)
                .flatMap(Optional::stream)
                .map(SettingSource.Value::text)
                .distinct()
                .toList();
    }

    /** The settings whose values are secret: the password, the tokens, those SECRETS names. */
    private List<String> secretNames() {
        List<String> names = new ArrayList<>(ALWAYS_SECRET.stream().map(Setting::name).toList());
        source.get(Setting.SECRETS.name()).ifPresent(value -> names.addAll(Setting.SECRETS.parse(value.text())));
        return names;
    }

    /** The setting's value where it is set, else its default. */
    private <T> T value(Setting<T> setting) {
        return explicit(setting).orElseGet(setting::defaultValue);
    }

    /** The setting's value where it is set. */
    private <T> Optional<T> explicit(Setting<T> setting) {
        return source.get(setting.name()).map(value -> parse(setting.name(), value, setting::parse));
    }

    /** {@code -Dcucumber.filter.tags}, read as TAGS is; reported under its own name. */
    private Optional<String> cucumberTags() {
        return source.get(CUCUMBER_TAGS).flatMap(value -> parse(CUCUMBER_TAGS, value, Setting.TAGS::parse));
    }

    private <T> T parse(String name, SettingSource.Value value, Function<String, T> parser) {
        try {
            return parser.apply(value.text());
        } catch (IllegalArgumentException e) {
            String shown = secretNames().contains(name) ? " (a secret, not shown)" : "='" + value.text() + "'";
            throw new InvalidSettingException("Invalid " + name + shown + " from " + value.origin() + ": "
                    + e.getMessage());
        }
    }

    /**
     * The tag expression, checked by Cucumber's own parser; also checks the expressions that come from
     * elsewhere, such as the serve mode's {@code POST /runs?tags=…}.
     *
     * @throws IllegalArgumentException saying what is wrong and what an expression looks like
     */
    public static String parseTags(String text) {
        return ValueSyntax.tagExpression(text);
    }
}
