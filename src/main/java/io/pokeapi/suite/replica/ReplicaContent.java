package io.pokeapi.suite.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the replica answers for each route, read lazily from an api-data folder. Documents are
 * rewritten and compressed once, on first request, then served from memory: they do not change
 * while the replica runs.
 */
final class ReplicaContent {

    private final ApiData data;
    private final AbsoluteUrls urls;
    private final boolean jsPaging;
    private final ConcurrentMap<String, ResourceIndex> indexes = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, JsonBody> documents = new ConcurrentHashMap<>();

    ReplicaContent(ApiData data, AbsoluteUrls urls) {
        this(data, urls, HttpPromise.all());
    }

    ReplicaContent(ApiData data, AbsoluteUrls urls, Set<HttpPromise> kept) {
        this.data = data;
        this.urls = urls;
        this.jsPaging = kept.contains(HttpPromise.JS_PAGING);
    }

    /**
     * Like the live API: a resource its function does not serve is a bad request; a served one whose
     * data is not there, like anything else it cannot find, is not found.
     *
     * @param rawPath  the request's path, still percent-encoded: a list's links are built from it
     * @param rawQuery the request's query string, still percent-encoded; may be null
     */
    Reply find(Route route, String rawPath, String rawQuery) {
        if (route instanceof Route.RootIndex) {
            return found(document(List.of()));
        }
        if (route instanceof Route.ResourceList list) {
            if (!ServedResources.served(list.resource())) {
                return Reply.Failure.BAD_REQUEST;
            }
            return found(index(list.resource()).map(index -> page(index, rawPath, rawQuery)));
        }
        if (route instanceof Route.Document document) {
            if (!ServedResources.served(document.resource())) {
                return Reply.Failure.BAD_REQUEST;
            }
            return found(index(document.resource())
                    .flatMap(index -> index.idOf(document.key()))
                    .flatMap(id -> document(documentPath(document, id))));
        }
        if (route instanceof Route.BadRequest) {
            return Reply.Failure.BAD_REQUEST;
        }
        return Reply.Failure.NOT_FOUND;
    }

    private static Reply found(Optional<JsonBody> body) {
        return body.<Reply>map(Reply.Json::new).orElse(Reply.Failure.NOT_FOUND);
    }

    /** Like getPageUrl, the links start with the request's own path, lower-cased, trailing slash or not. */
    private JsonBody page(ResourceIndex index, String rawPath, String rawQuery) {
        PageRequest request = PageRequest.fromQuery(rawQuery);
        Page page = Page.of(index.count(), jsPaging ? request : request.withoutNegatives());
        return JsonBody.compressedOnDemand(index.render(page, urls.absolute(rawPath.toLowerCase(Locale.ROOT))));
    }

    private static List<String> documentPath(Route.Document document, String id) {
        List<String> path = new ArrayList<>(3);
        path.add(document.resource());
        path.add(id);
        document.nested().ifPresent(path::add);
        return List.copyOf(path);
    }

    /** A resource has data when its folder has a list index.json; each index is read once. */
    private Optional<ResourceIndex> index(String resource) {
        ResourceIndex known = indexes.get(resource);
        if (known != null) {
            return Optional.of(known);
        }
        return data.indexFile(List.of(resource))
                .map(file -> indexes.computeIfAbsent(resource, name -> readIndex(name, file)));
    }

    private Optional<JsonBody> document(List<String> path) {
        JsonBody cached = documents.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        return data.indexFile(path).map(file -> documents.computeIfAbsent(path, key -> readDocument(file)));
    }

    private ResourceIndex readIndex(String resource, Path file) {
        try {
            return ResourceIndex.read(resource, file, urls);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toUri(), e);
        }
    }

    private JsonBody readDocument(Path file) {
        try {
            return JsonBody.precompressed(CompactJson.toBytes(urls.rewrite(CompactJson.read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toUri(), e);
        }
    }
}
