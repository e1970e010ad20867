package io.pokeapi.suite.sweep.schema;

import com.networknt.schema.Error;
import com.networknt.schema.walk.WalkEvent;
import com.networknt.schema.walk.WalkFlow;
import com.networknt.schema.walk.WalkListener;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Notes, while the validator walks one document, the fields of its objects that the schema's
 * {@code properties} there do not name. The published schemas never forbid extra fields, so these
 * are findings to report, not violations. One instance serves one document.
 */
final class UnknownFields implements WalkListener {

    static final String KEYWORD = "properties";

    private final Set<String> genericPaths = new TreeSet<>();

    @Override
    public WalkFlow onWalkStart(WalkEvent event) {
        JsonNode instance = event.getInstanceNode();
        JsonNode described = event.getSchema().getSchemaNode().get(KEYWORD);
        if (instance != null && instance.isObject() && described != null) {
            for (String name : instance.propertyNames()) {
                if (!described.has(name)) {
                    genericPaths.add(SchemaResult.genericPath(DocumentPath.field(event.getInstanceLocation(), name)));
                }
            }
        }
        return WalkFlow.CONTINUE;
    }

    @Override
    public void onWalkEnd(WalkEvent event, List<Error> errors) {
        // Everything is decided when the walk reaches an object.
    }

    /** The generic paths found, sorted. */
    List<String> found() {
        return List.copyOf(genericPaths);
    }
}
