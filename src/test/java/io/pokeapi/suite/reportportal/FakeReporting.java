package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeExchange.created;
import static io.pokeapi.suite.reportportal.FakeExchange.json;
import static io.pokeapi.suite.reportportal.FakeExchange.message;
import static io.pokeapi.suite.reportportal.FakeExchange.query;
import static io.pokeapi.suite.reportportal.FakeRequestChecks.present;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import io.pokeapi.suite.reportportal.FakeReportPortal.Item;
import io.pokeapi.suite.reportportal.FakeReportPortal.Log;
import io.pokeapi.suite.reportportal.ServiceApiError.Refusal;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's reporting API, v1 and v2: launches, test items and logs, kept by service-api's rules
 * ({@link FakeReportingRules}) and refused with its codes and words. The v2 API of a real ReportPortal takes a
 * request at once and applies the rules later, in its reporting consumer; {@link #asynchronous()} makes the fake
 * do so too ({@link FakeReportingQueue}), and keep what the consumer rejected. Launches, items and logs can be
 * read back as ReportPortal's REST API gives them ({@link FakeReadBack}).
 */
final class FakeReporting {

    private static final String API = "/api/v([12])/" + FakeReportPortal.PROJECT;
    private static final Pattern LAUNCH = Pattern.compile(API + "/launch");
    private static final Pattern LAUNCH_FINISH = Pattern.compile(API + "/launch/([^/]+)/finish");
    private static final Pattern ITEM = Pattern.compile(API + "/item(?:/([^/]+))?");
    private static final Pattern LOG = Pattern.compile(API + "/log(/entry)?");

    private volatile FakeTimestamps times = new FakeTimestamps(FakeReportPortal.DEFAULT_VERSION);
    private final FakeReportingRules rules = new FakeReportingRules(() -> times);
    private final FakeReportingQueue queue = new FakeReportingQueue(this);
    private final FakeReadBack readBack = new FakeReadBack(rules);
    private final FakeLogBatch logBatch = new FakeLogBatch(rules, queue);
    private final Set<String> failingLater = ConcurrentHashMap.newKeySet();
    private volatile boolean asynchronous;

    /** Reports itself as that version of ReportPortal, and reads times as it does. */
    void version(String version) {
        times = new FakeTimestamps(version);
    }

    String version() {
        return times.version();
    }

    /** The v2 API answers at once and applies the rules later, as ReportPortal's reporting consumer does. */
    void asynchronous() {
        asynchronous = true;
    }

    /** The consumer fails the start of the items of that name, as a database that fails would: they are parked. */
    void failLater(String itemName) {
        failingLater.add(itemName);
    }

    FakeReportingQueue queue() {
        return queue;
    }

    /** The answer to a reporting request, or empty when it is not one. */
    synchronized Optional<Answer> answer(String method, String path, HttpExchange exchange) throws IOException {
        try {
            return Optional.ofNullable(reporting(method, path, exchange));
        } catch (Refusal refusal) {
            return Optional.of(refusal.answer());
        }
    }

    private Answer reporting(String method, String path, HttpExchange exchange) throws IOException {
        Matcher matcher;
        if (method.equals("GET")) {
            return readBack.answer(path, query(exchange)).orElse(null);
        }
        if (method.equals("POST") && (matcher = LAUNCH.matcher(path)).matches()) {
            JsonObject start = json(exchange);
            if (!later(matcher)) {
                return startedLaunch(rules.startLaunch(start));
            }
            FakeRequestChecks.startLaunch(start);
            times.read(start.get("startTime"));
            if (!present(start, "uuid")) {
                start.addProperty("uuid", UUID.randomUUID().toString());
            }
            queue.later("start launch", start, () -> rules.startLaunch(start));
            return startedLaunch(start.get("uuid").getAsString());
        }
        if (method.equals("PUT") && (matcher = LAUNCH_FINISH.matcher(path)).matches()) {
            String uuid = matcher.group(2);
            JsonObject finish = json(exchange);
            if (later(matcher)) {
                FakeRequestChecks.finish(finish);
                times.read(finish.get("endTime"));
                queue.later("finish launch " + uuid, finish, () -> rules.finishLaunch(uuid, finish));
            } else {
                rules.finishLaunch(uuid, finish);
            }
            JsonObject finished = new JsonObject();
            finished.addProperty("id", uuid);
            finished.addProperty("link", "/ui/#" + FakeReportPortal.PROJECT + "/launches/all/" + uuid);
            return new Answer(200, finished);
        }
        if (method.equals("POST") && (matcher = ITEM.matcher(path)).matches()) {
            String parent = matcher.group(2);
            JsonObject start = json(exchange);
            if (!later(matcher)) {
                return created(rules.startItem(parent, start));
            }
            String uuid = rules.acceptItem(start);
            queue.later("start item " + uuid, start, () -> {
                if (failingLater.contains(start.get("name").getAsString())) {
                    throw ServiceApiError.UNCLASSIFIED_ERROR.refuse();
                }
                rules.startItem(parent, start);
            });
            return created(uuid);
        }
        if (method.equals("PUT") && (matcher = ITEM.matcher(path)).matches() && matcher.group(2) != null) {
            String uuid = matcher.group(2);
            JsonObject finish = json(exchange);
            if (!later(matcher)) {
                rules.finishItem(uuid, finish);
                return new Answer(200, message("TestItem with ID = '" + uuid + "' successfully finished."));
            }
            FakeRequestChecks.finish(finish);
            times.read(finish.get("endTime"));
            queue.later("finish item " + uuid, finish, () -> rules.finishItem(uuid, finish));
            return new Answer(200, message("Accepted finish request for test item ID = " + uuid));
        }
        if (method.equals("POST") && (matcher = LOG.matcher(path)).matches()) {
            return logBatch.answer(exchange, matcher.group(1).equals("2"), later(matcher));
        }
        return null;
    }

    /** Whether the request is a v2 one the fake, asynchronous, applies later. */
    private boolean later(Matcher matcher) {
        return asynchronous && matcher.group(1).equals("2");
    }

    private static Answer startedLaunch(String uuid) {
        JsonObject started = new JsonObject();
        started.addProperty("id", uuid);
        return new Answer(201, started);
    }

    synchronized List<JsonObject> launches() {
        return rules.launches();
    }

    synchronized List<JsonObject> launchFinishes() {
        return rules.launchFinishes();
    }

    synchronized List<Item> items() {
        return rules.items();
    }

    synchronized List<Log> logs() {
        return rules.logs();
    }
}
