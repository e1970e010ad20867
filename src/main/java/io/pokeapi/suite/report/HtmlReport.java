package io.pokeapi.suite.report;

import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * Cucumber's own HTML report, titling each feature {@code features/ability.feature} rather than by the
 * absolute {@code file:} URI it was run from, so that the report reads the same on any machine. Cucumber
 * offers no such option for HTML (it does for its JSON), so the formatter reads messages renamed on the way.
 */
public final class HtmlReport implements ConcurrentEventListener {

    private final HtmlFormatter html;
    private final UnaryOperator<Envelope> rename = new RelativeFeatureUris();

    /** Cucumber passes the file named after the plugin: {@code io.pokeapi.suite.report.HtmlReport:cucumber.html}. */
    public HtmlReport(OutputStream out) throws IOException {
        this.html = new HtmlFormatter(out);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        html.setEventPublisher(new EventPublisher() {
            @Override
            public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                publisher.registerHandlerFor(type, renamed(type, handler));
            }

            @Override
            public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                throw new UnsupportedOperationException("the HTML report listens to the whole run");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> EventHandler<T> renamed(Class<T> type, EventHandler<T> handler) {
        if (type != Envelope.class) {
            return handler;
        }
        EventHandler<Envelope> envelopes = (EventHandler<Envelope>) handler;
        return event -> envelopes.receive(rename.apply((Envelope) event));
    }
}
