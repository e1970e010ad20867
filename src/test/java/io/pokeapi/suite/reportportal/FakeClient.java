package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Requests to the fake's project API with the fake's token, as the tests of the fake's rules send them. */
final class FakeClient {

    private static final MediaType JSON = MediaType.get("application/json");

    /** An answer: its status and JSON body. */
    record Reply(int status, JsonElement body) {

        int errorCode() {
            return body.getAsJsonObject().get("errorCode").getAsInt();
        }

        String message() {
            return body.getAsJsonObject().get("message").getAsString();
        }

        long id() {
            return body.getAsJsonObject().get("id").getAsLong();
        }
    }

    private final OkHttpClient http = new OkHttpClient();
    private final HttpUrl project;

    FakeClient(FakeReportPortal reportPortal) {
        this.project = HttpUrl.get(reportPortal.endpoint().toString()).newBuilder()
                .addPathSegments("api/v1/" + FakeReportPortal.PROJECT).build();
    }

    Reply post(String path, JsonObject body) {
        return call(new Request.Builder().url(url(path)).post(RequestBody.create(body.toString(), JSON)));
    }

    Reply put(String path, JsonObject body) {
        return call(new Request.Builder().url(url(path)).put(RequestBody.create(body.toString(), JSON)));
    }

    /** {@code GET path?query}, the query written as it goes in the URL. */
    Reply get(String path, String query) {
        return call(new Request.Builder().url(project + "/" + path + "?" + query).get());
    }

    private HttpUrl url(String path) {
        return project.newBuilder().addPathSegments(path).build();
    }

    private Reply call(Request.Builder request) {
        try (Response response = http.newCall(request.header("Authorization", "Bearer " + FakeReportPortal.TOKEN)
                .build()).execute()) {
            return new Reply(response.code(), JsonParser.parseString(response.body().string()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
