package io.pokeapi.suite.reportportal;

import com.epam.reportportal.service.Launch;
import com.epam.ta.reportportal.ws.model.FinishExecutionRQ;
import io.pokeapi.suite.config.ReportPortalSettings;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a run's launch: finishes it, waiting at most the REPORTPORTAL_TIMEOUT for ReportPortal to take
 * what is still on its way, then reads it back, within the same limit again, to compare what ReportPortal
 * kept with what it acknowledged. Each outcome is one line: reported and kept, requests not taken, items and
 * logs not kept, or a launch that could not be read back.
 */
final class LaunchFinish {

    private static final Logger LOG = LoggerFactory.getLogger(LaunchFinish.class);

    private final ReportPortalSettings settings;
    private final String launchName;
    private final RequestTally tally;
    private final DeliveryLedger ledger;

    LaunchFinish(ReportPortalSettings settings, String launchName, RequestTally tally, DeliveryLedger ledger) {
        this.settings = settings;
        this.launchName = launchName;
        this.tally = tally;
        this.ledger = ledger;
    }

    /** What ReportPortal kept, when every request was answered and the launch was read back or tried. */
    Optional<Delivery> finish(Launch started, FinishExecutionRQ finish) {
        Duration limit = settings.timeout();
        Thread finishing = new Thread(() -> {
            try {
                started.finish(finish);
            } catch (RuntimeException e) {
                tally.failed(e);
            }
        }, "reportportal-finish");
        finishing.setDaemon(true); // never what keeps the process alive
        finishing.start();
        try {
            finishing.join(limit.toMillis() + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long lost = tally.sent() - tally.answered();
        if (finishing.isAlive() || lost > 0 || ledger.launch().isEmpty()) {
            LOG.warn("{} did not take the whole run: {} of {} requests failed or went unanswered within {} s{}; "
                    + "launch '{}' is incomplete there. The run goes on.", settings.describe(), lost, tally.sent(),
                    limit.toSeconds(), failure(), launchName);
            return Optional.empty();
        }
        String launch = ledger.launch().orElseThrow();
        Delivery delivery = new DeliveryCheck(new ReportPortalApi(settings), limit).check(launch, ledger.expected());
        say(delivery);
        return Optional.of(delivery);
    }

    private void say(Delivery delivery) {
        if (delivery.unverified().isPresent()) {
            LOG.warn("Reported the run to {} as launch '{}' ({} requests), but could not read it back to see what it "
                    + "kept: {}. The run goes on.", settings.describe(), launchName, tally.sent(),
                    delivery.unverified().get());
        } else if (!delivery.complete()) {
            LOG.warn("{} did not keep the whole run: {} of {} items and {} of {} logs it took are missing from launch "
                    + "'{}' ({}), which counts {} of {} scenario executions. The run goes on.", settings.describe(),
                    delivery.itemsNotKept(), delivery.itemsSent(), delivery.logsNotKept(), delivery.logsSent(),
                    launchName, delivery.launchUuid(), delivery.executionsKept(), delivery.executionsSent());
        } else {
            LOG.info("Reported the run to {} as launch '{}' ({} requests); it kept all {} items and {} logs",
                    settings.describe(), launchName, tally.sent(), delivery.itemsKept(), delivery.logsKept());
        }
    }

    private String failure() {
        return tally.firstFailure().isEmpty() ? "" : " (first failure: " + tally.firstFailure() + ")";
    }
}
