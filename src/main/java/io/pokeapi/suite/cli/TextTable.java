package io.pokeapi.suite.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows printed in aligned columns under a header, for reading in a terminal. */
final class TextTable {

    private static final int JSON_WIDTH = 40;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + header.size());
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    String render(String emptyText) {
        if (rows.isEmpty()) {
            return "  " + emptyText + System.lineSeparator();
        }
        int[] widths = new int[header.size()];
        for (List<String> row : withHeader()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : withHeader()) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.size(); i++) {
                line.append(' ').append(String.format("%-" + widths[i] + "s", row.get(i))).append(' ');
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private List<List<String>> withHeader() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /** A JSON value cut to a cell's width; a value that is not there says so. */
    static String json(String value) {
        if (value == null) {
            return "(absent)";
        }
        return value.length() > JSON_WIDTH ? value.substring(0, JSON_WIDTH - 1) + "…" : value;
    }
}
