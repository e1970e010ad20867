package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.pokeapi.suite.reportportal.ReportPortalApi.ReportPortalCallException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a finished launch back from ReportPortal through its REST API: the launch by its uuid (its numeric id
 * and statistics), then the items and logs listed under that id. ReportPortal's v2 API takes requests at once
 * and stores them later, so the launch is asked again until it holds what it was sent or the time is up.
 */
final class DeliveryCheck {

    private static final Duration PAUSE = Duration.ofMillis(200);

    private final ReportPortalApi api;
    private final Duration limit;

    DeliveryCheck(ReportPortalApi api, Duration limit) {
        this.api = api;
        this.limit = limit;
    }

    /** What the launch holds beside {@code expected}; never longer than the limit, never an exception. */
    Delivery check(String launchUuid, DeliveryLedger.Expected expected) {
        CompletableFuture<Delivery> reading = CompletableFuture.supplyAsync(() -> readBack(launchUuid, expected),
                runnable -> {
                    Thread thread = new Thread(runnable, "reportportal-read-back");
                    thread.setDaemon(true); // a read that hangs never keeps the process alive
                    thread.start();
                });
        try {
            return reading.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return Delivery.unverified(launchUuid, expected, "no answer within " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Delivery.unverified(launchUuid, expected, RequestTally.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.unverified(launchUuid, expected, "interrupted");
        }
    }

    private Delivery readBack(String launchUuid, DeliveryLedger.Expected expected) {
        RetryPolicy<Delivery> untilSettled = RetryPolicy.<Delivery>builder()
                .handle(ReportPortalCallException.class)
                .handleResultIf(delivery -> !delivery.complete())
                .withDelay(PAUSE)
                .withMaxRetries(-1)
                .withMaxDuration(limit.multipliedBy(3).dividedBy(4)) // the last answer before the limit
                .build();
        try {
            return Failsafe.with(untilSettled).get(() -> observe(launchUuid, expected));
        } catch (ReportPortalCallException e) {
            return Delivery.unverified(launchUuid, expected, e.getMessage());
        } catch (FailsafeException e) {
            return Delivery.unverified(launchUuid, expected, RequestTally.describe(e));
        }
    }

    private Delivery observe(String launchUuid, DeliveryLedger.Expected expected) {
        JsonObject launch = api.get("launch/uuid/" + launchUuid, Map.of()).getAsJsonObject();
        String id = launch.get("id").getAsString();
        long executions = Optional.ofNullable(launch.getAsJsonObject("statistics"))
                .map(statistics -> statistics.getAsJsonObject("executions"))
                .map(counts -> counts.get("total")).map(JsonElement::getAsLong).orElse(0L);
        long items = total("item", "filter.eq.launchId", id);
        long logs = total("log", "filter.eq.launchId", id) + total("log", "filter.eq.launch", id);
        return new Delivery(launchUuid, expected.items(), items, expected.logs(), logs, expected.executions(),
                executions, Optional.empty());
    }

    /** How many of {@code path}'s entries the filter selects: the page's total, one entry fetched. */
    private long total(String path, String filter, String id) {
        JsonObject page = api.get(path, Map.of(filter, id, "page.size", "1")).getAsJsonObject();
        return page.getAsJsonObject("page").get("totalElements").getAsLong();
    }
}
