package io.pokeapi.suite.resilience;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with full jitter: the wait before retry n is drawn evenly from zero to
 * {@code min(max, first * 2^(n-1))}, so that parallel clients that failed together do not retry together.
 */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private final LongUnaryOperator random;

    /** @param random draws a number from 0 to its argument, both included */
    Backoff(Duration first, Duration max, LongUnaryOperator random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** The wait before retry {@code retry}, 1 for the first. */
    Duration before(int retry) {
        long ceiling = first.toNanos();
        for (int i = 1; i < retry && ceiling < max.toNanos(); i++) {
            ceiling *= 2;
        }
        return Duration.ofNanos(random.applyAsLong(Math.min(ceiling, max.toNanos())));
    }
}
