package io.pokeapi.suite.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractBookTest {

    @TempDir
    Path folder;

    @Test
    void theProjectsContractsAreReadByName() {
        ContractBook book = ContractBook.load(Path.of("features", "contracts"));

        assertThat(book.named("Pokémon").name()).isEqualTo("Pokémon");
        assertThat(book.named("pokemon")).isSameAs(book.named("Pokémon"));
        assertThat(book.named("Pokémon").rules()).extracting(FieldRule::path)
                .contains("id", "types[].type.url", "abilities[].is_hidden", "sprites.front_default");
        assertThat(book.named("ability").rules()).isNotEmpty();
        assertThat(book.named("type").rules()).isNotEmpty();
        assertThat(book.named("list").rules()).extracting(FieldRule::path).contains("count", "results[].url");
    }

    @Test
    void aContractIsItsTitleAndItsTable() throws IOException {
        write("pokemon.md", """
                # The Pokémon contract

                Some words for the reader, with `code` and a [link](https://pokeapi.co).

                | field                 | type           |
                |-----------------------|----------------|
                | id                    | integer        |
                | `types[].type.name`   | string         |
                | sprites.front_default | string or null |
                """);

        Contract pokemon = ContractBook.load(folder).named("Pokémon");

        assertThat(pokemon.rules()).extracting(FieldRule::path)
                .containsExactly("id", "types[].type.name", "sprites.front_default");
        assertThat(pokemon.check(JsonParser.parseString("""
                {"id": "25", "types": [{"type": {"name": "electric"}}], "sprites": {"front_default": null}}
                """))).containsExactly(new Violation("id", "integer", "string"));
        assertThat(pokemon.describe()).contains("The Pokémon contract:", "sprites.front_default: string or null");
    }

    @Test
    void anUnknownContractNamesTheKnownOnes() throws IOException {
        write("type.md", "# The type contract\n\n| field | type |\n|---|---|\n| id | integer |\n");

        assertThatThrownBy(() -> ContractBook.load(folder).named("berry"))
                .hasMessageContaining("No contract called 'berry'").hasMessageContaining("there are type");
    }

    @Test
    void aBadTypeIsNamedWithItsFileAndLine() throws IOException {
        Path file = write("type.md", "# The type contract\n\n| field | type |\n|---|---|\n| id | integer |\n"
                + "| name | strin |\n");

        assertThatThrownBy(() -> ContractBook.load(folder))
                .isInstanceOf(InvalidContractException.class)
                .hasMessageStartingWith(file + ":6: ")
                .hasMessageContaining("Unknown JSON type 'strin'");
    }

    @Test
    void aFileWithoutATitleOrATableOrWithOtherColumnsIsRefused() throws IOException {
        write("a.md", "| field | type |\n|---|---|\n| id | integer |\n");
        assertThatThrownBy(() -> ContractBook.load(folder)).hasMessageContaining("no '# The <name> contract' title");

        write("a.md", "# The ability contract\n\nNo table here.\n");
        assertThatThrownBy(() -> ContractBook.load(folder)).hasMessageContaining("the ability contract has no table");

        write("a.md", "# The ability contract\n\n| path | kind |\n|---|---|\n| id | integer |\n");
        assertThatThrownBy(() -> ContractBook.load(folder)).hasMessageContaining("must be 'field' and 'type'");

        write("a.md", "# Abilities\n\n| field | type |\n|---|---|\n| id | integer |\n");
        assertThatThrownBy(() -> ContractBook.load(folder)).hasMessageContaining("must read '# The <name> contract'");
    }

    @Test
    void aMissingFolderOrTheSameContractTwiceIsRefused() throws IOException {
        assertThatThrownBy(() -> ContractBook.load(folder.resolve("nowhere"))).hasMessageContaining("is not a folder");

        write("a.md", "# The type contract\n\n| field | type |\n|---|---|\n| id | integer |\n");
        write("b.md", "# The Type contract\n\n| field | type |\n|---|---|\n| id | integer |\n");
        assertThatThrownBy(() -> ContractBook.load(folder)).hasMessageContaining("defined twice");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
