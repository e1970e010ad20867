package io.pokeapi.suite.reportportal;

import com.epam.reportportal.listeners.ItemStatus;
import com.epam.ta.reportportal.ws.model.FinishTestItemRQ;
import com.epam.ta.reportportal.ws.model.StartTestItemRQ;
import com.epam.ta.reportportal.ws.model.attribute.ItemAttributesRQ;
import io.pokeapi.suite.client.ApiResponse;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt of one scenario as ReportPortal shows it: a retry of an earlier attempt or not, the
 * response it fetched last, and the markers it earned, such as a schema change it found.
 */
final class ScenarioAttempt {

    static final String FLAKY = "flaky";
    static final String SCHEMA_CHANGE = "schema_change";

    private final String key;
    private final int earlierAttempts;
    private final String retryOf;
    private final Set<ItemAttributesRQ> markers = new LinkedHashSet<>();
    private volatile ApiResponse latestResponse;

    /**
     * @param key             the scenario, {@code features/pokemon.feature:7}
     * @param earlierAttempts attempts of the scenario that ended before this one
     * @param retryOf         ReportPortal's id of the previous attempt's item, when known
     */
    ScenarioAttempt(String key, int earlierAttempts, String retryOf) {
        this.key = key;
        this.earlierAttempts = earlierAttempts;
        this.retryOf = retryOf;
    }

    String key() {
        return key;
    }

    boolean retry() {
        return earlierAttempts > 0;
    }

    /**
     * Makes the request that starts the attempt's item a ReportPortal retry when the previous attempt's item
     * is known: ReportPortal refuses a retry whose previous attempt it cannot find. Without it, the attempt
     * is a plain item; {@link #markFinish} still marks it flaky if it passes.
     */
    void markStart(StartTestItemRQ start) {
        if (retry() && retryOf != null) {
            start.setRetry(true);
            start.setRetryOf(retryOf);
        } else {
            start.setRetry(null);
            start.setRetryOf(null);
        }
    }

    void fetched(ApiResponse response) {
        latestResponse = response;
    }

    Optional<ApiResponse> latestResponse() {
        return Optional.ofNullable(latestResponse);
    }

    synchronized void mark(String key, String value) {
        markers.add(new ItemAttributesRQ(key, value));
    }

    /**
     * Puts the attempt's markers on the request that finishes its item. A retry that passes makes the
     * scenario flaky: an attribute for filters and widgets, and a description for people.
     */
    synchronized void markFinish(FinishTestItemRQ finish, ItemStatus status) {
        Set<ItemAttributesRQ> attributes = new LinkedHashSet<>(markers);
        if (retry() && status == ItemStatus.PASSED) {
            attributes.add(new ItemAttributesRQ(FLAKY, "true"));
            String flaky = "Flaky: failed " + (earlierAttempts == 1 ? "once" : earlierAttempts + " times")
                    + ", then passed on attempt " + (earlierAttempts + 1) + " of this run.";
            finish.setDescription(finish.getDescription() == null ? flaky : flaky + "\n\n" + finish.getDescription());
        }
        if (!attributes.isEmpty()) {
            finish.setAttributes(attributes);
        }
    }
}
