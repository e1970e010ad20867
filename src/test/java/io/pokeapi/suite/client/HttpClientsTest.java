package io.pokeapi.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.SettingsLoader;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

    @Test
    void theClientHasTheTimeoutsOfTheSettings() {
        OkHttpClient client = HttpClients.create(new SettingsLoader(new SettingSource().withLayer(Map.of(
                "HTTP_CONNECT_TIMEOUT", "1s",
                "HTTP_READ_TIMEOUT", "2s",
                "HTTP_CALL_TIMEOUT", "3s"), "test")).load());

        assertThat(client.connectTimeoutMillis()).isEqualTo(1_000);
        assertThat(client.readTimeoutMillis()).isEqualTo(2_000);
        assertThat(client.callTimeoutMillis()).isEqualTo(3_000);
    }

    @Test
    void theUserAgentNamesTheSuite() {
        assertThat(HttpClients.USER_AGENT)
                .startsWith("pokeapi-observability-tests/")
                .endsWith("(Cucumber acceptance suite)");
    }
}
