package io.pokeapi.suite.reportportal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MultipartReader;
import okio.Okio;

/**
 * A ReportPortal that runs in the test: it answers the parts of ReportPortal's API that its Java client
 * and the dashboard setup call, v1 and v2 alike, keeps the dashboards, widgets and filters it is given,
 * and records everything it is sent. Requests it does not know are answered 404 and printed.
 */
public final class FakeReportPortal implements AutoCloseable {

    public static final String TOKEN = "fake-rp-token";
    public static final String PROJECT = "pokeapi";

    private static final Pattern REPORTING = Pattern.compile("/api/v[12]/" + PROJECT + "/(launch|item|log)(/.*)?");
    private static final Pattern ITEM = Pattern.compile("/api/v[12]/" + PROJECT + "/item(?:/([^/]+))?");
    private static final Pattern LAUNCH_FINISH = Pattern.compile("/api/v[12]/" + PROJECT + "/launch/([^/]+)/finish");
    private static final Pattern ADD_WIDGET = Pattern.compile("/api/v1/" + PROJECT + "/dashboard/(\\d+)/add");

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

    public record Attachment(String name, String contentType, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<JsonObject> launches = new ArrayList<>();
    private final List<JsonObject> launchFinishes = new ArrayList<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<Log> logs = new ArrayList<>();
    private final Map<Long, JsonObject> filters = new LinkedHashMap<>();
    private final Map<Long, JsonObject> widgets = new LinkedHashMap<>();
    private final Map<Long, JsonObject> dashboards = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
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

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    public synchronized long count(String method, String pathPattern) {
        return requests.stream().filter(line -> line.matches(method + " " + pathPattern)).count();
    }

    public synchronized List<String> unknown() {
        return List.copyOf(unknown);
    }

    public synchronized List<JsonObject> launches() {
        return List.copyOf(launches);
    }

    public synchronized List<JsonObject> launchFinishes() {
        return List.copyOf(launchFinishes);
    }

    public synchronized List<Item> items() {
        return List.copyOf(items.values());
    }

    public synchronized List<Log> logs() {
        return List.copyOf(logs);
    }

    public synchronized Map<Long, JsonObject> dashboards() {
        return Map.copyOf(dashboards);
    }

    public synchronized Map<Long, JsonObject> widgets() {
        return Map.copyOf(widgets);
    }

    public synchronized Map<Long, JsonObject> filters() {
        return Map.copyOf(filters);
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

    private record Answer(int status, JsonElement body) {
    }

    private synchronized Answer answer(String method, String path, HttpExchange exchange) throws IOException {
        String api = "/api/v1/" + PROJECT;
        Matcher matcher;
        if (method.equals("GET") && path.equals("/api/info")) {
            JsonObject build = new JsonObject();
            build.addProperty("version", "5.11.0");
            JsonObject info = new JsonObject();
            info.add("build", build);
            return new Answer(200, info);
        }
        if (method.equals("GET") && path.equals(api + "/settings")) {
            return new Answer(200, new JsonObject());
        }
        if (method.equals("POST") && path.matches("/api/v[12]/" + PROJECT + "/launch")) {
            JsonObject start = json(exchange);
            String uuid = start.has("uuid") ? start.get("uuid").getAsString() : UUID.randomUUID().toString();
            start.addProperty("uuid", uuid);
            launches.add(start);
            return created(uuid);
        }
        if (method.equals("PUT") && (matcher = LAUNCH_FINISH.matcher(path)).matches()) {
            JsonObject finish = json(exchange);
            finish.addProperty("launchUuid", matcher.group(1));
            launchFinishes.add(finish);
            return new Answer(200, message("Launch finished"));
        }
        if (method.equals("POST") && (matcher = ITEM.matcher(path)).matches()) {
            String uuid = UUID.randomUUID().toString();
            items.put(uuid, new Item(uuid, matcher.group(1), json(exchange), new JsonObject[1]));
            return created(uuid);
        }
        if (method.equals("PUT") && (matcher = ITEM.matcher(path)).matches() && matcher.group(1) != null) {
            Item item = items.get(matcher.group(1));
            if (item == null) {
                return new Answer(404, error("Test item '" + matcher.group(1) + "' not found"));
            }
            item.finish()[0] = json(exchange);
            return new Answer(200, message("Test item finished"));
        }
        if (method.equals("POST") && path.matches("/api/v[12]/" + PROJECT + "/log")) {
            return new Answer(201, logs(exchange));
        }
        if (method.equals("GET") && path.equals(api + "/filter")) {
            return new Answer(200, page(filters, query(exchange).get("filter.eq.name")));
        }
        if (method.equals("POST") && path.equals(api + "/filter")) {
            return create(filters, json(exchange));
        }
        if (method.equals("POST") && path.equals(api + "/widget")) {
            return create(widgets, json(exchange));
        }
        if (method.equals("GET") && path.equals(api + "/dashboard")) {
            return new Answer(200, page(dashboards, query(exchange).get("filter.eq.name")));
        }
        if (method.equals("POST") && path.equals(api + "/dashboard")) {
            JsonObject dashboard = json(exchange);
            dashboard.add("widgets", new JsonArray());
            return create(dashboards, dashboard);
        }
        if (method.equals("PUT") && (matcher = ADD_WIDGET.matcher(path)).matches()) {
            JsonObject dashboard = dashboards.get(Long.parseLong(matcher.group(1)));
            JsonObject added = json(exchange).getAsJsonObject("addWidget");
            if (dashboard == null || added == null || !widgets.containsKey(added.get("widgetId").getAsLong())) {
                return new Answer(404, error("No such dashboard or widget"));
            }
            dashboard.getAsJsonArray("widgets").add(added);
            return new Answer(200, message("Widget added"));
        }
        unknown.add(method + " " + path);
        System.out.println("Fake ReportPortal does not know " + method + " " + exchange.getRequestURI());
        return new Answer(404, error("Unknown request " + method + " " + path));
    }

    private Answer create(Map<Long, JsonObject> store, JsonObject entity) {
        boolean taken = store.values().stream()
                .anyMatch(existing -> existing.get("name").getAsString().equals(entity.get("name").getAsString()));
        if (taken) {
            return new Answer(409, error("Resource with name '" + entity.get("name").getAsString() + "' already exists"));
        }
        long id = ids.incrementAndGet();
        entity.addProperty("id", id);
        store.put(id, entity);
        JsonObject created = new JsonObject();
        created.addProperty("id", id);
        return new Answer(201, created);
    }

    private static JsonObject page(Map<Long, JsonObject> store, String name) {
        JsonArray content = new JsonArray();
        store.values().stream().filter(entity -> name == null || entity.get("name").getAsString().equals(name))
                .forEach(entity -> content.add(entity.deepCopy()));
        JsonObject page = new JsonObject();
        page.add("content", content);
        JsonObject info = new JsonObject();
        info.addProperty("totalElements", content.size());
        page.add("page", info);
        return page;
    }

    private JsonObject logs(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonArray requests = new JsonArray();
        Map<String, Attachment> files = new HashMap<>();
        if (type != null && type.startsWith("multipart/")) {
            String boundary = type.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
            try (MultipartReader reader = new MultipartReader(Okio.buffer(Okio.source(exchange.getRequestBody())),
                    boundary)) {
                MultipartReader.Part part;
                while ((part = reader.nextPart()) != null) {
                    String disposition = part.headers().get("Content-Disposition");
                    byte[] content = part.body().readByteArray();
                    if (disposition != null && disposition.contains("name=\"json_request_part\"")) {
                        requests = JsonParser.parseString(new String(content, StandardCharsets.UTF_8)).getAsJsonArray();
                    } else if (disposition != null && disposition.contains("filename=\"")) {
                        String name = disposition.replaceAll(".*filename=\"([^\"]*)\".*", "$1");
                        files.put(name, new Attachment(name, part.headers().get("Content-Type"), content));
                    }
                }
            }
        } else {
            requests.add(JsonParser.parseString(read(exchange.getRequestBody())));
        }
        JsonArray responses = new JsonArray();
        for (JsonElement element : requests) {
            JsonObject request = element.getAsJsonObject();
            Optional<Attachment> file = Optional.empty();
            if (request.has("file") && request.get("file").isJsonObject()) {
                file = Optional.ofNullable(files.get(request.getAsJsonObject("file").get("name").getAsString()));
            }
            logs.add(new Log(request, file));
            JsonObject response = new JsonObject();
            response.addProperty("id", UUID.randomUUID().toString());
            responses.add(response);
        }
        JsonObject answer = new JsonObject();
        answer.add("responses", responses);
        return answer;
    }

    private static Answer created(String uuid) {
        JsonObject created = new JsonObject();
        created.addProperty("id", uuid);
        return new Answer(201, created);
    }

    private static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("message", text);
        return message;
    }

    private static JsonObject error(String text) {
        JsonObject error = message(text);
        error.addProperty("errorCode", 40000);
        return error;
    }

    private static JsonObject json(HttpExchange exchange) throws IOException {
        return JsonParser.parseString(read(exchange.getRequestBody())).getAsJsonObject();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, JsonElement body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
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
