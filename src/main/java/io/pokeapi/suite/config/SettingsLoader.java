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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private static final Duration MAX_DURATION = Duration.ofHours(1);
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
                read(Setting.REPLICA_DATA, Path::of),
                read(Setting.REPLICA_HOST, Function.identity()).orElse("127.0.0.1"),
                read(Setting.REPLICA_PORT, text -> parseInt(text, 0, 65535)).orElse(0),
                read(Setting.THREADS, text -> parseInt(text, 1, MAX_THREADS)).orElse(4),
                read(Setting.TAGS, SettingsLoader::parseTags).or(() -> readCucumberTags()),
                read(Setting.FEATURES_DIR, Path::of).orElse(Path.of("features")),
                read(Setting.REPORTS_DIR, Path::of).orElse(Path.of("target", "reports")),
                read(Setting.HTTP_CONNECT_TIMEOUT, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(5)),
                read(Setting.HTTP_READ_TIMEOUT, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(15)),
                read(Setting.HTTP_CALL_TIMEOUT, SettingsLoader::parseDuration).orElse(Duration.ofSeconds(30)));
    }

    private <T> Optional<T> read(Setting setting, Function<String, T> parser) {
        return source.get(setting.name()).map(value -> {
            try {
                return parser.apply(value.text());
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("Invalid " + setting.name() + "='" + value.text() + "' from "
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

    static String parseTags(String text) {
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

    private static int parseInt(String text, int min, int max) {
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
            if (!duration.isZero() && duration.compareTo(MAX_DURATION) <= 0) {
                return duration;
            }
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException("expected a duration from 1ms to " + MAX_DURATION.toMinutes() + "m");
    }
}
