package io.pokeapi.suite.sweep;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pokeapi.suite.api.ApiResource;
import java.util.Locale;

/** A sweep in {@code run-summary.json}: what it covered and every finding, none left out. */
public final class SweepSummary {

    private SweepSummary() {
    }

    public static JsonObject of(SweepResult result) {
        JsonObject sweep = new JsonObject();
        JsonArray resources = new JsonArray();
        JsonObject listed = new JsonObject();
        for (ApiResource resource : ApiResource.values()) {
            if (result.swept(resource)) {
                resources.add(resource.path());
                listed.addProperty(resource.path(), result.listed().getOrDefault(resource, 0));
            }
        }
        sweep.add("resources", resources);
        sweep.addProperty("sample", result.sample());
        sweep.add("listed", listed);
        sweep.addProperty("documents", result.documents());
        sweep.addProperty("documents_failed", result.findings().failedDocuments());
        sweep.addProperty("seconds", result.took().toMillis() / 1000.0);
        result.schemasUnavailable().ifPresent(reason -> sweep.addProperty("schemas_unavailable", reason));
        JsonArray findings = new JsonArray();
        for (SweepCheck check : SweepCheck.values()) {
            for (ApiResource resource : ApiResource.values()) {
                for (Findings.Group group : result.findings().groups(check, resource)) {
                    JsonObject entry = new JsonObject();
                    entry.addProperty("check", check.name().toLowerCase(Locale.ROOT));
                    entry.addProperty("resource", resource.path());
                    entry.addProperty("rule", group.rule());
                    JsonArray documents = new JsonArray();
                    group.documents().forEach(documents::add);
                    entry.add("documents", documents);
                    findings.add(entry);
                }
            }
        }
        sweep.add("findings", findings);
        JsonArray unknown = new JsonArray();
        result.unknownFields().all().forEach(field -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("schema", field.schema().file());
            entry.addProperty("field", field.field());
            entry.addProperty("documents", field.documents());
            unknown.add(entry);
        });
        sweep.add("unknown_fields", unknown);
        return sweep;
    }
}
