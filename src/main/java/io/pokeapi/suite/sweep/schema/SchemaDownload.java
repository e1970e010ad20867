package io.pokeapi.suite.sweep.schema;

import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Schema files fetched from a web server at {@code base + schema/v2/...}, such as api-data on GitHub. */
final class SchemaDownload implements SchemaSource {

    private final OkHttpClient http;
    private final HttpUrl schemaDir;

    SchemaDownload(OkHttpClient http, HttpUrl base) {
        this.http = http;
        // base names a folder, with or without its closing slash.
        HttpUrl folder = base.encodedPath().endsWith("/") ? base : base.newBuilder().addPathSegment("").build();
        this.schemaDir = folder.newBuilder().addPathSegments("schema/v2/").build();
    }

    @Override
    public String read(String file) {
        HttpUrl url = url(file);
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            if (response.code() != 200) {
                throw new SchemaUnavailableException("Schema " + url + " answered HTTP " + response.code()
                        + ", not 200");
            }
            return response.body().string();
        } catch (IOException e) {
            throw new SchemaUnavailableException("Cannot download schema " + url + " ("
                    + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()) + ")");
        }
    }

    @Override
    public String locate(String file) {
        return url(file).toString();
    }

    private HttpUrl url(String file) {
        // Every file name comes from SchemaDocument or a followed $ref under schema/v2, so it always resolves.
        return schemaDir.resolve(file);
    }
}
