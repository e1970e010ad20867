package io.pokeapi.suite.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.pokeapi.suite.api.ApiResource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

class SweepProgressTest {

    private static final Duration CEILING = Duration.ofSeconds(30);

    @Test
    void aTerminalSeesOneLiveLineWithDocumentsFailuresRateAndTimeLeftClearedAtTheEnd() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(printed, true, StandardCharsets.UTF_8);
        List<String> swept = new ArrayList<>();

        try (SweepProgress progress = new SweepProgress(Optional.of(terminal), () -> 1,
                (resource, passed) -> swept.add(resource.path() + " " + passed), Duration.ofMillis(10))) {
            progress.expect(10);
            progress.swept(ApiResource.POKEMON, true);
            progress.swept(ApiResource.POKEMON, false);
            progress.swept(ApiResource.TYPE, true);

            await().atMost(CEILING).until(() -> printed.toString(StandardCharsets.UTF_8).contains("3 of 10"));
        }

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\rSweeping: 3 of 10 documents, 1 failed, ").contains("/s, ").contains(" left");
        assertThat(text).doesNotContain("\n").endsWith("\r\033[K");
        assertThat(swept).containsExactly("pokemon true", "pokemon false", "type true");
    }

    @Test
    void withoutATerminalTheProgressIsALogLineWithItsFiguresAsFields() {
        Logger logger = (Logger) LoggerFactory.getLogger(SweepProgress.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try (SweepProgress progress = new SweepProgress(Optional.empty(), () -> 0, (resource, passed) -> { },
                Duration.ofMillis(10))) {
            progress.expect(4);
            progress.swept(ApiResource.ABILITY, true);

            await().atMost(CEILING).until(() -> !lines.list.isEmpty());
        } finally {
            logger.detachAppender(lines);
        }

        ILoggingEvent line = lines.list.get(0);
        Map<String, Object> fields = line.getKeyValuePairs().stream()
                .collect(Collectors.toMap(pair -> pair.key, pair -> pair.value, (a, b) -> a));
        assertThat(fields).containsEntry("event", "sweep_progress").containsEntry("documents_done", 1)
                .containsEntry("documents_total", 4).containsEntry("documents_failed", 0)
                .containsKeys("documents_per_second", "seconds_left");
        assertThat(line.getFormattedMessage()).startsWith("Sweeping: 1 of 4 documents, 0 failed, ");
        assertThat(line.getKeyValuePairs()).extracting((KeyValuePair pair) -> pair.key).doesNotHaveDuplicates();
    }
}
