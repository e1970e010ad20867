package io.pokeapi.suite.config;

/** Which failed scenarios fail a run (FAIL_ON). */
public enum FailOn {
    /** Every failed scenario: the run passes only when all do. */
    ANY,
    /**
     * Only new failures, of scenarios that passed last time (or never ran): a monitor that runs every few minutes
     * pages once for a failure, not at every run until it is fixed.
     */
    NEW
}
