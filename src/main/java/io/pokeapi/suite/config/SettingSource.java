package io.pokeapi.suite.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Raw setting values from layered sources; the first layer that defines a key wins.
 * Each value remembers where it came from so that an error can say so.
 */
public final class SettingSource {

    /** A raw value and a description of its origin, such as "the environment". */
    public record Value(String text, String origin) {
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    /** Adds a layer below the ones already added: its keys apply only where no earlier layer set them. */
    public SettingSource withLayer(Map<String, String> layer, String origin) {
        layer.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                values.putIfAbsent(key, new Value(text.trim(), origin));
            }
        });
        return this;
    }

    public Optional<Value> get(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
