package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** What the fake ReportPortal's parts share: a request's JSON and query, and answers in service-api's shapes. */
final class FakeExchange {

    /** An answer: a status and its JSON body. */
    record Answer(int status, JsonElement body) {
    }

    private FakeExchange() {
    }

    static Answer created(String uuid) {
        JsonObject created = new JsonObject();
        created.addProperty("id", uuid);
        return new Answer(201, created);
    }

    static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("message", text);
        return message;
    }

    static JsonObject error(String text) {
        return error(40000, text);
    }

    /** service-api's error body: {@code {"errorCode": 4001, "message": "…"}}. */
    static JsonObject error(int errorCode, String text) {
        JsonObject error = new JsonObject();
        error.addProperty("errorCode", errorCode);
        error.addProperty("message", text);
        return error;
    }

    static JsonObject json(HttpExchange exchange) throws IOException {
        return JsonParser.parseString(read(exchange.getRequestBody())).getAsJsonObject();
    }

    static Map<String, String> query(HttpExchange exchange) {
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

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, int status, JsonElement body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
