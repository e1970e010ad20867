package io.pokeapi.suite.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor under a sweep: plain fetches of the documents a sweep fetches, each body parsed once. Each list
 * is walked through its pages, following {@code next}; each page's documents, and each Pokémon's encounters,
 * are fetched on the threads as the pages come.
 */
final class PlainSweep {

    static final List<String> LISTS = List.of("pokemon", "ability", "type");
    static final int PAGE_LIMIT = 100;

    private final OkHttpClient client;
    private final URI apiBase;

    /** @param apiBase such as http://127.0.0.1:41621/api/v2 */
    PlainSweep(OkHttpClient client, URI apiBase) {
        this.client = client;
        this.apiBase = apiBase;
    }

    /**
     * What one sweep fetched.
     *
     * @param pages      list pages
     * @param documents  Pokémon, ability and type documents
     * @param encounters Pokémon encounters documents
     * @param bytes      bytes of JSON, as parsed (after any gzip)
     */
    record Tally(long pages, long documents, long encounters, long bytes) {

        long fetched() {
            return pages + documents + encounters;
        }
    }

    private static final class Counts {
        final LongAdder pages = new LongAdder();
        final LongAdder documents = new LongAdder();
        final LongAdder encounters = new LongAdder();
        final LongAdder bytes = new LongAdder();

        Tally tally() {
            return new Tally(pages.sum(), documents.sum(), encounters.sum(), bytes.sum());
        }
    }

    Tally run(int threads) {
        Counts counts = new Counts();
        Queue<Future<?>> fetches = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> walks = new ArrayList<>();
            for (String list : LISTS) {
                walks.add(pool.submit(() -> walk(list, pool, fetches, counts)));
            }
            for (Future<?> walk : walks) {
                walk.get();
            }
            // Complete now: only the walks submit fetches.
            for (Future<?> fetch : fetches) {
                fetch.get();
            }
            return counts.tally();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sweeping " + apiBase, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A plain fetch failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Void walk(String list, ExecutorService pool, Queue<Future<?>> fetches, Counts counts) {
        String url = apiBase + "/" + list + "?limit=" + PAGE_LIMIT;
        while (url != null) {
            JsonObject page = fetch(url, counts.pages, counts).getAsJsonObject();
            for (JsonElement result : page.getAsJsonArray("results")) {
                String document = result.getAsJsonObject().get("url").getAsString();
                fetches.add(pool.submit(() -> fetchDocument(list, document, counts)));
            }
            JsonElement next = page.get("next");
            url = next == null || next.isJsonNull() ? null : next.getAsString();
        }
        return null;
    }

    private Void fetchDocument(String list, String url, Counts counts) {
        JsonObject document = fetch(url, counts.documents, counts).getAsJsonObject();
        if (list.equals("pokemon")) {
            HttpUrl encounters = HttpUrl.get(url).resolve(document.get("location_area_encounters").getAsString());
            if (encounters == null) {
                throw new IllegalStateException(url + " has no usable location_area_encounters");
            }
            fetch(encounters.toString(), counts.encounters, counts);
        }
        return null;
    }

    private JsonElement fetch(String url, LongAdder kind, Counts counts) {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException(url + " answered " + response.code());
            }
            byte[] body = response.body().bytes();
            kind.increment();
            counts.bytes.add(body.length);
            return JsonParser.parseReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(url + " failed: " + e.getMessage(), e);
        }
    }
}
