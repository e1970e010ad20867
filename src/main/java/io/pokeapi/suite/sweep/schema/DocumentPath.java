package io.pokeapi.suite.sweep.schema;

import com.networknt.schema.path.NodePath;

/**
 * Writes the validator's instance locations in the suite's path notation: fields joined by dots,
 * array elements as {@code [index]} ({@code types[2].type.url}, {@code [0].location_area} in a
 * document that is an array), {@code (document)} for the document itself.
 */
final class DocumentPath {

    static final String DOCUMENT = "(document)";

    private DocumentPath() {
    }

    static String of(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(element);
            }
        }
        return path.length() == 0 ? DOCUMENT : path.toString();
    }

    static String field(NodePath location, String name) {
        return of(location.append(name));
    }
}
