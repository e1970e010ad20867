package io.pokeapi.suite.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingSourceTest {

    @Test
    void aKeyNoLayerDefinesIsAbsent() {
        SettingSource source = new SettingSource().withLayer(Map.of("THREADS", "8"), "test");

        assertThat(source.get("TARGET")).isEmpty();
    }

    @Test
    void aValueRemembersTheLayerItCameFrom() {
        SettingSource source = new SettingSource().withLayer(Map.of("THREADS", "8"), "the environment");

        assertThat(source.get("THREADS")).contains(new SettingSource.Value("8", "the environment"));
    }

    @Test
    void theFirstLayerThatDefinesAKeyWins() {
        SettingSource source = new SettingSource()
                .withLayer(Map.of("THREADS", "2"), "a system property")
                .withLayer(Map.of("THREADS", "8", "TARGET", "replica"), "the environment");

        assertThat(source.get("THREADS")).contains(new SettingSource.Value("2", "a system property"));
        assertThat(source.get("TARGET")).contains(new SettingSource.Value("replica", "the environment"));
    }

    @Test
    void aBlankValueDoesNotHideALowerLayer() {
        SettingSource source = new SettingSource()
                .withLayer(Map.of("THREADS", "   "), "a system property")
                .withLayer(Map.of("THREADS", "8"), "the environment");

        assertThat(source.get("THREADS")).contains(new SettingSource.Value("8", "the environment"));
    }

    @Test
    void aNullValueIsIgnored() {
        Map<String, String> layer = new HashMap<>();
        layer.put("THREADS", null);

        assertThat(new SettingSource().withLayer(layer, "test").get("THREADS")).isEmpty();
    }

    @Test
    void valuesAreTrimmed() {
        SettingSource source = new SettingSource().withLayer(Map.of("TARGET", "  replica\t"), "test");

        assertThat(source.get("TARGET")).map(SettingSource.Value::text).contains("replica");
    }
}
