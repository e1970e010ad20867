package io.pokeapi.suite.run;

/**
 * The runtime an entry point installed. Cucumber creates its glue, plugins and thread strategy by name, so
 * this is how they receive the runtime; nothing here creates one. Closing an installation uninstalls it
 * and puts back the runtime installed before, if any; it does not close the runtime.
 */
public final class InstalledRuntime implements AutoCloseable {

    private static final Object LOCK = new Object();
    private static SuiteRuntime current;

    private final SuiteRuntime runtime;
    private final SuiteRuntime previous;

    private InstalledRuntime(SuiteRuntime runtime, SuiteRuntime previous) {
        this.runtime = runtime;
        this.previous = previous;
    }

    /** Makes {@link #get()} return {@code runtime} until the installation is closed. */
    public static InstalledRuntime install(SuiteRuntime runtime) {
        synchronized (LOCK) {
            InstalledRuntime installation = new InstalledRuntime(runtime, current);
            current = runtime;
            return installation;
        }
    }

    /**
     * The installed runtime.
     *
     * @throws IllegalStateException when no entry point installed one
     */
    public static SuiteRuntime get() {
        synchronized (LOCK) {
            if (current == null) {
                throw new IllegalStateException("No suite runtime is installed: Cucumber runs the features through "
                        + "bin/suite (make smoke, make run…) or mvn test, whose entry points install one");
            }
            return current;
        }
    }

    /** Whether an entry point installed a runtime. */
    public static boolean isPresent() {
        synchronized (LOCK) {
            return current != null;
        }
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            if (current == runtime) {
                current = previous;
            }
        }
    }
}
