package io.pokeapi.suite.resilience;

import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.config.ReplicaFaults;
import io.pokeapi.suite.replica.ApiData;
import io.pokeapi.suite.replica.ReplicaServer;
import io.pokeapi.suite.replica.RequestJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The replica with faults, noting when each request arrives; requests are tagged as the suite's client tags them. */
final class FaultyReplica implements AutoCloseable {

    private final ReplicaServer server;
    private final RequestJournal journal = new RequestJournal();

    private FaultyReplica(ReplicaFaults faults) {
        try {
            server = ReplicaServer.start(ApiData.bundled(), "127.0.0.1", 0, faults, journal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FaultyReplica with(ReplicaFaults faults) {
        return new FaultyReplica(faults);
    }

    /** The first {@code count} requests for {@code path} answer {@code status}. */
    static FaultyReplica failingFirst(String path, int count, int status) {
        return with(ReplicaFaults.NONE.withFailFirst(List.of(new ReplicaFaults.FailFirst(path, count, status))));
    }

    /** A client with {@code policies}, outermost first, that leaves retrying to them. */
    static OkHttpClient client(okhttp3.Interceptor... policies) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .readTimeout(Duration.ofSeconds(10));
        for (okhttp3.Interceptor policy : policies) {
            builder.addInterceptor(policy);
        }
        return builder.build();
    }

    String url(String path) {
        return server.baseUrl().resolve(path).toString();
    }

    /** GETs {@code path}, such as /api/v2/pokemon/25, tagged with {@code template}; the caller closes it. */
    Response get(OkHttpClient client, String path, String template) throws IOException {
        Request request = new Request.Builder().url(url(path))
                .tag(Endpoint.class, new Endpoint(template)).build();
        return client.newCall(request).execute();
    }

    /** The status {@code path} answers, its body read and closed. */
    int status(OkHttpClient client, String path, String template) throws IOException {
        try (Response response = get(client, path, template)) {
            response.body().bytes();
            return response.code();
        }
    }

    List<RequestJournal.Arrival> arrivals(String path) {
        return journal.arrivals(path);
    }

    RequestJournal journal() {
        return journal;
    }

    @Override
    public void close() {
        server.close();
    }
}
