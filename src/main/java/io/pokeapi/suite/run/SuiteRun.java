package io.pokeapi.suite.run;

import java.time.Instant;
import java.util.UUID;

/** One run of the suite: its identity and what its scenarios did, over every attempt. */
public final class SuiteRun {

    private final UUID id = UUID.randomUUID();
    private final Instant startedAt = Instant.now();
    private final ScenarioLedger ledger = new ScenarioLedger();

    public UUID id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ScenarioLedger ledger() {
        return ledger;
    }
}
