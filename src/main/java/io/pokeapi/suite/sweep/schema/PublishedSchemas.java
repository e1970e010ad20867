package io.pokeapi.suite.sweep.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PokéAPI's published JSON Schemas, compiled once, validating documents of the kinds in
 * {@link SchemaDocument}. Safe to use from several threads at once.
 */
public final class PublishedSchemas {

    /**
     * The {@code $schema} of every published schema: the bare, versionless URI (genson's default),
     * read as draft-04. The schemas use only {@code type} (with arrays of types), {@code properties},
     * {@code required}, {@code items}, {@code anyOf} and {@code $ref}: draft-04's vocabulary, which
     * later drafts keep with the same meaning, and draft-04 is the last draft that listed the bare URI
     * (as "the current version").
     */
    static final String BARE_DIALECT = "http://json-schema.org/schema#";

    private final Map<SchemaDocument, Schema> schemas;
    private final KnownFields knownFields;

    private PublishedSchemas(Map<SchemaDocument, Schema> schemas, KnownFields knownFields) {
        this.schemas = schemas;
        this.knownFields = knownFields;
    }

    /**
     * The schemas under {@code folder/schema/v2}, like api-data's {@code data} folder.
     *
     * @throws SchemaUnavailableException naming the folder or file when one is missing or broken
     */
    public static PublishedSchemas fromFolder(Path folder) {
        return compile(new SchemaFolder(folder));
    }

    /**
     * The schemas fetched from {@code base + schema/v2/...}, such as
     * {@code https://raw.githubusercontent.com/PokeAPI/api-data/master/data/}: each needed file once,
     * kept in memory.
     *
     * @throws SchemaUnavailableException naming the URL when a file cannot be fetched or is broken
     */
    public static PublishedSchemas download(OkHttpClient http, HttpUrl base) {
        return compile(new SchemaDownload(http, base));
    }

    private static PublishedSchemas compile(SchemaSource source) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> files = SchemaFiles.collect(source, json);
        Dialect bare = Dialect.builder(BARE_DIALECT, Dialects.getDraft4()).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(bare, builder -> builder.schemas(files));
        Map<SchemaDocument, Schema> schemas = new EnumMap<>(SchemaDocument.class);
        for (SchemaDocument document : SchemaDocument.values()) {
            schemas.put(document, compiled(registry, source, document));
        }
        return new PublishedSchemas(schemas, KnownFields.of(files, json));
    }

    private static Schema compiled(SchemaRegistry registry, SchemaSource source, SchemaDocument document) {
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(SchemaFiles.address(document.file())));
            schema.initializeValidators();
            return schema;
        } catch (SchemaException e) {
            throw new SchemaUnavailableException("Schema " + source.locate(document.file())
                    + " cannot be compiled: " + e.getMessage());
        }
    }

    /** Validates {@code document}, a JSON text, against the schema for its kind. */
    public SchemaResult validate(SchemaDocument document, String body) {
        JsonNode root;
        try {
            root = JsonText.read(body);
        } catch (JsonText.NotJsonException e) {
            return new SchemaResult(List.of(new SchemaViolation(DocumentPath.DOCUMENT, "not valid JSON: "
                    + e.getMessage())), List.of());
        }
        return validate(document, root);
    }

    /** Validates a document read by {@link JsonText#read}, against the schema for its kind. */
    public SchemaResult validate(SchemaDocument document, JsonNode root) {
        return new SchemaResult(SchemaProblems.of(schemas.get(document).validate(root)),
                knownFields.unknownIn(document, root));
    }
}
