package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsParseIntTest {

    @ParameterizedTest(name = "parseInt(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', value = {
        "42         | 42",
        "10abc      | 10",
        "2.9        | 2",
        "1e3        | 1",
        "007        | 7",
        "-12x       | -12",
        "+5         | 5",
        "0x1F       | 31",
        "-0x10      | -16",
        "5,7        | 5",
        "99999999999999999999999 | 9223372036854775807",
    })
    void readsTheLeadingInteger(String text, long expected) {
        assertThat(JsParseInt.parse(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "-", "+-1", "0x", "0xg", ".5", ",5", "\u0661", "\uFF15"})
    void findsNoNumberWhereParseIntGivesNaN(String text) {
        assertThat(JsParseInt.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" \t\n\r\f9", "\u000B9", "\u00A09", "\u20039", "\uFEFF9", "\u20289"})
    void skipsJavaScriptWhiteSpace(String text) {
        assertThat(JsParseInt.parse(text)).hasValue(9);
    }
}
