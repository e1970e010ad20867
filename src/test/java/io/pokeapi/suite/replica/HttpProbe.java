package io.pokeapi.suite.replica;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A test client that shows responses as sent: it always states Accept-Encoding itself, so OkHttp
 * neither adds gzip nor strips Content-Encoding and Content-Length.
 */
final class HttpProbe {

    /** What came back, body bytes exactly as on the wire. */
    record Answer(int code, Headers headers, byte[] body) {

        String header(String name) {
            return headers.get(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonElement json() {
            return JsonParser.parseString(text());
        }

        byte[] gunzipped() {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Body is not gzip", e);
            }
        }
    }

    private final OkHttpClient client;
    private final String origin;

    HttpProbe(OkHttpClient client, URI baseUrl) {
        this.client = client;
        this.origin = baseUrl.getScheme() + "://" + baseUrl.getAuthority();
    }

    HttpProbe(URI baseUrl) {
        this(new OkHttpClient(), baseUrl);
    }

    /** @param path from the server root, e.g. "/api/v2/pokemon/25" */
    Answer get(String path) {
        return send("GET", path, "identity", null);
    }

    Answer getGzip(String path) {
        return send("GET", path, "gzip", null);
    }

    Answer head(String path, String acceptEncoding) {
        return send("HEAD", path, acceptEncoding, null);
    }

    /** A bodiless request with the given headers besides Accept-Encoding: identity. */
    Answer send(String method, String path, Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(origin + path).header("Accept-Encoding", "identity")
                .method(method, method.equals("POST") ? RequestBody.create(new byte[0]) : null);
        headers.forEach(request::header);
        try (Response response = client.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.headers(), response.body().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }

    Answer send(String method, String path, String acceptEncoding, RequestBody body) {
        Request request = new Request.Builder()
                .url(origin + path)
                .header("Accept-Encoding", acceptEncoding)
                .method(method, body)
                .build();
        try (Response response = client.newCall(request).execute()) {
            return new Answer(response.code(), response.headers(), response.body().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }
}
