package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.pokeapi.suite.client.Endpoint;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseBacklogTest {

    private static final Duration NO_WAIT = Duration.ofNanos(1);

    @Test
    void aResponseThatWouldPassTheCharacterBoundWaitsAndGivesUpWhenTheWriterFinishesNothing() throws Exception {
        ResponseBacklog backlog = new ResponseBacklog(new ResponseBacklog.Limits(10, 100, NO_WAIT));

        assertThat(backlog.offer(response(60))).isTrue();
        assertThat(backlog.offer(response(40))).isTrue();
        assertThat(backlog.offer(response(1))).isFalse();

        assertThat(backlog.size()).isEqualTo(2);
        assertThat(backlog.peaks().peakCharacters()).isEqualTo(100);
    }

    @Test
    void theCountBoundsTooAndWhatTheWriterIsDoneWithMakesRoom() throws Exception {
        ResponseBacklog backlog = new ResponseBacklog(new ResponseBacklog.Limits(2, 1_000, NO_WAIT));
        backlog.offer(response(1));
        backlog.offer(response(1));

        List<QueuedResponse> batch = backlog.take(10, 1_000, NO_WAIT);
        assertThat(batch).hasSize(2);
        assertThat(backlog.offer(response(1))).as("still being written: no room").isFalse();
        backlog.done(batch);

        assertThat(backlog.offer(response(1))).isTrue();
        assertThat(backlog.peaks().peakResponses()).isEqualTo(2);
    }

    @Test
    void aBodyLargerThanTheBoundIsLetInAlone() throws Exception {
        ResponseBacklog backlog = new ResponseBacklog(new ResponseBacklog.Limits(10, 100, NO_WAIT));

        assertThat(backlog.offer(response(500))).isTrue();
        assertThat(backlog.offer(response(1))).isFalse();
    }

    @Test
    void aBatchStopsAtItsCharactersButTakesAtLeastOne() throws Exception {
        ResponseBacklog backlog = new ResponseBacklog(new ResponseBacklog.Limits(10, 1_000, NO_WAIT));
        backlog.offer(response(300));
        backlog.offer(response(300));
        backlog.offer(response(300));

        assertThat(backlog.take(10, 100, NO_WAIT)).hasSize(1);
        assertThat(backlog.take(10, 600, NO_WAIT)).hasSize(2);
        assertThat(backlog.take(10, 600, NO_WAIT)).isEmpty();
    }

    @Test
    void closingForgetsTheWaitingResponsesCountsThemAndRefusesLaterOnes() throws Exception {
        ResponseBacklog backlog = new ResponseBacklog(new ResponseBacklog.Limits(10, 1_000, Duration.ofSeconds(60)));
        backlog.offer(response(10));
        List<QueuedResponse> beingWritten = backlog.take(1, 1_000, NO_WAIT);
        backlog.offer(response(10));
        backlog.offer(response(10));

        assertThat(backlog.close()).isEqualTo(2);
        assertThat(backlog.offer(response(10))).isFalse();
        assertThat(backlog.nothingWaiting()).isTrue();
        assertThat(backlog.size()).isEqualTo(1);
        backlog.done(beingWritten);
        assertThat(backlog.size()).isZero();
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseBacklog.Limits(0, 1, NO_WAIT));
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseBacklog.Limits(1, 1, Duration.ZERO));
    }

    private static QueuedResponse response(int characters) {
        return new QueuedResponse("http://127.0.0.1:8080/api/v2/pokemon/1", new Endpoint("/pokemon/{id}"), 200,
                "application/json", "x".repeat(characters), Duration.ofMillis(1));
    }
}
