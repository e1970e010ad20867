package io.pokeapi.suite.replica;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads api-data files and writes JSON the way the live API sends it: compact UTF-8, nulls kept. */
final class CompactJson {

    // Immutable and thread-safe. HTML escaping would turn "<" into "\u003c", which the live API does not do.
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private CompactJson() {
    }

    /** Numbers keep the text they were written with (Gson parses them lazily). */
    static JsonElement read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader);
        }
    }

    static byte[] toBytes(JsonElement json) {
        return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string literal, quotes and escapes included. */
    static String quote(String text) {
        return GSON.toJson(text);
    }
}
