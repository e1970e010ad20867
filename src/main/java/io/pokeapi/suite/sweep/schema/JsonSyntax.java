package io.pokeapi.suite.sweep.schema;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Words a JSON parse failure as one line: Jackson's reason and where it stopped. */
final class JsonSyntax {

    /** Jackson appends the source of a marker it mentions, which is redacted and spans lines. */
    private static final String MARKER_SOURCE = " (start marker at";

    private JsonSyntax() {
    }

    static String problem(JacksonException e) {
        String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        int marker = reason.indexOf(MARKER_SOURCE);
        if (marker >= 0) {
            reason = reason.substring(0, marker);
        }
        reason = reason.replaceAll("\\s*\\R\\s*", " ").trim();
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? reason
                : reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
