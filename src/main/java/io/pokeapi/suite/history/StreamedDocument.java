package io.pokeapi.suite.history;

import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.pokeapi.suite.contract.JsonKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * What the history needs of a body it has not stored yet, its shape and its identity, read in one pass over
 * its text without building its tree: a first sweep stores thousands of documents of 100 to 600 KB, and the
 * history's writer would otherwise parse each one whole. As strict as the client's reading of bodies. One
 * difference from a tree, in documents PokéAPI never serves: a key repeated within an object gives the kinds
 * of all its values, where a tree keeps only the last.
 *
 * @param shape    the document's shape, as {@link Shape#of} gives it
 * @param identity its top-level id and name, as {@link JsonDocuments#identity} gives them
 */
record StreamedDocument(Shape shape, JsonDocuments.Identity identity) {

    private static final String ID = "id";
    private static final String NAME = "name";

    /** The shape and identity of the JSON object or array {@code text} holds; empty if it holds none. */
    static Optional<StreamedDocument> read(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonToken first = reader.peek();
            if (first != JsonToken.BEGIN_OBJECT && first != JsonToken.BEGIN_ARRAY) {
                return Optional.empty();
            }
            PathTree root = new PathTree();
            Identity identity = new Identity();
            if (first == JsonToken.BEGIN_OBJECT) {
                readRootObject(reader, root, identity);
            } else {
                read(reader, root);
            }
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return Optional.empty();
            }
            return Optional.of(new StreamedDocument(Shape.of(root),
                    new JsonDocuments.Identity(identity.id, identity.name, first == JsonToken.BEGIN_OBJECT)));
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return Optional.empty(); // not JSON, as the strict reader says
        }
    }

    /** The top-level {@code id} and {@code name}, as a tree would give them: the last of each wins. */
    private static final class Identity {
        private Integer id;
        private String name;
    }

    private static void readRootObject(JsonReader reader, PathTree root, Identity identity) throws IOException {
        reader.beginObject();
        while (reader.hasNext()) {
            String key = reader.nextName();
            PathTree field = root.field(key);
            JsonToken token = reader.peek();
            if (key.equals(ID) && token == JsonToken.NUMBER) {
                String number = reader.nextString();
                identity.id = new LazilyParsedNumber(number).intValue(); // as the tree's getAsInt reads it
                field.saw(kindOfNumber(number));
            } else if (key.equals(NAME) && token == JsonToken.STRING) {
                identity.name = reader.nextString();
                field.saw(JsonKind.STRING);
            } else {
                if (key.equals(ID)) {
                    identity.id = null;
                } else if (key.equals(NAME)) {
                    identity.name = null;
                }
                field.saw(read(reader, field));
            }
        }
        reader.endObject();
    }

    /** Reads one value into {@code place}'s subtree, and says its kind. */
    private static JsonKind read(JsonReader reader, PathTree place) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                while (reader.hasNext()) {
                    PathTree field = place.field(reader.nextName());
                    field.saw(read(reader, field));
                }
                reader.endObject();
                return JsonKind.OBJECT;
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                while (reader.hasNext()) {
                    PathTree elements = place.elements();
                    elements.saw(read(reader, elements));
                }
                reader.endArray();
                return JsonKind.ARRAY;
            }
            case STRING -> {
                reader.skipValue();
                return JsonKind.STRING;
            }
            case NUMBER -> {
                return kindOfNumber(reader.nextString());
            }
            case BOOLEAN -> {
                reader.nextBoolean();
                return JsonKind.BOOLEAN;
            }
            case NULL -> {
                reader.nextNull();
                return JsonKind.NULL;
            }
            default -> throw new IllegalStateException("Unexpected " + reader.peek() + " at " + reader.getPath());
        }
    }

    private static JsonKind kindOfNumber(String text) {
        return JsonKind.ofNumber(new LazilyParsedNumber(text));
    }
}
