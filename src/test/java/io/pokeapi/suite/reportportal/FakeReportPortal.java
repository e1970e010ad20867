package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeExchange.error;
import static io.pokeapi.suite.reportportal.FakeExchange.send;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A ReportPortal that runs in the test: it answers the parts of ReportPortal's API that its Java client
 * and the dashboard setup call, v1 and v2 alike, keeps the dashboards, widgets and filters it is given,
 * and keeps the launches, items and logs service-api's rules let it keep, refusing the rest as service-api
 * does. Requests it does not know are answered 404 and printed.
 */
public final class FakeReportPortal implements AutoCloseable {

    public static final String TOKEN = "fake-rp-token";
    public static final String PROJECT = "pokeapi";
    /** The version the fake reports itself as unless told otherwise: the oldest it is faithful to. */
    public static final String DEFAULT_VERSION = "5.12.0";

    private static final Pattern REPORTING = Pattern.compile("/api/v[12]/" + PROJECT + "/(launch|item|log)(/.*)?");

    /** One test item: how it was started, under which parent, and how it was finished. */
    public record Item(String uuid, String parent, JsonObject start, JsonObject[] finish) {

        public Optional<JsonObject> finished() {
            return Optional.ofNullable(finish[0]);
        }

        public String name() {
            return start.get("name").getAsString();
        }

        public String type() {
            return start.get("type").getAsString();
        }
    }

    /** One log entry, with its attachment if it had one. */
    public record Log(JsonObject request, Optional<Attachment> attachment) {

        public String message() {
            return request.has("message") && !request.get("message").isJsonNull()
                    ? request.get("message").getAsString() : "";
        }

        public String level() {
            return request.get("level").getAsString();
        }

        public boolean launchLevel() {
            return !request.has("itemUuid") || request.get("itemUuid").isJsonNull();
        }
    }

    /** A request the asynchronous fake accepted and its consumer then rejected, with service-api's error. */
    public record Parked(String request, JsonObject body, int status, JsonObject error) {

        public String message() {
            return error.get("message").getAsString();
        }

        public int errorCode() {
            return error.get("errorCode").getAsInt();
        }
    }

    public record Attachment(String name, String contentType, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final FakeReporting reporting = new FakeReporting();
    private final FakeDashboards dashboards = new FakeDashboards();
    private final List<String> requests = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private volatile Duration reportingDelay = Duration.ZERO;

    private FakeReportPortal(HttpServer server) {
        this.server = server;
    }

    public static FakeReportPortal start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeReportPortal fake = new FakeReportPortal(server);
        server.createContext("/", fake::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-reportportal");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return fake;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers launches, items and logs only after {@code delay}: a ReportPortal that is up but slow. */
    public void slowReporting(Duration delay) {
        reportingDelay = delay;
    }

    /** Fails the next {@code count} requests to add a widget to a dashboard, as a ReportPortal whose database went. */
    public void failWidgetAdds(int count) {
        dashboards.failWidgetAdds(count);
    }

    /** Reports itself as that version of ReportPortal ({@code /api/info}), reading times as it does. */
    public void reportAs(String version) {
        reporting.version(version);
    }

    /**
     * Takes v2 reporting requests at once and applies service-api's rules later, as ReportPortal's reporting
     * consumer does: what it then rejects is not kept, and is listed by {@link #parked()}.
     */
    public void asynchronous() {
        reporting.asynchronous();
    }

    /** The asynchronous fake fails the start of every item of that name later, as a failing database would. */
    public void failLater(String itemName) {
        reporting.failLater(itemName);
    }

    /** What the asynchronous fake accepted and then rejected: not kept. */
    public List<Parked> parked() {
        return reporting.queue().parked();
    }

    /** Whether the asynchronous fake has applied or rejected everything it accepted. */
    public boolean settled() {
        return reporting.queue().settled();
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    public synchronized long count(String method, String pathPattern) {
        return requests.stream().filter(line -> line.matches(method + " " + pathPattern)).count();
    }

    public synchronized List<String> unknown() {
        return List.copyOf(unknown);
    }

    public List<JsonObject> launches() {
        return reporting.launches();
    }

    public List<JsonObject> launchFinishes() {
        return reporting.launchFinishes();
    }

    public List<Item> items() {
        return reporting.items();
    }

    public List<Log> logs() {
        return reporting.logs();
    }

    public Map<Long, JsonObject> dashboards() {
        return dashboards.dashboards();
    }

    public Map<Long, JsonObject> widgets() {
        return dashboards.widgets();
    }

    public Map<Long, JsonObject> filters() {
        return dashboards.filters();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            synchronized (this) {
                requests.add(method + " " + path);
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, error("Full authentication is required to access this resource"));
                return;
            }
            if (REPORTING.matcher(path).matches() && !reportingDelay.isZero()) {
                sleep(reportingDelay);
            }
            Answer answer = answer(method, path, exchange);
            send(exchange, answer.status(), answer.body());
        } catch (IOException | RuntimeException e) {
            System.out.println("Fake ReportPortal could not answer " + method + " " + path + ": " + e);
        }
    }

    private Answer answer(String method, String path, HttpExchange exchange) throws IOException {
        if (method.equals("GET") && path.equals("/api/info")) {
            JsonObject build = new JsonObject();
            build.addProperty("version", reporting.version());
            JsonObject info = new JsonObject();
            info.add("build", build);
            return new Answer(200, info);
        }
        if (method.equals("GET") && path.equals("/api/v1/" + PROJECT + "/settings")) {
            return new Answer(200, new JsonObject());
        }
        Optional<Answer> answer = reporting.answer(method, path, exchange);
        if (answer.isEmpty()) {
            answer = dashboards.answer(method, path, exchange);
        }
        return answer.orElseGet(() -> {
            synchronized (this) {
                unknown.add(method + " " + path);
            }
            System.out.println("Fake ReportPortal does not know " + method + " " + exchange.getRequestURI());
            return new Answer(404, error("Unknown request " + method + " " + path));
        });
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
