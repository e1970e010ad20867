package io.pokeapi.suite.reportportal;

import static io.pokeapi.suite.reportportal.FakeExchange.read;
import static io.pokeapi.suite.reportportal.FakeRequestChecks.present;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import io.pokeapi.suite.reportportal.FakeReportPortal.Attachment;
import io.pokeapi.suite.reportportal.ServiceApiError.Refusal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.MultipartReader;
import okio.Okio;

/**
 * The log endpoints: one log as JSON, or a multipart batch of logs ({@code json_request_part}) with their
 * files. As service-api's log controllers do, a batch is answered 201 with one response per log, its id or
 * why it was refused; a log that names a file the batch does not carry is refused. v2 needs a log's launch,
 * at once for a log without a file, and only once its file is stored for one with: then a log without its
 * launch is lost unanswered, parked in the asynchronous fake.
 */
final class FakeLogBatch {

    private final FakeReportingRules rules;
    private final FakeReportingQueue queue;

    FakeLogBatch(FakeReportingRules rules, FakeReportingQueue queue) {
        this.rules = rules;
        this.queue = queue;
    }

    Answer answer(HttpExchange exchange, boolean v2, boolean later) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("multipart/")) {
            JsonObject log = JsonParser.parseString(read(exchange.getRequestBody())).getAsJsonObject();
            JsonObject created = new JsonObject();
            created.addProperty("id", save(log, Optional.empty(), v2, later));
            return new Answer(201, created);
        }
        JsonArray requests = new JsonArray();
        Map<String, Attachment> files = new HashMap<>();
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
        if (requests.isEmpty()) {
            throw ServiceApiError.INCORRECT_REQUEST.refuse("Required part 'json_request_part' is not present.");
        }
        for (JsonElement element : requests) { // the whole part is read first: a time it cannot read fails it all
            JsonObject log = element.getAsJsonObject();
            if (present(log, "time")) {
                rules.readTime(log.get("time"));
            }
        }
        JsonArray responses = new JsonArray();
        for (JsonElement element : requests) {
            JsonObject log = element.getAsJsonObject();
            JsonObject response = new JsonObject();
            try {
                Optional<Attachment> file = Optional.empty();
                if (log.has("file") && log.get("file").isJsonObject() && present(log.getAsJsonObject("file"), "name")) {
                    String name = log.getAsJsonObject("file").get("name").getAsString();
                    file = Optional.ofNullable(files.get(name));
                    if (file.isEmpty()) {
                        FakeRequestChecks.log(log);
                        throw ServiceApiError.BINARY_DATA_CANNOT_BE_SAVED.refuse(
                                "There is no request part or file with name " + name);
                    }
                }
                response.addProperty("id", save(log, file, v2, later));
            } catch (Refusal refusal) {
                response.addProperty("message", "ReportPortalException: " + refusal.getMessage());
                response.addProperty("stackTrace", "com.epam.ta.reportportal.exception.ReportPortalException: "
                        + refusal.getMessage());
            }
            responses.add(response);
        }
        JsonObject answer = new JsonObject();
        answer.add("responses", responses);
        return new Answer(201, answer);
    }

    /** Keeps the log now, or, asynchronous, checks what the controller checks and keeps it later. */
    private String save(JsonObject log, Optional<Attachment> file, boolean v2, boolean later) {
        String uuid = present(log, "uuid") ? log.get("uuid").getAsString() : UUID.randomUUID().toString();
        if (!later) {
            rules.saveLog(log, file, v2, v2);
            return uuid;
        }
        rules.acceptLog(log, file.isEmpty()); // with a file, its launch is looked at once the file is stored
        queue.later("save log " + uuid, log, () -> rules.saveLog(log, file, true, true));
        return uuid;
    }
}
