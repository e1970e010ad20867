package io.pokeapi.suite.reportportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake ReportPortal for each test of a class that registers this in an instance field: started when the test
 * instance asks for it, closed after the test; the requests it did not know are printed, for the test's output.
 */
public final class FakeReportPortalExtension implements AfterEachCallback {

    private FakeReportPortal reportPortal;

    @Override
    public void afterEach(ExtensionContext context) {
        if (reportPortal == null) {
            return;
        }
        if (!reportPortal.unknown().isEmpty()) {
            System.out.println("Requests the fake ReportPortal did not know: " + reportPortal.unknown());
        }
        reportPortal.close();
    }

    /** The test's fake ReportPortal, started on first use. */
    public FakeReportPortal reportPortal() {
        if (reportPortal == null) {
            try {
                reportPortal = FakeReportPortal.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reportPortal;
    }
}
