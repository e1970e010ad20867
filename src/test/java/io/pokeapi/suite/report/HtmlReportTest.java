package io.pokeapi.suite.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.Timestamp;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void theReportTitlesAFeatureByItsPathInTheProjectAndKeepsNoAbsoluteUri() throws IOException {
        Path ability = Path.of("features", "ability.feature");
        String absolute = ability.toAbsolutePath().toUri().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnvelopePublisher publisher = new EnvelopePublisher();
        new HtmlReport(out).setEventPublisher(publisher);

        GherkinParser.builder().build().parse(absolute, Files.readAllBytes(ability)).forEach(publisher::publish);
        publisher.publish(Envelope.of(new TestRunFinished(null, true, new Timestamp(1L, 0L), null, "run")));

        // The page's script holds words such as "file:" of its own: only the messages it renders are checked.
        String messages = out.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("window.CUCUMBER_MESSAGES = ")).findFirst().orElseThrow();
        assertThat(messages).contains("\"uri\":\"features/ability.feature\"").contains("Looking up abilities")
                .doesNotContain("file:").doesNotContain(ability.toAbsolutePath().toString());
    }

    /** Delivers envelopes to the handlers registered for them, as Cucumber's bus does. */
    private static final class EnvelopePublisher implements EventPublisher {

        private final List<EventHandler<Envelope>> handlers = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
            if (type == Envelope.class) {
                handlers.add((EventHandler<Envelope>) handler);
            }
        }

        @Override
        public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
            throw new UnsupportedOperationException();
        }

        void publish(Envelope envelope) {
            handlers.forEach(handler -> handler.receive(envelope));
        }
    }
}
