package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.contract.Contract;
import io.pokeapi.suite.contract.Violation;
import io.pokeapi.suite.sweep.schema.PublishedSchemas;
import io.pokeapi.suite.sweep.schema.SchemaDocument;
import io.pokeapi.suite.sweep.schema.SchemaResult;
import io.pokeapi.suite.sweep.schema.SchemaViolation;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Holds one document to its contract and to its published schema, noting what it breaks under rules that
 * read the same for every document ({@code types[].type.url: missing}), so that a summary groups them.
 */
final class DocumentChecks {

    private final Optional<PublishedSchemas> schemas;
    private final Findings findings;
    private final UnknownFields unknownFields;

    DocumentChecks(Optional<PublishedSchemas> schemas, Findings findings, UnknownFields unknownFields) {
        this.schemas = schemas;
        this.findings = findings;
        this.unknownFields = unknownFields;
    }

    /** @param prefix what the rules of this document start with, such as {@code list page: } */
    void contract(Contract contract, ApiResource resource, String label, JsonNode document, String prefix) {
        for (Violation violation : contract.check(document)) {
            String problem = "missing".equals(violation.actual()) ? "missing"
                    : "expected " + violation.expected() + " but was " + violation.actual();
            findings.add(SweepCheck.CONTRACT, resource, prefix + SchemaResult.genericPath(violation.path()) + ": "
                    + problem, label);
        }
    }

    void schema(SchemaDocument schema, ApiResource resource, String label, JsonNode document, String prefix) {
        if (schemas.isEmpty()) {
            return; // the sweep says once why the schemas could not be read
        }
        SchemaResult result = schemas.get().validate(schema, document);
        for (SchemaViolation violation : result.violations()) {
            findings.add(SweepCheck.SCHEMA, resource, prefix + SchemaResult.genericPath(violation.path()) + ": "
                    + violation.problem(), label);
        }
        unknownFields.add(schema, result.unknownFields());
    }
}
