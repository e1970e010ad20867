package io.pokeapi.suite.reportportal;

import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import io.pokeapi.suite.reportportal.FakeReportPortal.Parked;
import io.pokeapi.suite.reportportal.ServiceApiError.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake's reporting consumer: what the asynchronous v2 API accepted, applied in the order it came. As
 * service-api's ReportingErrorHandler does, a request refused for something not found yet is tried again later,
 * up to 20 times, and any other refusal goes at once to the parking lot, where the tests find it.
 */
final class FakeReportingQueue {

    static final int MAX_RETRIES = 20;
    private static final long RETRY_PAUSE_MS = 10;

    private final Object lock;
    private final ScheduledExecutorService consumer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-reportportal-consumer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final List<Parked> parked = new ArrayList<>();

    /** @param lock what the reporting API holds while it answers: one request at a time, taken or applied */
    FakeReportingQueue(Object lock) {
        this.lock = lock;
    }

    void later(String request, JsonObject body, Runnable apply) {
        pending.incrementAndGet();
        consumer.execute(() -> attempt(request, body, apply, 0));
    }

    private void attempt(String request, JsonObject body, Runnable apply, int retries) {
        synchronized (lock) {
            try {
                apply.run();
            } catch (Refusal refusal) {
                if (refusal.error().retriedLater() && retries < MAX_RETRIES) {
                    consumer.schedule(() -> attempt(request, body, apply, retries + 1), RETRY_PAUSE_MS * (retries + 1),
                            TimeUnit.MILLISECONDS);
                    return;
                }
                park(request, body, refusal.answer());
            } catch (RuntimeException e) {
                park(request, body, ServiceApiError.UNCLASSIFIED_ERROR.refuse().answer());
            }
            pending.decrementAndGet();
        }
    }

    private void park(String request, JsonObject body, Answer refusal) {
        parked.add(new Parked(request, body, refusal.status(), refusal.body().getAsJsonObject()));
    }

    /** Whether everything accepted was applied or parked. */
    boolean settled() {
        return pending.get() == 0;
    }

    List<Parked> parked() {
        synchronized (lock) {
            return List.copyOf(parked);
        }
    }
}
