package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeExchange.created;
import static io.pokeapi.suite.reportportal.FakeExchange.error;
import static io.pokeapi.suite.reportportal.FakeExchange.json;
import static io.pokeapi.suite.reportportal.FakeExchange.message;
import static io.pokeapi.suite.reportportal.FakeExchange.read;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import io.pokeapi.suite.reportportal.FakeReportPortal.Attachment;
import io.pokeapi.suite.reportportal.FakeReportPortal.Item;
import io.pokeapi.suite.reportportal.FakeReportPortal.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MultipartReader;
import okio.Okio;

/** The fake's reporting API, v1 and v2 alike: launches, test items and logs, kept as they were sent. */
final class FakeReporting {

    private static final String PROJECT = FakeReportPortal.PROJECT;
    private static final Pattern LAUNCH = Pattern.compile("/api/v[12]/" + PROJECT + "/launch");
    private static final Pattern ITEM = Pattern.compile("/api/v[12]/" + PROJECT + "/item(?:/([^/]+))?");
    private static final Pattern LAUNCH_FINISH = Pattern.compile("/api/v[12]/" + PROJECT + "/launch/([^/]+)/finish");
    private static final Pattern LOG = Pattern.compile("/api/v[12]/" + PROJECT + "/log");

    private final List<JsonObject> launches = new ArrayList<>();
    private final List<JsonObject> launchFinishes = new ArrayList<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<Log> logs = new ArrayList<>();

    /** The answer to a reporting request, or empty when it is not one. */
    synchronized Optional<Answer> answer(String method, String path, HttpExchange exchange) throws IOException {
        Matcher matcher;
        if (method.equals("POST") && LAUNCH.matcher(path).matches()) {
            JsonObject start = json(exchange);
            String uuid = start.has("uuid") ? start.get("uuid").getAsString() : UUID.randomUUID().toString();
            start.addProperty("uuid", uuid);
            launches.add(start);
            return Optional.of(created(uuid));
        }
        if (method.equals("PUT") && (matcher = LAUNCH_FINISH.matcher(path)).matches()) {
            JsonObject finish = json(exchange);
            finish.addProperty("launchUuid", matcher.group(1));
            launchFinishes.add(finish);
            return Optional.of(new Answer(200, message("Launch finished")));
        }
        if (method.equals("POST") && (matcher = ITEM.matcher(path)).matches()) {
            String uuid = UUID.randomUUID().toString();
            items.put(uuid, new Item(uuid, matcher.group(1), json(exchange), new JsonObject[1]));
            return Optional.of(created(uuid));
        }
        if (method.equals("PUT") && (matcher = ITEM.matcher(path)).matches() && matcher.group(1) != null) {
            Item item = items.get(matcher.group(1));
            if (item == null) {
                return Optional.of(new Answer(404, error("Test item '" + matcher.group(1) + "' not found")));
            }
            item.finish()[0] = json(exchange);
            return Optional.of(new Answer(200, message("Test item finished")));
        }
        if (method.equals("POST") && LOG.matcher(path).matches()) {
            return Optional.of(new Answer(201, logs(exchange)));
        }
        return Optional.empty();
    }

    synchronized List<JsonObject> launches() {
        return List.copyOf(launches);
    }

    synchronized List<JsonObject> launchFinishes() {
        return List.copyOf(launchFinishes);
    }

    synchronized List<Item> items() {
        return List.copyOf(items.values());
    }

    synchronized List<Log> logs() {
        return List.copyOf(logs);
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
}
