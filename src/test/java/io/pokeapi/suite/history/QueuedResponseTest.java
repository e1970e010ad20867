package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the history is handed of a response: a body the API confirmed unchanged is a 304 with no body to compare. */
class QueuedResponseTest {

    private static ApiResponse pikachu(boolean revalidated) {
        return new ApiResponse("GET", "http://127.0.0.1:8080/api/v2/pokemon/pikachu", new Endpoint("/pokemon/{name}"),
                200, "application/json", "{\"id\":25,\"name\":\"pikachu\"}", Duration.ofMillis(4), Optional.empty(),
                revalidated);
    }

    @Test
    void aFetchedDocumentIsRecordedWithItsBody() {
        QueuedResponse fetched = QueuedResponse.of(pikachu(false));

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.isSuccessful()).isTrue();
        assertThat(fetched.mayBeJson()).isTrue();
        assertThat(fetched.characters()).isPositive();
    }

    @Test
    void aConfirmedKeptDocumentIsRecordedAsA304WithoutItsBody() {
        QueuedResponse confirmed = QueuedResponse.of(pikachu(true));

        assertThat(confirmed.status()).isEqualTo(304);
        assertThat(confirmed.isSuccessful()).as("neither hashed nor compared for drift").isFalse();
        assertThat(confirmed.mayBeJson()).isFalse();
        assertThat(confirmed.characters()).isZero();
    }
}
