package io.pokeapi.suite.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pokeapi.suite.api.ApiResource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final SweepResult RESULT = new SweepResult(Set.of(ApiResource.TYPE), 0, Map.of(ApiResource.TYPE, 21),
            21, new Findings(), new UnknownFields(), Optional.empty(), Duration.ofSeconds(1));

    @Test
    void scenariosAskingAtOnceShareOneSweep() throws Exception {
        AtomicInteger passes = new AtomicInteger();
        Sweep sweep = Sweep.from(() -> {
            passes.incrementAndGet();
            return RESULT;
        });
        ExecutorService scenarios = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] asked = new Future<?>[8];
            for (int i = 0; i < asked.length; i++) {
                asked[i] = scenarios.submit(sweep::result);
            }
            for (Future<?> result : asked) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(RESULT);
            }
        } finally {
            scenarios.shutdownNow();
        }
        assertThat(passes).hasValue(1);
        assertThat(sweep.ifMade()).containsSame(RESULT);
    }

    @Test
    void aSweepThatCouldNotBeMadeFailsEveryScenarioWithTheSameReasonWithoutTryingAgain() {
        AtomicInteger passes = new AtomicInteger();
        Sweep sweep = Sweep.from(() -> {
            passes.incrementAndGet();
            throw new SweepFailedException("The API root could not be read (GET …: connection reset)");
        });

        assertThatThrownBy(sweep::result).hasMessageStartingWith("The API root could not be read");
        assertThatThrownBy(sweep::result).hasMessageStartingWith("The API root could not be read");
        assertThat(passes).hasValue(1);
        assertThat(sweep.ifMade()).isEmpty();
    }
}
