package io.pokeapi.suite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapLimitedSweepTest {

    @Test
    void theGcLogTellsTheMostTheHeapHeldBeforeACollectionAndKeptAfterOne() {
        HeapLimitedSweep.Outcome outcome = HeapLimitedSweep.outcome(0, Duration.ofSeconds(20), List.of(
                "[0.012s][info][gc] Using G1",
                "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(512M) 3.100ms",
                "[2.345s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 301M->120M(512M) 9.812ms",
                "[3.456s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 280M->188M(512M) 7.0ms",
                "[3.500s][info][gc] GC(3) Concurrent Mark Cycle",
                "[4.100s][info][gc] GC(3) Pause Remark 190M->150M(512M) 1.2ms"), List.of(
                "16:38:14.510 INFO  i.p.s.s.SweepPass [Every type honours PokéAPI's published schema] - Swept 3096 "
                        + "documents in 15.8 s: 0 broke a rule"));

        assertThat(outcome.peakMb()).isEqualTo(301);
        assertThat(outcome.liveMb()).isEqualTo(188);
        assertThat(outcome.collections()).isEqualTo(4);
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.swept()).hasValue(Duration.ofMillis(15_800));
    }

    @Test
    void aLogWithoutTheSweepsLineLeavesItsDurationUnknown() {
        assertThat(HeapLimitedSweep.outcome(2, Duration.ofSeconds(3), List.of(), List.of("Could not start")).swept())
                .isEmpty();
    }
}
