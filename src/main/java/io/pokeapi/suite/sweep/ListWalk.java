package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.client.ApiCallException;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.MalformedResponseException;
import io.pokeapi.suite.client.NamedResource;
import io.pokeapi.suite.client.NamedResourceList;
import io.pokeapi.suite.client.PokeApiClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import okhttp3.HttpUrl;

/**
 * Walks a resource's list through its pages as a client would: the first page, then each page's
 * {@code next} link until there is none. A page that does not answer, or links in a loop, ends the walk
 * with a finding; what was walked until then is swept.
 */
final class ListWalk {

    private final PokeApiClient client;
    private final Findings findings;
    private final int pageSize;

    ListWalk(PokeApiClient client, Findings findings, int pageSize) {
        this.client = client;
        this.findings = findings;
        this.pageSize = pageSize;
    }

    /**
     * The entries of {@code resource}'s list, in the list's order.
     *
     * @param onPage told of every page that answered a JSON document, with the label reports name it by
     */
    List<SweptEntry> walk(ApiResource resource, BiConsumer<String, ApiResponse> onPage) {
        List<SweptEntry> entries = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        ApiResponse page = fetch(resource, null);
        int expected = -1;
        while (page != null) {
            String label = pageLabel(page.url());
            if (!visited.add(page.url())) {
                findings.add(SweepCheck.LIST_ENTRIES, resource, "the list's next links go round in a loop", label);
                break;
            }
            if (page.status() != 200) {
                findings.add(SweepCheck.LIST_ENTRIES, resource, "a page of the list answers " + page.status(), label);
                break;
            }
            NamedResourceList list;
            try {
                list = page.as(NamedResourceList.class);
            } catch (MalformedResponseException e) {
                findings.add(SweepCheck.LIST_ENTRIES, resource, "a page of the list is not a JSON list", label);
                break;
            }
            onPage.accept(label, page);
            expected = list.count();
            if (list.results() != null) {
                list.results().forEach(entry -> entries.add(entryOf(resource, entry)));
            }
            if (list.next() == null || (expected >= 0 && entries.size() > expected + pageSize)) {
                break;
            }
            page = fetch(resource, list.next());
        }
        if (expected >= 0 && entries.size() != expected) {
            findings.add(SweepCheck.LIST_ENTRIES, resource, "the list counts " + expected + " entries but its pages "
                    + "name " + entries.size(), "the " + resource.path() + " list");
        }
        return entries;
    }

    /** The first page, or the one {@code next} links to; null when it could not be fetched at all. */
    private ApiResponse fetch(ApiResource resource, String next) {
        try {
            return next == null
                    ? client.list(resource.path(), OptionalInt.of(0), OptionalInt.of(pageSize))
                    : client.follow(next);
        } catch (ApiCallException | IllegalArgumentException e) {
            findings.add(SweepCheck.LIST_ENTRIES, resource, "a page of the list could not be fetched: " + e.getMessage(),
                    next == null ? "the first page" : pageLabel(next));
            return null;
        }
    }

    private static SweptEntry entryOf(ApiResource resource, NamedResource entry) {
        return new SweptEntry(resource, idOf(entry.url()), entry.name() == null ? "(no name)" : entry.name(),
                entry.url() == null ? "" : entry.url());
    }

    /** The number a resource URL ends with, such as 12 in {@code …/pokemon/12/}. */
    static OptionalInt idOf(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            return OptionalInt.empty();
        }
        List<String> segments = parsed.pathSegments().stream().filter(segment -> !segment.isEmpty()).toList();
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        return last.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(last)) : OptionalInt.empty();
    }

    /** {@code page at offset 200}, as reports name a page. */
    private static String pageLabel(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        String offset = parsed == null ? null : parsed.queryParameter("offset");
        return "page at offset " + (offset == null ? "0" : offset);
    }
}
