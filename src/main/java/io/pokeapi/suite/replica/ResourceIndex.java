package io.pokeapi.suite.replica;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One resource's list ({@code data/api/v2/<resource>/index.json}): serves its pages and knows which
 * id each name stands for, since api-data stores documents by id only.
 */
final class ResourceIndex {

    /** How the live API spells an id: no sign, no leading zero. */
    private static final Pattern ID = Pattern.compile("[1-9][0-9]*");

    private final String listUrl;
    private final List<byte[]> entries;
    private final Map<String, String> idsByName;

    private ResourceIndex(String listUrl, List<byte[]> entries, Map<String, String> idsByName) {
        this.listUrl = listUrl;
        this.entries = entries;
        this.idsByName = idsByName;
    }

    static ResourceIndex read(String resource, Path indexFile, AbsoluteUrls urls) throws IOException {
        JsonElement json = CompactJson.read(indexFile);
        if (!json.isJsonObject() || !json.getAsJsonObject().has("results")
                || !json.getAsJsonObject().get("results").isJsonArray()) {
            throw new IllegalStateException(indexFile.toUri() + " has no \"results\" array");
        }
        List<byte[]> entries = new ArrayList<>();
        Map<String, String> idsByName = new HashMap<>();
        for (JsonElement result : json.getAsJsonObject().getAsJsonArray("results")) {
            // Rendered once, so a page is only a concatenation of ready bytes.
            entries.add(CompactJson.toBytes(urls.rewrite(result)));
            nameAndId(result).ifPresent(nameAndId -> idsByName.putIfAbsent(nameAndId[0], nameAndId[1]));
        }
        String listUrl = urls.absolute(AbsoluteUrls.RELATIVE_PREFIX + resource + "/");
        return new ResourceIndex(listUrl, List.copyOf(entries), Map.copyOf(idsByName));
    }

    /** {name, id} of a named entry such as {"name":"pikachu","url":"/api/v2/pokemon/25/"}. */
    private static Optional<String[]> nameAndId(JsonElement result) {
        if (!result.isJsonObject()) {
            return Optional.empty();
        }
        JsonObject entry = result.getAsJsonObject();
        if (!isString(entry.get("name")) || !isString(entry.get("url"))) {
            return Optional.empty(); // unnamed resources, such as evolution-chain, are found by id only
        }
        String url = entry.get("url").getAsString();
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String id = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return ID.matcher(id).matches()
                ? Optional.of(new String[] {entry.get("name").getAsString(), id})
                : Optional.empty();
    }

    private static boolean isString(JsonElement json) {
        return json != null && json.isJsonPrimitive() && json.getAsJsonPrimitive().isString();
    }

    int count() {
        return entries.size();
    }

    /**
     * The id that a lower-cased path segment names: a listed name or a well-formed id.
     * Whether a document exists for the id is for the caller to find out.
     */
    Optional<String> idOf(String key) {
        String id = idsByName.get(key);
        if (id != null) {
            return Optional.of(id);
        }
        return ID.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    /** The page as the live API renders it, its links to the list's own address. */
    byte[] render(Page page) {
        return render(page, listUrl);
    }

    /**
     * The page as the live API renders it: count, absolute next/previous links, the slice of results.
     *
     * @param linkBase what the links start with before their query: the live API uses the request's own path
     */
    byte[] render(Page page, String linkBase) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(128 + 64 * (page.toIndex() - page.fromIndex()));
        write(json, "{\"count\":" + page.count());
        write(json, ",\"next\":" + linkOrNull(linkBase, page.next()));
        write(json, ",\"previous\":" + linkOrNull(linkBase, page.previous()));
        write(json, ",\"results\":[");
        for (int i = page.fromIndex(); i < page.toIndex(); i++) {
            if (i > page.fromIndex()) {
                json.write(',');
            }
            json.writeBytes(entries.get(i));
        }
        write(json, "]}");
        return json.toByteArray();
    }

    private static String linkOrNull(String linkBase, Optional<PageRequest> window) {
        return window
                .map(w -> CompactJson.quote(linkBase + "?offset=" + w.offset() + "&limit=" + w.limit()))
                .orElse("null");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
