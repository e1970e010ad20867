package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeRequestChecks.present;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.pokeapi.suite.reportportal.FakeReportPortal.Attachment;
import io.pokeapi.suite.reportportal.FakeReportPortal.Item;
import io.pokeapi.suite.reportportal.FakeReportPortal.Log;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the fake keeps of launches, items and logs, and the rules service-api's handlers apply before keeping
 * them (StartLaunchHandlerImpl, FinishLaunchHandlerImpl with LaunchValidator, StartTestItemHandlerImpl with its
 * parent validators, FinishTestItemHandlerImpl, and the log handlers). A request a rule refuses changes nothing.
 * Its callers hold the lock: one request at a time, as one transaction each.
 */
final class FakeReportingRules {

    /** Item types above STEP in service-api's TestItemTypeEnum: their status may come from their descendants. */
    private static final Set<String> CONTAINERS = Set.of("SUITE", "STORY", "TEST", "SCENARIO");

    /** A launch as kept: its numeric id, its start, its finish once finished. */
    static final class KeptLaunch {
        final long id;
        final JsonObject start;
        final Instant startTime;
        JsonObject finish;

        KeptLaunch(long id, JsonObject start, Instant startTime) {
            this.id = id;
            this.start = start;
            this.startTime = startTime;
        }

        String status() {
            // Without a status in its finish, ReportPortal works one out from the statistics; the fake does not.
            return finish == null ? "IN_PROGRESS" : finish.has("status") ? finish.get("status").getAsString() : "FINISHED";
        }
    }

    /** An item as kept; {@code retriedBy} is set once a retry took it over and it left its launch's items. */
    static final class KeptItem {
        final Item item;
        final long id;
        final Instant startTime;
        final String launchUuid;
        final String path;
        String retriedBy;

        KeptItem(Item item, long id, Instant startTime, String launchUuid, String path) {
            this.item = item;
            this.id = id;
            this.startTime = startTime;
            this.launchUuid = launchUuid;
            this.path = path;
        }

        boolean hasStats() {
            return !item.start().has("hasStats") || item.start().get("hasStats").getAsBoolean();
        }
    }

    private final Supplier<FakeTimestamps> times;
    private final Map<String, KeptLaunch> launches = new LinkedHashMap<>();
    private final List<JsonObject> launchFinishes = new ArrayList<>();
    private final Map<String, KeptItem> items = new LinkedHashMap<>();
    private final List<Log> logs = new ArrayList<>();
    private long ids;

    /** @param times how the version ReportPortal says it is reads times */
    FakeReportingRules(Supplier<FakeTimestamps> times) {
        this.times = times;
    }

    String startLaunch(JsonObject start) {
        FakeRequestChecks.startLaunch(start);
        Instant startTime = times.get().read(start.get("startTime"));
        String uuid = present(start, "uuid") ? start.get("uuid").getAsString() : UUID.randomUUID().toString();
        start.addProperty("uuid", uuid);
        launches.put(uuid, new KeptLaunch(++ids, start, startTime));
        return uuid;
    }

    void finishLaunch(String uuid, JsonObject finish) {
        FakeRequestChecks.finish(finish);
        Instant endTime = times.get().read(finish.get("endTime"));
        KeptLaunch launch = Optional.ofNullable(launches.get(uuid))
                .orElseThrow(() -> ServiceApiError.LAUNCH_NOT_FOUND.refuse(uuid));
        if (launch.finish != null) {
            throw ServiceApiError.FINISH_LAUNCH_NOT_ALLOWED.refuse("Launch '" + launch.id
                    + "' already finished with status '" + launch.status() + "'");
        }
        if (endTime.isBefore(launch.startTime)) {
            throw ServiceApiError.FINISH_TIME_EARLIER_THAN_START_TIME.refuse(endTime, launch.startTime, launch.id);
        }
        finish.addProperty("launchUuid", uuid);
        launch.finish = finish;
        launchFinishes.add(finish);
    }

    /** Bean validation only, as the v2 controller does before queueing; the item's id is given at once. */
    String acceptItem(JsonObject start) {
        FakeRequestChecks.startItem(start);
        times.get().read(start.get("startTime"));
        if (!present(start, "uuid")) {
            start.addProperty("uuid", UUID.randomUUID().toString());
        }
        return start.get("uuid").getAsString();
    }

    /** Starts a root item ({@code parent} null) or a child, as StartTestItemHandlerImpl does. */
    String startItem(String parent, JsonObject start) {
        String uuid = acceptItem(start);
        Instant startTime = times.get().read(start.get("startTime"));
        String launchUuid = start.get("launchUuid").getAsString();
        KeptLaunch launch = Optional.ofNullable(launches.get(launchUuid))
                .orElseThrow(() -> ServiceApiError.LAUNCH_NOT_FOUND.refuse(launchUuid));
        boolean retry = present(start, "retry") && start.get("retry").getAsBoolean()
                || present(start, "retryOf") && !start.get("retryOf").getAsString().isBlank();
        boolean hasStats = !start.has("hasStats") || start.get("hasStats").getAsBoolean();
        String path;
        Optional<KeptItem> retried = Optional.empty();
        if (parent == null) {
            if (startTime.isBefore(launch.startTime)) {
                throw ServiceApiError.CHILD_START_TIME_EARLIER_THAN_PARENT.refuse(startTime, launch.startTime, launch.id);
            }
            if (present(start, "retry") && start.get("retry").getAsBoolean()) {
                throw ServiceApiError.BAD_REQUEST_ERROR.refuse("Root test item can't be a retry.");
            }
            path = "";
        } else {
            KeptItem parentItem = Optional.ofNullable(items.get(parent))
                    .orElseThrow(() -> ServiceApiError.TEST_ITEM_NOT_FOUND.refuse(parent));
            if (!parentItem.hasStats() && hasStats) {
                throw ServiceApiError.BAD_REQUEST_ERROR.refuse("Unable to add a not nested step item, because parent "
                        + "item with ID = '" + parentItem.id + "' is a nested step");
            }
            if (hasStats && parentItem.retriedBy != null) {
                throw ServiceApiError.UNABLE_TO_SAVE_CHILD_ITEM_FOR_THE_RETRY.refuse(parentItem.id);
            }
            if (startTime.isBefore(parentItem.startTime)) {
                throw ServiceApiError.CHILD_START_TIME_EARLIER_THAN_PARENT.refuse(startTime, parentItem.startTime,
                        parentItem.id);
            }
            if (parentItem.path.split("\\.").length >= 64) {
                throw ServiceApiError.BAD_REQUEST_ERROR.refuse("Exceeded nesting limit for test item. Max limit is 64.");
            }
            path = parentItem.path.isEmpty() ? Long.toString(parentItem.id) : parentItem.path + "." + parentItem.id;
            if (retry) {
                retried = Optional.of(previousAttempt(start, parent));
            }
        }
        long id = ++ids;
        items.put(uuid, new KeptItem(new Item(uuid, parent, start, new JsonObject[1]), id, startTime, launchUuid,
                path));
        retried.ifPresent(previous -> previous.retriedBy = uuid);
        return uuid;
    }

    /**
     * The attempt a retry retries: the item its {@code retryOf} names, else the latest item of the same unique id
     * under the same parent (service-api's UniqueIdRetrySearcher), else none, which refuses the retry.
     */
    private KeptItem previousAttempt(JsonObject start, String parent) {
        if (present(start, "retryOf") && items.containsKey(start.get("retryOf").getAsString())) {
            return items.get(start.get("retryOf").getAsString());
        }
        String uniqueId = uniqueId(start, parent);
        return items.values().stream()
                .filter(kept -> parent.equals(kept.item.parent()) && kept.retriedBy == null)
                .filter(kept -> uniqueId.equals(uniqueId(kept.item.start(), parent)))
                .reduce((first, second) -> second)
                .orElseThrow(() -> ServiceApiError.TEST_ITEM_NOT_FOUND.refuse(uniqueId));
    }

    /** A stand-in for service-api's generated unique id: the same for the same name and code under one parent. */
    private static String uniqueId(JsonObject start, String parent) {
        String identity = parent + "/" + start.get("name").getAsString()
                + (present(start, "codeRef") ? "/" + start.get("codeRef").getAsString() : "");
        return "auto:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    void finishItem(String uuid, JsonObject finish) {
        FakeRequestChecks.finish(finish);
        times.get().read(finish.get("endTime"));
        KeptItem kept = Optional.ofNullable(items.get(uuid))
                .orElseThrow(() -> ServiceApiError.TEST_ITEM_NOT_FOUND.refuse(uuid));
        if (!present(finish, "status") && !CONTAINERS.contains(kept.item.type().toUpperCase(Locale.ROOT))) {
            throw ServiceApiError.AMBIGUOUS_TEST_ITEM_STATUS.refuse("There is no status provided from request and "
                    + "there are no descendants to check statistics for test item id '" + kept.id + "'");
        }
        // A finished item finished again takes the new status: service-api updates it, it does not refuse it.
        kept.item.finish()[0] = finish;
    }

    /**
     * Keeps a log under its item, else under its launch. {@code launchRequired}: the v2 API routes a log by its
     * launch and refuses one without; {@code itemRequired}: its consumer refuses a log whose item it does not
     * have, where the v1 handler falls back to the launch.
     */
    void saveLog(JsonObject log, Optional<Attachment> file, boolean launchRequired, boolean itemRequired) {
        acceptLog(log, launchRequired);
        String item = present(log, "itemUuid") ? log.get("itemUuid").getAsString() : null;
        if (item != null && !items.containsKey(item) && itemRequired) {
            throw ServiceApiError.TEST_ITEM_NOT_FOUND.refuse(item);
        }
        if (item == null || !items.containsKey(item)) {
            String launch = present(log, "launchUuid") ? log.get("launchUuid").getAsString() : null;
            if (launch == null || !launches.containsKey(launch)) {
                throw ServiceApiError.LAUNCH_NOT_FOUND.refuse(launch);
            }
            if (item != null) {
                log.remove("itemUuid"); // kept as the launch's log, as the v1 handler does
            }
        }
        logs.add(new Log(log, file));
    }

    /** What the log controllers check before handing a log on. */
    void acceptLog(JsonObject log, boolean launchRequired) {
        FakeRequestChecks.log(log);
        times.get().read(log.get("time"));
        if (launchRequired && !present(log, "launchUuid")) {
            throw ServiceApiError.BAD_REQUEST_ERROR.refuse("Launch UUID should not be null or empty.");
        }
    }

    /** A time of a request, as the version reads it. */
    Instant readTime(JsonElement value) {
        return times.get().read(value);
    }

    Optional<KeptLaunch> launch(String uuid) {
        return Optional.ofNullable(launches.get(uuid));
    }

    /** The items ReportPortal lists under the launch of that numeric id: a retried attempt is its retry's. */
    List<KeptItem> itemsOf(long launchId, Predicate<KeptItem> also) {
        return items.values().stream().filter(kept -> kept.retriedBy == null)
                .filter(kept -> launches.get(kept.launchUuid).id == launchId).filter(also).toList();
    }

    /** The logs of the launch of that id: its own ({@code launchLevel}), or those of the items it lists. */
    long logsOf(long launchId, boolean launchLevel) {
        Set<String> listed = new HashSet<>(itemsOf(launchId, kept -> true).stream()
                .map(kept -> kept.item.uuid()).toList());
        return logs.stream().filter(log -> launchLevel
                ? log.launchLevel() && launches.containsKey(log.request().get("launchUuid").getAsString())
                        && launches.get(log.request().get("launchUuid").getAsString()).id == launchId
                : !log.launchLevel() && listed.contains(log.request().get("itemUuid").getAsString())).count();
    }

    List<JsonObject> launches() {
        return launches.values().stream().map(launch -> launch.start).toList();
    }

    List<JsonObject> launchFinishes() {
        return List.copyOf(launchFinishes);
    }

    List<Item> items() {
        return items.values().stream().map(kept -> kept.item).toList();
    }

    List<Log> logs() {
        return List.copyOf(logs);
    }
}
