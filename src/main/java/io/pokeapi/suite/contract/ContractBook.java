package io.pokeapi.suite.contract;

import io.pokeapi.suite.api.ApiNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The named contracts every feature refers to: one Markdown file each in {@code features/contracts},
 * headed "# The Pokémon contract" and holding one table of {@code field} and {@code type}. Markdown, so
 * that a product person reviews the tables where they live; one definition, so that the contract
 * scenarios and the sweep hold documents to the same fields.
 */
public final class ContractBook {

    private static final Pattern TITLE = Pattern.compile("The (.+) contract");
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final Path folder;
    private final Map<String, Contract> contracts;

    private ContractBook(Path folder, Map<String, Contract> contracts) {
        this.folder = folder;
        this.contracts = contracts;
    }

    /**
     * Reads every {@code .md} file of {@code folder}.
     *
     * @throws InvalidContractException naming the file, and the line where it can, when a contract cannot be read
     */
    public static ContractBook load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidContractException(folder + " is not a folder of contracts (one Markdown file each)");
        }
        Map<String, Contract> contracts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                Contract contract = read(file);
                Contract earlier = contracts.put(ApiNames.of(contract.name()), contract);
                if (earlier != null) {
                    throw new InvalidContractException(file + ": the " + contract.name()
                            + " contract is defined twice in " + folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contracts in " + folder + ": " + e.getMessage(), e);
        }
        if (contracts.isEmpty()) {
            throw new InvalidContractException(folder + " holds no contract (no .md file)");
        }
        return new ContractBook(folder, contracts);
    }

    /** The contract called {@code name}, such as "Pokémon" or "pokemon". */
    public Contract named(String name) {
        Contract contract = contracts.get(ApiNames.of(name));
        if (contract == null) {
            throw new IllegalArgumentException("No contract called '" + name + "' in " + folder + ": there are "
                    + String.join(", ", contracts.values().stream().map(Contract::name).toList()));
        }
        return contract;
    }

    static Contract read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        ContractVisitor visitor = new ContractVisitor(file);
        MARKDOWN.parse(text).accept(visitor);
        return visitor.contract();
    }

    /** Collects the title and the one table of a contract file. */
    private static final class ContractVisitor extends AbstractVisitor {

        private final Path file;
        private String name;
        private List<FieldRule> rules;

        ContractVisitor(Path file) {
            this.file = file;
        }

        @Override
        public void visit(Heading heading) {
            if (heading.getLevel() == 1 && name == null) {
                Matcher title = TITLE.matcher(textOf(heading).strip());
                if (!title.matches()) {
                    throw new InvalidContractException(file + ":" + lineOf(heading) + ": the title must read "
                            + "'# The <name> contract', not '# " + textOf(heading).strip() + "'");
                }
                name = title.group(1);
            }
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                if (rules != null) {
                    throw new InvalidContractException(file + ":" + lineOf(table) + ": a contract has one table");
                }
                rules = rulesOf(table);
            } else {
                visitChildren(block);
            }
        }

        private List<FieldRule> rulesOf(TableBlock table) {
            List<TableRow> rows = new ArrayList<>();
            collectRows(table, rows);
            List<String> header = cellsOf(rows.get(0));
            if (!header.equals(List.of("field", "type"))) {
                throw new InvalidContractException(file + ":" + lineOf(rows.get(0))
                        + ": the table's columns must be 'field' and 'type', not " + header);
            }
            List<FieldRule> parsed = new ArrayList<>();
            for (TableRow row : rows.subList(1, rows.size())) {
                List<String> cells = cellsOf(row);
                try {
                    parsed.add(FieldRule.parse(cells.get(0), cells.get(1)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidContractException(file + ":" + lineOf(row) + ": " + e.getMessage());
                }
            }
            return parsed;
        }

        Contract contract() {
            if (name == null) {
                throw new InvalidContractException(file + ": no '# The <name> contract' title");
            }
            if (rules == null || rules.isEmpty()) {
                throw new InvalidContractException(file + ": the " + name + " contract has no table of fields");
            }
            return new Contract(name, rules);
        }

        private static void collectRows(Node node, List<TableRow> rows) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableRow row) {
                    rows.add(row);
                } else {
                    collectRows(child, rows);
                }
            }
        }

        private static List<String> cellsOf(TableRow row) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    cells.add(textOf(cell).strip());
                }
            }
            return cells;
        }

        /** A cell's or heading's text, with inline code such as {@code `types[].slot`} read as its text. */
        private static String textOf(Node node) {
            StringBuilder text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text literal) {
                    text.append(literal.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }
            });
            return text.toString();
        }

        private static int lineOf(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
        }
    }
}
