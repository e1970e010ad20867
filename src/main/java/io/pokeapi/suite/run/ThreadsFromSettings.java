package io.pokeapi.suite.run;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfigurationStrategy;

/**
 * Runs scenarios on as many threads as the THREADS setting says, whichever way the suite is
 * started (Cucumber instantiates this class by name from junit-platform.properties).
 */
public final class ThreadsFromSettings implements ParallelExecutionConfigurationStrategy {

    private static final int KEEP_ALIVE_SECONDS = 30;

    @Override
    public ParallelExecutionConfiguration createConfiguration(ConfigurationParameters parameters) {
        return new FixedThreads(InstalledRuntime.get().settings().threads());
    }

    /** Exactly {@code threads} threads, never more: a scenario blocked on I/O does not earn a new thread. */
    private record FixedThreads(int threads) implements ParallelExecutionConfiguration {

        @Override
        public int getParallelism() {
            return threads;
        }

        @Override
        public int getMinimumRunnable() {
            return threads;
        }

        @Override
        public int getMaxPoolSize() {
            return threads;
        }

        @Override
        public int getCorePoolSize() {
            return threads;
        }

        @Override
        public int getKeepAliveSeconds() {
            return KEEP_ALIVE_SECONDS;
        }

        /** A worker blocked on I/O waits for its turn rather than failing the pool. */
        @Override
        public Predicate<? super ForkJoinPool> getSaturatePredicate() {
            return pool -> true;
        }
    }
}
