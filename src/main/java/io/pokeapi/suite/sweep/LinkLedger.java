package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * Every link of the swept documents: its form is checked at once, once per distinct URL (an absolute
 * URL of this API naming a resource the API lists and a numeric id); a link to a resource being swept is
 * kept, small, until the sweep knows how that document answered. Links to other resources are not
 * fetched.
 */
final class LinkLedger {

    /** The fields whose values are links: PokéAPI's named resources and a Pokémon's encounters. */
    private static final Set<String> LINK_FIELDS = Set.of("url", "location_area_encounters");

    private final HttpUrl base;
    private final List<String> basePath;
    private final Set<String> knownResources;
    private final Set<ApiResource> swept;
    /** What each distinct URL is, worked out once: a Pokémon links its moves' learn methods thousands of times. */
    private final Map<String, Form> forms = new ConcurrentHashMap<>();
    private final Queue<PendingLink> pending = new ConcurrentLinkedQueue<>();

    /**
     * @param base           the API's base URL, such as {@code https://pokeapi.co/api/v2}
     * @param knownResources the resources the API root lists, such as {@code move} and {@code pokemon-species}
     * @param swept          the resources whose documents this sweep fetches
     */
    LinkLedger(HttpUrl base, Set<String> knownResources, Set<ApiResource> swept) {
        this.base = base;
        this.basePath = base.pathSegments().stream().filter(segment -> !segment.isEmpty()).toList();
        this.knownResources = Set.copyOf(knownResources);
        this.swept = Set.copyOf(swept);
    }

    /** A link to a swept resource, waiting for the sweep to know how its target answered. */
    record PendingLink(ApiResource source, String document, String path, String target, String url, String name) {
    }

    /**
     * Checks the form of every link in {@code document} and keeps those to swept resources.
     *
     * @param prefix what the paths of this document start with in reports, such as {@code encounters: }
     */
    void collect(ApiResource source, String label, JsonNode document, String prefix, Findings findings) {
        walk(document, Place.DOCUMENT, (place, url, name) -> {
            Form form = forms.computeIfAbsent(url, this::formOf);
            if (form.problem().isPresent()) {
                findings.add(SweepCheck.LINKS, source, prefix + place.path() + ": " + form.problem().get(), label,
                        url);
            } else if (form.target().isPresent()) {
                pending.add(new PendingLink(source, label, prefix + place.path(), form.target().get(), url, name));
            }
        });
    }

    /**
     * Resolves the kept links once every document has been fetched.
     *
     * @param answered how each swept document answered, by its key such as {@code pokemon/12}
     * @param fetch    the status of a URL the sweep did not fetch (a document outside the sample), fetched once
     */
    void resolve(Map<String, Answer> answered, Function<String, Integer> fetch, Findings findings) {
        Map<String, Integer> fetched = new ConcurrentHashMap<>();
        for (PendingLink link : pending) {
            Answer answer = answered.get(link.target());
            int status = answer != null ? answer.status() : fetched.computeIfAbsent(link.url(), fetch);
            if (status != 200) {
                findings.add(SweepCheck.LINKS, link.source(), link.path() + ": leads to a resource that answers "
                        + (status < 0 ? "nothing" : Integer.toString(status)), link.document(), link.url());
            } else if (answer != null && link.name() != null && answer.name() != null
                    && !answer.name().equals(link.name())) {
                findings.add(SweepCheck.LINKS, link.source(), link.path() + ": names another resource than it "
                        + "leads to", link.document(), link.name() + " → " + answer.name());
            }
        }
    }

    /**
     * How a swept document answered.
     *
     * @param status its HTTP status, or -1 if nothing answered
     * @param name   the name it gives itself, if any
     */
    record Answer(int status, String name) {
    }

    /**
     * What a URL is as a link.
     *
     * @param problem why it is not a link to a resource of this API, if it is not
     * @param target  the swept document it leads to, such as {@code pokemon/12}, if it leads to one
     */
    private record Form(Optional<String> problem, Optional<String> target) {

        static Form broken(String problem) {
            return new Form(Optional.of(problem), Optional.empty());
        }
    }

    private Form formOf(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return Form.broken("not an absolute http(s) URL");
        }
        List<String> segments = parsed.pathSegments().stream().filter(segment -> !segment.isEmpty()).toList();
        if (!parsed.scheme().equals(base.scheme()) || !parsed.host().equals(base.host())
                || parsed.port() != base.port() || segments.size() < basePath.size()
                || !segments.subList(0, basePath.size()).equals(basePath)) {
            return Form.broken("not a URL of this API (" + base + ")");
        }
        List<String> rest = segments.subList(basePath.size(), segments.size());
        boolean encounters = rest.size() == 3 && rest.get(0).equals("pokemon") && rest.get(2).equals("encounters");
        if (rest.size() != 2 && !encounters) {
            return Form.broken("not the URL of one resource");
        }
        if (!knownResources.contains(rest.get(0))) {
            return Form.broken("names a resource the API does not list");
        }
        if (!rest.get(1).matches("[1-9]\\d{0,8}")) {
            return Form.broken("has no numeric id");
        }
        boolean sweptResource = swept.stream().anyMatch(kind -> kind.path().equals(rest.get(0)));
        return new Form(Optional.empty(), sweptResource ? Optional.of(String.join("/", rest)) : Optional.empty());
    }

    @FunctionalInterface
    private interface LinkVisitor {
        void link(Place place, String url, String name);
    }

    /**
     * Where a value is in its document, as a chain up to the document. Its path, such as
     * {@code types[].type.url}, is written only for a link that is reported or kept: a Pokémon links its moves'
     * learn methods and version groups thousands of times, all of them well formed and none swept.
     *
     * @param field the field's name, or null for the elements of the parent array
     */
    private record Place(Place parent, String field) {

        static final Place DOCUMENT = new Place(null, null);

        Place field(String name) {
            return new Place(this, name);
        }

        Place elements() {
            return new Place(this, null);
        }

        String path() {
            if (parent == null) {
                return "";
            }
            String parentPath = parent.path();
            if (field == null) {
                return parentPath + "[]";
            }
            return parentPath.isEmpty() ? field : parentPath + "." + field;
        }
    }

    /** Every link of a document, where it is. */
    private static void walk(JsonNode element, Place place, LinkVisitor visitor) {
        if (element.isObject()) {
            for (Map.Entry<String, JsonNode> field : element.properties()) {
                JsonNode value = field.getValue();
                if (LINK_FIELDS.contains(field.getKey()) && value.isString()) {
                    // A named resource, {"name": …, "url": …}, says which resource it links to.
                    JsonNode name = field.getKey().equals("url") ? element.get("name") : null;
                    visitor.link(place.field(field.getKey()), value.stringValue(),
                            name != null && name.isValueNode() && !name.isNull() ? name.asString() : null);
                } else if (value.isContainer()) {
                    walk(value, place.field(field.getKey()), visitor);
                }
            }
        } else if (element.isArray()) {
            Place elements = place.elements();
            for (JsonNode item : element.values()) {
                walk(item, elements, visitor);
            }
        }
    }
}
