package io.pokeapi.suite.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.pokeapi.suite.config.ObservabilitySettings;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.fieldnames.LogstashFieldNames;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import net.logstash.logback.stacktrace.ShortenedThrowableConverter;
import org.slf4j.LoggerFactory;

/**
 * Sets up the process's log lines from its settings, replacing logback.xml's plain lines:
 * {@code LOG_FORMAT=json} writes one JSON object a line to standard output, for Promtail and Loki;
 * {@code text} writes readable lines to standard error, without the INFO lines of each request and scenario
 * that the report on standard output makes redundant. Either way the secrets are masked in every line,
 * stack traces included. The fields of a JSON line are in the README's "Logs" section.
 */
public final class LogSetup {

    /** The context property, written into every JSON line, naming the run in progress. */
    public static final String RUN_ID = "run_id";
    static final String APPENDER = "suite";
    // A terminal shows where a failure comes from; the whole trace is in the JSON lines and the reports.
    private static final int TEXT_STACK_DEPTH = 12;
    private static final String TEXT_PATTERN =
            "%d{HH:mm:ss.SSS} %-5level %logger{20}%replace( [%X{scenario}]){' \\[\\]', ''} - %msg%n%ex{"
            + TEXT_STACK_DEPTH + "}";
    // Deep enough to reach the step definition under Cucumber's and JUnit's frames.
    private static final int STACK_DEPTH = 40;
    private static final int STACK_LENGTH = 16_384;

    private LogSetup() {
    }

    /**
     * Points the log lines where the settings ask, masked, and returns where the rest of the output goes.
     * Calling it again replaces the lines' destination and format.
     */
    public static Console configure(ObservabilitySettings settings, PrintStream stdout, PrintStream stderr) {
        LoggerContext context = context();
        SecretMask mask = new SecretMask(settings.secrets());
        boolean json = settings.logFormat() == ObservabilitySettings.LogFormat.JSON;
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setEncoder(json ? jsonEncoder(context, mask) : textEncoder(context, mask));
        appender.setOutputStream(new KeptOpen(json ? stdout : stderr));
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> previous = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            previous.add(it.next());
        }
        // A line per request and per scenario is for Loki; on a terminal the report tells the scenarios.
        Level perRequestAndScenario = json ? null : Level.WARN;
        context.getLogger(RequestLogInterceptor.class).setLevel(perRequestAndScenario);
        context.getLogger(ScenarioLogPlugin.class).setLevel(perRequestAndScenario);
        root.addAppender(appender); // before the old ones go, so that no line is lost meanwhile
        previous.forEach(old -> {
            root.detachAppender(old);
            old.stop();
        });
        return Console.of(settings, stdout, stderr);
    }

    /** Every line from now on names this run. */
    public static void runBegan(UUID runId) {
        context().putProperty(RUN_ID, runId.toString());
    }

    private static LoggerContext context() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            return context;
        }
        throw new IllegalStateException("Logging is not logback's: " + LoggerFactory.getILoggerFactory().getClass()
                + " is bound to SLF4J; remove it from the classpath");
    }

    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context, SecretMask mask) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        LogstashFieldNames names = new LogstashFieldNames();
        names.setTimestamp("time");
        names.setLogger("logger");
        names.setThread("thread");
        names.setVersion("[ignore]");
        names.setLevelValue("[ignore]");
        names.setTags("markers"); // "tags" is the scenario's, from the MDC
        encoder.setFieldNames(names);
        encoder.setTimeZone("UTC");
        ShortenedThrowableConverter stackTrace = new ShortenedThrowableConverter();
        stackTrace.setMaxDepthPerThrowable(STACK_DEPTH);
        stackTrace.setMaxLength(STACK_LENGTH);
        encoder.setThrowableConverter(stackTrace);
        if (!mask.isEmpty()) {
            // Masks each value before it is escaped, in the message, the MDC, arguments and stack trace alike.
            MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
            masking.setDefaultMask(SecretMask.MASK);
            mask.secrets().forEach(secret -> masking.addValue(Pattern.quote(secret)));
            masking.start();
            encoder.setJsonGeneratorDecorator(masking);
        }
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext context, SecretMask mask) {
        MaskedPatternLayout layout = new MaskedPatternLayout(mask);
        layout.setContext(context);
        layout.setPattern(TEXT_PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    /** A readable line, stack trace included, with the secrets masked. */
    private static final class MaskedPatternLayout extends PatternLayout {

        private final SecretMask mask;

        MaskedPatternLayout(SecretMask mask) {
            this.mask = mask;
        }

        @Override
        public String doLayout(ILoggingEvent event) {
            return mask.apply(super.doLayout(event));
        }
    }

    /** Standard output and error outlive the appender that writes to them. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
