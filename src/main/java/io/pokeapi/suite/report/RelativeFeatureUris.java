package io.pokeapi.suite.report;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.Source;
import io.cucumber.messages.types.SourceReference;
import io.pokeapi.suite.outcome.ScenarioKeys;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * Names each feature in a Cucumber message by its path relative to the working folder, as the console
 * and run-summary.json do, in place of the absolute file URI the features were selected by. The
 * source, document and pickles of a feature are all renamed, since the HTML report matches them by URI.
 */
final class RelativeFeatureUris implements UnaryOperator<Envelope> {

    @Override
    public Envelope apply(Envelope envelope) {
        if (envelope.getSource().isPresent()) {
            Source source = envelope.getSource().get();
            return Envelope.of(new Source(relative(source.getUri()), source.getData(), source.getMediaType()));
        }
        if (envelope.getGherkinDocument().isPresent()) {
            GherkinDocument document = envelope.getGherkinDocument().get();
            return Envelope.of(new GherkinDocument(document.getUri().map(RelativeFeatureUris::relative).orElse(null),
                    document.getFeature().orElse(null), document.getComments()));
        }
        if (envelope.getPickle().isPresent()) {
            Pickle pickle = envelope.getPickle().get();
            return Envelope.of(new Pickle(pickle.getId(), relative(pickle.getUri()), pickle.getName(),
                    pickle.getLanguage(), pickle.getSteps(), pickle.getTags(), pickle.getAstNodeIds()));
        }
        if (envelope.getParseError().isPresent()) {
            ParseError error = envelope.getParseError().get();
            SourceReference at = error.getSource();
            return Envelope.of(new ParseError(new SourceReference(at.getUri().map(RelativeFeatureUris::relative)
                    .orElse(null), at.getJavaMethod().orElse(null), at.getJavaStackTraceElement().orElse(null),
                    at.getLocation().orElse(null)), error.getMessage()));
        }
        return envelope;
    }

    private static String relative(String uri) {
        return ScenarioKeys.relativePath(URI.create(uri));
    }
}
