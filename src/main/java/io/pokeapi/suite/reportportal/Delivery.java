package io.pokeapi.suite.reportportal;

import java.util.Optional;

/**
 * What ReportPortal kept of a run's launch, read back at the end of the run, beside what it acknowledged.
 *
 * @param launchUuid     the launch
 * @param itemsSent      items ReportPortal answered with an id, less the attempts a retry took over
 * @param itemsKept      items the launch holds
 * @param logsSent       logs ReportPortal answered with an id, less those of the attempts a retry took over
 * @param logsKept       logs the launch and its items hold
 * @param executionsSent scenario attempts among the items sent
 * @param executionsKept executions the launch's statistics count
 * @param unverified     why the launch could not be read back, when it could not
 */
public record Delivery(String launchUuid, long itemsSent, long itemsKept, long logsSent, long logsKept,
        long executionsSent, long executionsKept, Optional<String> unverified) {

    static Delivery unverified(String launchUuid, DeliveryLedger.Expected expected, String reason) {
        return new Delivery(launchUuid, expected.items(), 0, expected.logs(), 0, expected.executions(), 0,
                Optional.of(reason));
    }

    public long itemsNotKept() {
        return Math.max(0, itemsSent - itemsKept);
    }

    public long logsNotKept() {
        return Math.max(0, logsSent - logsKept);
    }

    public long executionsNotCounted() {
        return Math.max(0, executionsSent - executionsKept);
    }

    /** Read back, and holding everything it was sent. */
    public boolean complete() {
        return unverified.isEmpty() && itemsNotKept() == 0 && logsNotKept() == 0 && executionsNotCounted() == 0;
    }
}
