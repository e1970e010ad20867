package io.pokeapi.suite.reportportal;

import com.epam.reportportal.listeners.ItemType;
import com.epam.ta.reportportal.ws.model.BatchElementCreatedRS;
import com.epam.ta.reportportal.ws.model.BatchSaveOperatingRS;
import com.epam.ta.reportportal.ws.model.EntryCreatedAsyncRS;
import com.epam.ta.reportportal.ws.model.StartTestItemRQ;
import com.epam.ta.reportportal.ws.model.log.SaveLogRQ;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MultipartBody;
import okio.Buffer;

/**
 * What ReportPortal acknowledged of a run's launch, the items and logs it answered with an id, so that the
 * launch read back at the end is compared with it. An attempt a later retry names in {@code retryOf} leaves
 * the launch's own items for the retry's history, and its logs with it: it is not expected among them.
 */
final class DeliveryLedger {

    private static final String LAUNCH_LEVEL = "";
    private static final String LOG_JSON_PART = "name=\"json_request_part\"";

    private final Set<String> items = ConcurrentHashMap.newKeySet();
    private final Set<String> executions = ConcurrentHashMap.newKeySet();
    private final Set<String> retriedOver = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> logs = new ConcurrentHashMap<>();
    private volatile String launch;

    /** What the launch should hold: items, scenario executions and logs. */
    record Expected(long items, long executions, long logs) {
    }

    /** A request the client sent, with ReportPortal's answer. */
    void answered(Method method, Object[] args, Object answer) {
        if (args == null || args.length == 0) {
            return;
        }
        if (method.getName().equals("startLaunch") && answer instanceof EntryCreatedAsyncRS created) {
            launch = created.getId();
        } else if (method.getName().equals("startTestItem") && args[args.length - 1] instanceof StartTestItemRQ start
                && answer instanceof EntryCreatedAsyncRS created && created.getId() != null) {
            started(start, created.getId());
        } else if (method.getName().equals("log")) {
            if (args[0] instanceof SaveLogRQ log && answer instanceof EntryCreatedAsyncRS created
                    && created.getId() != null) {
                logged(log.getItemUuid());
            } else if (args[0] instanceof List<?> parts && answer instanceof BatchSaveOperatingRS batch) {
                logged(itemsOf(parts), batch.getResponses());
            }
        }
    }

    private void started(StartTestItemRQ start, String id) {
        items.add(id);
        if (start.isHasStats() && ItemType.STEP.name().equals(start.getType())) {
            executions.add(id);
        }
        if (Boolean.TRUE.equals(start.isRetry()) && start.getRetryOf() != null) {
            retriedOver.add(start.getRetryOf());
        }
    }

    private void logged(String item) {
        logs.computeIfAbsent(item == null ? LAUNCH_LEVEL : item, key -> new AtomicLong()).incrementAndGet();
    }

    private void logged(List<String> itemOfEach, List<BatchElementCreatedRS> responses) {
        if (responses == null) {
            return;
        }
        for (int index = 0; index < responses.size(); index++) {
            if (responses.get(index).getId() != null) {
                logged(index < itemOfEach.size() ? itemOfEach.get(index) : null);
            }
        }
    }

    /** The item each log of a multipart batch is for, in order; {@code null} for a launch-level log. */
    private static List<String> itemsOf(List<?> parts) {
        List<String> itemOfEach = new ArrayList<>();
        for (Object element : parts) {
            if (element instanceof MultipartBody.Part part && part.headers() != null
                    && String.valueOf(part.headers().get("Content-Disposition")).contains(LOG_JSON_PART)) {
                try (Buffer json = new Buffer()) {
                    part.body().writeTo(json);
                    for (JsonElement log : JsonParser.parseString(json.readUtf8()).getAsJsonArray()) {
                        JsonElement item = log.getAsJsonObject().get("itemUuid");
                        itemOfEach.add(item == null || item.isJsonNull() ? null : item.getAsString());
                    }
                } catch (IOException | RuntimeException unreadable) {
                    return itemOfEach; // the client's own request: as far as it could be read
                }
            }
        }
        return itemOfEach;
    }

    /** The launch's uuid, once ReportPortal answered its start. */
    Optional<String> launch() {
        return Optional.ofNullable(launch);
    }

    Expected expected() {
        long keptItems = items.stream().filter(item -> !retriedOver.contains(item)).count();
        long keptExecutions = executions.stream().filter(item -> !retriedOver.contains(item)).count();
        long keptLogs = logs.entrySet().stream().filter(entry -> !retriedOver.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().get()).sum();
        return new Expected(keptItems, keptExecutions, keptLogs);
    }
}
