package io.pokeapi.suite.reportportal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Requests to the fake ReportPortal's reporting API as a client sends them, and its answers. */
final class FakeReportingClient {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** An answer: its status and JSON body. */
    record Reply(int status, JsonObject body) {

        int errorCode() {
            return body.get("errorCode").getAsInt();
        }

        String message() {
            return body.get("message").getAsString();
        }

        String id() {
            return body.get("id").getAsString();
        }
    }

    private final FakeReportPortal fake;
    private final String api;
    private final OkHttpClient http = new OkHttpClient();

    /** @param version {@code v1} or {@code v2} */
    FakeReportingClient(FakeReportPortal fake, String version) {
        this.fake = fake;
        this.api = "/api/" + version + "/" + FakeReportPortal.PROJECT;
    }

    Reply post(String path, JsonObject body) {
        return send("POST", path, RequestBody.create(body.toString(), JSON));
    }

    Reply put(String path, JsonObject body) {
        return send("PUT", path, RequestBody.create(body.toString(), JSON));
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    /** A batch of logs, as the client sends them: their JSON part, then {@code files} by name. */
    Reply logs(String jsonArray, String... files) {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("json_request_part", null, RequestBody.create(jsonArray, JSON));
        for (String file : files) {
            body.addFormDataPart("file", file, RequestBody.create("content of " + file, MediaType.get("text/plain")));
        }
        return send("POST", "/log", body.build());
    }

    private Reply send(String method, String path, RequestBody body) {
        Request request = new Request.Builder().url(fake.endpoint() + (path.startsWith("/api/") ? path : api + path))
                .header("Authorization", "Bearer " + FakeReportPortal.TOKEN).method(method, body).build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            return new Reply(response.code(), text.isBlank() ? new JsonObject() : JsonParser.parseString(text)
                    .getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A launch started at {@code start}: its uuid. */
    String launch(Instant start) {
        JsonObject launch = new JsonObject();
        launch.addProperty("name", "pokeapi-suite");
        launch.addProperty("startTime", start.toEpochMilli());
        return post("/launch", launch).id();
    }

    static JsonObject item(String launch, String name, String type, Instant start) {
        JsonObject item = new JsonObject();
        item.addProperty("launchUuid", launch);
        item.addProperty("name", name);
        item.addProperty("type", type);
        item.addProperty("startTime", start.toEpochMilli());
        return item;
    }

    static JsonObject finish(Instant end, String status) {
        JsonObject finish = new JsonObject();
        finish.addProperty("endTime", end.toEpochMilli());
        if (status != null) {
            finish.addProperty("status", status);
        }
        return finish;
    }
}
