package io.pokeapi.suite.reportportal;

import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.util.regex.Matcher;

/**
 * The error types of ReportPortal's service-api (its {@code ErrorType}) that the fake's reporting, filter, widget
 * and dashboard handlers answer with: each one's code, the HTTP status service-api maps it to
 * ({@code StatusCodeMapping}), and its message template, whose {@code {}} take the parameters.
 */
enum ServiceApiError {

    INCORRECT_REQUEST(4001, 400, "Incorrect Request. {}"),
    BINARY_DATA_CANNOT_BE_SAVED(4002, 400, "Binary data cannot be saved. {}"),
    LAUNCH_NOT_FOUND(4041, 404, "Launch '{}' not found. Did you use correct Launch ID?"),
    TEST_ITEM_NOT_FOUND(4043, 404, "Test Item '{}' not found. Did you use correct Test Item ID?"),
    BAD_REQUEST_ERROR(40016, 400, "Error in handled Request. Please, check specified parameters: '{}'"),
    AMBIGUOUS_TEST_ITEM_STATUS(40019, 400, "Test item status is ambiguous. {}"),
    FINISH_TIME_EARLIER_THAN_START_TIME(40021, 406,
            "Finish time '{}' is earlier than start time '{}' for resource with ID '{}'"),
    FINISH_LAUNCH_NOT_ALLOWED(40023, 406, "Finish launch is not allowed. {}"),
    CHILD_START_TIME_EARLIER_THAN_PARENT(40025, 406,
            "Start time of child ['{}'] item should be same or later than start time ['{}'] of the parent item/launch '{}'"),
    UNABLE_TO_SAVE_CHILD_ITEM_FOR_THE_RETRY(40041, 400, "Item with id = '{}' is a retry and can not have children"),
    WIDGET_NOT_FOUND_IN_PROJECT(40420, 404,
            "Widget with ID '{}' not found on project '{}'. Did you use correct Widget ID?"),
    DASHBOARD_NOT_FOUND_IN_PROJECT(40422, 404,
            "Dashboard with ID '{}' not found on project '{}'. Did you use correct Dashboard ID?"),
    USER_FILTER_NOT_FOUND(40410, 404,
            "User filter with ID '{}' is not found on project '{}' for user '{}'. Did you use correct User Filter ID?"),
    INCORRECT_FILTER_PARAMETERS(40011, 400, "Incorrect filtering parameters. {}"),
    INCORRECT_SORTING_PARAMETERS(40012, 400, "Sorting parameter {} is not defined"),
    RESOURCE_ALREADY_EXISTS(4091, 409, "Resource '{}' already exists. You couldn't create the duplicate."),
    USER_FILTER_ALREADY_EXISTS(4098, 409, "User filter with name '{}' already exists for user '{}' under the "
            + "project '{}'. You couldn't create the duplicate."),
    DASHBOARD_UPDATE_ERROR(4096, 409, "Dashboard update request contains invalid data. {}"),
    UNABLE_LOAD_WIDGET_CONTENT(4097, 409, "Unable to load widget content. Widget properties contain errors: {}"),
    UNCLASSIFIED_ERROR(5000, 500, "Unclassified error");

    private final int code;
    private final int status;
    private final String template;

    ServiceApiError(int code, int status, String template) {
        this.code = code;
        this.status = status;
        this.template = template;
    }

    int code() {
        return code;
    }

    /** The refusal of a request, with the message service-api words for these parameters. */
    Refusal refuse(Object... parameters) {
        String message = template;
        for (Object parameter : parameters) {
            message = message.replaceFirst("\\{}", Matcher.quoteReplacement(String.valueOf(parameter)));
        }
        return new Refusal(this, message);
    }

    /** The answer to a request that broke this rule, with the message service-api words for these parameters. */
    Answer answer(Object... parameters) {
        return refuse(parameters).answer();
    }

    /** The answer to a request that failed on an exception service-api does not know: a 500 with its message. */
    static Answer unclassified(String exceptionMessage) {
        return new Answer(UNCLASSIFIED_ERROR.status, FakeExchange.error(UNCLASSIFIED_ERROR.code,
                UNCLASSIFIED_ERROR.template + " [" + exceptionMessage + "]"));
    }

    /** The answer to a request that bean validation refused: each violation's message in brackets. */
    static Answer invalid(Iterable<String> violations) {
        return refusedByValidation(violations).answer();
    }

    /** The refusal of a request that bean validation refused: each violation's message in brackets. */
    static Refusal refusedByValidation(Iterable<String> violations) {
        StringBuilder message = new StringBuilder();
        violations.forEach(violation -> message.append('[').append(violation).append("] "));
        return INCORRECT_REQUEST.refuse(message.toString());
    }

    /**
     * The errors service-api's reporting consumer sends back to its queue to try again later (its
     * ReportingErrorHandler), since what they miss may arrive after them; the others go to the parking lot.
     */
    boolean retriedLater() {
        return this == LAUNCH_NOT_FOUND || this == TEST_ITEM_NOT_FOUND;
    }

    /** A request service-api refuses: its answer is the error's status with {"errorCode", "message"}. */
    static final class Refusal extends RuntimeException {

        private final ServiceApiError error;

        private Refusal(ServiceApiError error, String message) {
            super(message);
            this.error = error;
        }

        ServiceApiError error() {
            return error;
        }

        Answer answer() {
            return new Answer(error.status, FakeExchange.error(error.code, getMessage()));
        }
    }
}
