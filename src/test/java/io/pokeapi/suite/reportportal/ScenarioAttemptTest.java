package io.pokeapi.suite.reportportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.epam.reportportal.listeners.ItemStatus;
import com.epam.ta.reportportal.ws.model.FinishTestItemRQ;
import com.epam.ta.reportportal.ws.model.StartTestItemRQ;
import com.epam.ta.reportportal.ws.model.attribute.ItemAttributesRQ;
import org.junit.jupiter.api.Test;

class ScenarioAttemptTest {

    private static FinishTestItemRQ finish(ScenarioAttempt attempt, ItemStatus status) {
        FinishTestItemRQ finish = new FinishTestItemRQ();
        attempt.markFinish(finish, status);
        return finish;
    }

    @Test
    void aRetryThatPassesIsFlakyInItsAttributesAndItsDescription() {
        FinishTestItemRQ finish = finish(new ScenarioAttempt("features/ability.feature:7", 2, "uuid-1"),
                ItemStatus.PASSED);

        assertThat(finish.getAttributes()).containsExactly(new ItemAttributesRQ("flaky", "true"));
        assertThat(finish.getDescription()).isEqualTo("Flaky: failed 2 times, then passed on attempt 3 of this run.");
    }

    @Test
    void aFirstAttemptThatPassesOrARetryThatFailsIsNotFlaky() {
        assertThat(finish(new ScenarioAttempt("k", 0, null), ItemStatus.PASSED).getAttributes()).isNull();
        assertThat(finish(new ScenarioAttempt("k", 1, "uuid-1"), ItemStatus.FAILED).getAttributes()).isNull();
    }

    @Test
    void markersAreAttributesOnceEach() {
        ScenarioAttempt attempt = new ScenarioAttempt("k", 0, null);
        attempt.mark("schema_change", "/pokemon/{name}");
        attempt.mark("schema_change", "/pokemon/{name}");
        attempt.mark("schema_change", "/type/{name}");

        assertThat(finish(attempt, ItemStatus.PASSED).getAttributes()).containsExactly(
                new ItemAttributesRQ("schema_change", "/pokemon/{name}"),
                new ItemAttributesRQ("schema_change", "/type/{name}"));
    }

    @Test
    void aRetryWhosePreviousAttemptIsKnownStartsAsAReportPortalRetryOfIt() {
        StartTestItemRQ start = new StartTestItemRQ();
        start.setRetry(true); // as the agent may have set it

        new ScenarioAttempt("k", 1, "uuid-1").markStart(start);

        assertThat(start.isRetry()).isTrue();
        assertThat(start.getRetryOf()).isEqualTo("uuid-1");
    }

    @Test
    void aRetryWhosePreviousAttemptIsUnknownStartsAsAPlainItemAndIsStillFlakyWhenItPasses() {
        StartTestItemRQ start = new StartTestItemRQ();
        start.setRetry(true);
        ScenarioAttempt attempt = new ScenarioAttempt("k", 1, null);

        attempt.markStart(start);

        assertThat(start.isRetry()).isNull();
        assertThat(start.getRetryOf()).isNull();
        assertThat(finish(attempt, ItemStatus.PASSED).getAttributes()).containsExactly(new ItemAttributesRQ("flaky", "true"));
    }

    @Test
    void aFirstAttemptIsNeverARetry() {
        StartTestItemRQ start = new StartTestItemRQ();

        new ScenarioAttempt("k", 0, "uuid-1").markStart(start);

        assertThat(start.isRetry()).isNull();
        assertThat(start.getRetryOf()).isNull();
    }
}
