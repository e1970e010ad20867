package io.pokeapi.suite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.pokeapi.suite.history.PrunedHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The serve mode's prune: at its start, then each day, one line each, and a failed day does not stop the next. */
class HistoryPruneScheduleTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Logger logger = (Logger) LoggerFactory.getLogger(HistoryPruneSchedule.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final List<Instant> prunes = new ArrayList<>();

    private Level level;

    @BeforeEach
    void captureLines() {
        level = logger.getLevel();
        logger.setLevel(Level.INFO);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void releaseLines() {
        logger.detachAppender(lines);
        logger.setLevel(level);
    }

    @Test
    void prunesAtOnceThenEveryDayLoggingOneLineOfWhatEachDeleted() {
        try (HistoryPruneSchedule schedule = HistoryPruneSchedule.start(countingPrunes(), scheduler)) {
            scheduler.runDue();
            assertThat(prunes).as("prunes at the start").hasSize(1);

            scheduler.advance(Duration.ofHours(23));
            assertThat(prunes).as("prunes within the first day").hasSize(1);
            scheduler.advance(Duration.ofHours(1));
            assertThat(prunes).as("prunes after a day").hasSize(2);
            scheduler.advance(Duration.ofDays(5));
            assertThat(prunes).as("prunes after six days").hasSize(7);
        }

        assertThat(lines.list).hasSize(7).allSatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).startsWith("Pruned the history of what is older than 30d (before ")
                    .contains("120 responses, 3 bodies, 10 runs, 80 scenario results");
        });
    }

    @Test
    void aPruneThatFailsIsOneWarningAndTheNextDayPrunesAgain() {
        Supplier<PrunedHistory> counting = countingPrunes();
        Supplier<PrunedHistory> failingOnce = () -> {
            if (prunes.isEmpty()) {
                prunes.add(Instant.EPOCH);
                throw new IllegalStateException("cannot connect to PostgreSQL at 127.0.0.1:1/pokeapi_cache");
            }
            return counting.get();
        };
        try (HistoryPruneSchedule schedule = HistoryPruneSchedule.start(failingOnce, scheduler)) {
            scheduler.runDue();
            scheduler.advance(Duration.ofDays(1));
        }

        assertThat(prunes).hasSize(2);
        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
        assertThat(lines.list.get(0).getFormattedMessage()).isEqualTo("The history could not be pruned (cannot "
                + "connect to PostgreSQL at 127.0.0.1:1/pokeapi_cache); the next prune is in 24 h.");
    }

    @Test
    void aClosedSchedulePrunesNoMore() {
        HistoryPruneSchedule schedule = HistoryPruneSchedule.start(countingPrunes(), scheduler);
        scheduler.runDue();
        schedule.close();
        scheduler.advance(Duration.ofDays(3));

        assertThat(scheduler.isShutdown()).isTrue();
        assertThat(prunes).hasSize(1);
    }

    /** A prune that notes when it ran, in the scheduler's days, and deletes the same each time. */
    private Supplier<PrunedHistory> countingPrunes() {
        return () -> {
            Instant now = Instant.parse("2026-03-01T00:00:00Z").plus(Duration.ofDays(prunes.size()));
            prunes.add(now);
            return new PrunedHistory(Duration.ofDays(30), now.minus(Duration.ofDays(30)), 120, 3, 10, 80,
                    Duration.ofMillis(1500));
        };
    }
}
