package io.pokeapi.suite.reportportal;

import io.pokeapi.suite.reportportal.FakeExchange.Answer;
import java.util.regex.Matcher;

/**
 * The errors of service-api (its {@code ErrorType}, code and wording, with the HTTP status its
 * {@code StatusCodeMapping} gives each) that its filter, widget and dashboard handlers answer.
 */
enum FakeErrorType {

    INCORRECT_REQUEST(4001, 400, "Incorrect Request. {}"),
    WIDGET_NOT_FOUND_IN_PROJECT(40420, 404,
            "Widget with ID '{}' not found on project '{}'. Did you use correct Widget ID?"),
    DASHBOARD_NOT_FOUND_IN_PROJECT(40422, 404,
            "Dashboard with ID '{}' not found on project '{}'. Did you use correct Dashboard ID?"),
    USER_FILTER_NOT_FOUND(40410, 404,
            "User filter with ID '{}' is not found on project '{}' for user '{}'. Did you use correct User Filter ID?"),
    INCORRECT_FILTER_PARAMETERS(40011, 400, "Incorrect filtering parameters. {}"),
    INCORRECT_SORTING_PARAMETERS(40012, 400, "Sorting parameter {} is not defined"),
    BAD_REQUEST_ERROR(40016, 400, "Error in handled Request. Please, check specified parameters: '{}'"),
    RESOURCE_ALREADY_EXISTS(4091, 409, "Resource '{}' already exists. You couldn't create the duplicate."),
    USER_FILTER_ALREADY_EXISTS(4098, 409, "User filter with name '{}' already exists for user '{}' under the "
            + "project '{}'. You couldn't create the duplicate."),
    DASHBOARD_UPDATE_ERROR(4096, 409, "Dashboard update request contains invalid data. {}"),
    UNABLE_LOAD_WIDGET_CONTENT(4097, 409, "Unable to load widget content. Widget properties contain errors: {}"),
    UNCLASSIFIED_ERROR(5000, 500, "Unclassified error");

    private final int code;
    private final int status;
    private final String description;

    FakeErrorType(int code, int status, String description) {
        this.code = code;
        this.status = status;
        this.description = description;
    }

    /** The answer to a request that broke this rule: each {@code {}} of the wording filled in turn, as slf4j does. */
    Answer answer(Object... parameters) {
        String message = description;
        for (Object parameter : parameters) {
            message = message.replaceFirst("\\{}", Matcher.quoteReplacement(String.valueOf(parameter)));
        }
        return new Answer(status, FakeExchange.error(code, message));
    }

    /** The answer to a request that failed on an exception service-api does not know: a 500 with its message. */
    static Answer unclassified(String exceptionMessage) {
        return new Answer(UNCLASSIFIED_ERROR.status, FakeExchange.error(UNCLASSIFIED_ERROR.code,
                UNCLASSIFIED_ERROR.description + " [" + exceptionMessage + "]"));
    }

    /** The answer to a request that bean validation refused: each violation's message in brackets. */
    static Answer invalid(Iterable<String> violations) {
        StringBuilder message = new StringBuilder("Incorrect Request. ");
        violations.forEach(violation -> message.append('[').append(violation).append("] "));
        return new Answer(INCORRECT_REQUEST.status, FakeExchange.error(INCORRECT_REQUEST.code, message.toString()));
    }
}
