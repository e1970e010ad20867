package io.pokeapi.suite.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theCeilingDoublesWithEachRetryUpToTheMaximum() {
        Backoff ceilings = new Backoff(Duration.ofMillis(100), Duration.ofMillis(700), bound -> bound);

        assertThat(List.of(ceilings.before(1), ceilings.before(2), ceilings.before(3), ceilings.before(4),
                ceilings.before(30))).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(700), Duration.ofMillis(700));
    }

    @Test
    void theWaitIsDrawnFromZeroToTheCeiling() {
        List<Long> bounds = new ArrayList<>();
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), bound -> {
            bounds.add(bound);
            return 0;
        });

        assertThat(backoff.before(3)).isZero();
        assertThat(bounds).containsExactly(Duration.ofMillis(400).toNanos());
    }
}
