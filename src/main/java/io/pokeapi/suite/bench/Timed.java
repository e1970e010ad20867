package io.pokeapi.suite.bench;

import java.time.Duration;
import java.util.function.Supplier;

/** A value and the wall time it took to compute. */
record Timed<T>(T value, Duration duration) {

    static <T> Timed<T> of(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Such as "1.25 s", as the benchmark prints wall times. */
    static String seconds(Duration duration) {
        return String.format("%.2f s", duration.toNanos() / 1e9);
    }
}
