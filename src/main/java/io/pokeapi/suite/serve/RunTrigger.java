package io.pokeapi.suite.serve;

import java.util.Locale;

/** What asked the serve mode for a run; the {@code trigger} label of its run counters. */
public enum RunTrigger {
    /** The schedule, every SERVE_INTERVAL. */
    SCHEDULE,
    /** A {@code POST /runs}. */
    HTTP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
