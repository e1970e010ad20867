package io.pokeapi.suite.reportportal;

import com.google.gson.JsonElement;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the project's widgets by name. ReportPortal's one widget search, {@code GET widget/names/all}, answers
 * names only, so the id of a widget no dashboard shows is found by asking it for that name among ids up to a
 * bound ({@code filter.lte.id}) and narrowing the bound: about twice the bits of the id in requests.
 */
final class WidgetSearch {

    private static final String NAMES = "widget/names/all";

    private final ReportPortalApi api;

    WidgetSearch(ReportPortalApi api) {
        this.api = api;
    }

    /** Whether the project has a widget of that name, on a dashboard or not. */
    private boolean exists(String name) {
        return any(Map.of("filter.eq.name", name));
    }

    /** The lowest id of the project's widgets of that name. */
    Optional<Long> lowestId(String name) {
        if (!exists(name)) {
            return Optional.empty();
        }
        long above = 0; // no widget of that name has an id up to this
        long upTo = 1; // one has an id up to this, once found
        while (!atOrBelow(name, upTo)) {
            if (upTo == Long.MAX_VALUE) {
                return Optional.empty(); // deleted meanwhile
            }
            above = upTo;
            upTo = upTo > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : upTo * 2;
        }
        while (upTo - above > 1) {
            long middle = above + (upTo - above) / 2;
            if (atOrBelow(name, middle)) {
                upTo = middle;
            } else {
                above = middle;
            }
        }
        return Optional.of(upTo);
    }

    private boolean atOrBelow(String name, long id) {
        return any(Map.of("filter.eq.name", name, "filter.lte.id", String.valueOf(id)));
    }

    private boolean any(Map<String, String> query) {
        JsonElement page = api.get(NAMES, query);
        return page.isJsonObject() && page.getAsJsonObject().has("content")
                && !page.getAsJsonObject().getAsJsonArray("content").isEmpty();
    }
}
