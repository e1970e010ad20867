package io.pokeapi.suite.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.TestRunStarted;
import io.cucumber.messages.types.Timestamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeFeatureUrisTest {

    private static final Path ABILITY = Path.of("features", "ability.feature");

    private final RelativeFeatureUris rename = new RelativeFeatureUris();

    @Test
    void aFeatureSelectedByItsAbsoluteFileUriIsNamedByItsPathInTheProject() throws IOException {
        List<Envelope> parsed = parse(ABILITY.toAbsolutePath().toUri().toString(), Files.readAllBytes(ABILITY));

        List<Envelope> renamed = parsed.stream().map(rename).toList();

        assertThat(renamed.stream().flatMap(envelope -> envelope.getSource().stream()))
                .singleElement().satisfies(source -> {
                    assertThat(source.getUri()).isEqualTo("features/ability.feature");
                    assertThat(source.getData()).isEqualTo(Files.readString(ABILITY));
                });
        GherkinDocument document = renamed.stream().flatMap(envelope -> envelope.getGherkinDocument().stream())
                .findFirst().orElseThrow();
        assertThat(document.getUri()).contains("features/ability.feature");
        assertThat(document.getFeature()).get().extracting(Feature::getName)
                .isEqualTo("Looking up abilities");
        List<Pickle> pickles = renamed.stream().flatMap(envelope -> envelope.getPickle().stream()).toList();
        assertThat(pickles).isNotEmpty().allSatisfy(pickle ->
                assertThat(pickle.getUri()).isEqualTo("features/ability.feature"));
        assertThat(pickles).map(Pickle::getName).isEqualTo(parsed.stream()
                .flatMap(envelope -> envelope.getPickle().stream()).map(Pickle::getName).toList());
    }

    @Test
    void aParseErrorNamesTheFeatureByItsPathInTheProject() {
        String uri = Path.of("features", "broken.feature").toAbsolutePath().toUri().toString();
        List<Envelope> parsed = parse(uri, "this is not Gherkin\nFeature: broken\n".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.stream().map(rename).flatMap(envelope -> envelope.getParseError().stream()))
                .singleElement().satisfies(error -> {
                    assertThat(error.getSource().getUri()).contains("features/broken.feature");
                    assertThat(error.getSource().getLocation()).isPresent();
                });
    }

    @Test
    void otherMessagesPassUnchanged() {
        Envelope started = Envelope.of(new TestRunStarted(new Timestamp(1L, 0L), "run"));

        assertThat(rename.apply(started)).isSameAs(started);
    }

    private static List<Envelope> parse(String uri, byte[] feature) {
        return GherkinParser.builder().build().parse(uri, feature).toList();
    }
}
