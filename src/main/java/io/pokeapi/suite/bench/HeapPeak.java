package io.pokeapi.suite.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's peak over a stretch of work, as the JVM's memory pools keep it: the sum of the heap pools'
 * peaks, an upper bound, since each pool may peak at another moment.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> pools;

    private HeapPeak(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    /** Resets the heap pools' peaks, so that they count from now. */
    static HeapPeak fromNow() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeak(pools);
    }

    long bytes() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
