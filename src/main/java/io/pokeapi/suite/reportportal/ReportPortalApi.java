package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import io.pokeapi.suite.config.ReportPortalSettings;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The part of ReportPortal's REST API the suite calls itself: the project's settings, which tell
 * whether ReportPortal answers and takes the token, and the dashboards, widgets and filters.
 * Reporting a run goes through ReportPortal's own client instead.
 */
final class ReportPortalApi {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ReportPortalSettings settings;
    private final HttpUrl project;
    private final OkHttpClient http;

    ReportPortalApi(ReportPortalSettings settings) {
        this.settings = settings;
        this.project = HttpUrl.get(settings.endpoint().orElseThrow().toString()).newBuilder()
                .addPathSegments("api/v1").addPathSegment(settings.project().orElseThrow()).build();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .callTimeout(settings.timeout())
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", "Bearer " + settings.apiToken().orElseThrow()).build()))
                .build();
    }

    /** {@code GET /api/v1/{project}/{path}} with the query's parameters. */
    JsonElement get(String path, Map<String, String> query) {
        HttpUrl.Builder url = project.newBuilder().addPathSegments(path);
        query.forEach(url::addQueryParameter);
        return call(new Request.Builder().url(url.build()).get().build());
    }

    JsonElement post(String path, JsonObject body) {
        return call(new Request.Builder().url(project.newBuilder().addPathSegments(path).build())
                .post(RequestBody.create(body.toString(), JSON)).build());
    }

    JsonElement put(String path, JsonObject body) {
        return call(new Request.Builder().url(project.newBuilder().addPathSegments(path).build())
                .put(RequestBody.create(body.toString(), JSON)).build());
    }

    private JsonElement call(Request request) {
        String what = request.method() + " " + request.url().encodedPath();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new ReportPortalCallException(settings.describe() + " answered " + response.code() + " to " + what
                        + hint(response.code()) + errorMessage(body));
            }
            return body.isBlank() ? new JsonObject() : JsonParser.parseString(body);
        } catch (IOException e) {
            throw new ReportPortalCallException(settings.describe() + " cannot be reached (" + RequestTally.describe(e)
                    + ")");
        } catch (JsonSyntaxException e) {
            throw new ReportPortalCallException(settings.describe() + " answered " + what + " with something that is not "
                    + "JSON: is REPORTPORTAL_ENDPOINT ReportPortal's address?");
        }
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> ": check REPORTPORTAL_API_TOKEN";
            case 403, 404 -> ": check REPORTPORTAL_PROJECT and that the token's user belongs to it";
            default -> "";
        };
    }

    /** ReportPortal's own words, from its error body, when it gave some. */
    private static String errorMessage(String body) {
        try {
            JsonElement error = JsonParser.parseString(body);
            if (error.isJsonObject() && error.getAsJsonObject().has("message")) {
                return " (" + error.getAsJsonObject().get("message").getAsString() + ")";
            }
        } catch (RuntimeException notJson) {
            // nothing more to say than the status
        }
        return "";
    }

    /** ReportPortal did not answer as asked: the message says where, what and why, in one line. */
    static final class ReportPortalCallException extends IllegalStateException {

        ReportPortalCallException(String message) {
            super(message);
        }
    }
}
