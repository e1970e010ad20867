package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PageRequestTest {

    @ParameterizedTest
    @NullAndEmptySource
    void noQueryMeansTheDefaults(String query) {
        assertThat(PageRequest.fromQuery(query)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void readsOffsetAndLimitInAnyOrder() {
        assertThat(PageRequest.fromQuery("offset=40&limit=10")).isEqualTo(new PageRequest(40, 10));
        assertThat(PageRequest.fromQuery("limit=10&offset=40")).isEqualTo(new PageRequest(40, 10));
    }

    @Test
    void ignoresOtherParameters() {
        assertThat(PageRequest.fromQuery("format=json&limit=5&x")).isEqualTo(new PageRequest(0, 5));
    }

    @Test
    void repeatedParametersAreReadJoinedWithCommasSoTheFirstCounts() {
        assertThat(PageRequest.fromQuery("limit=5&limit=7")).isEqualTo(new PageRequest(0, 5));
        assertThat(PageRequest.fromQuery("limit=abc&limit=7")).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void decodesPercentEscapesAndPlusAsASpace() {
        assertThat(PageRequest.fromQuery("%6Cimit=%37")).isEqualTo(new PageRequest(0, 7));
        assertThat(PageRequest.fromQuery("limit=+7&offset=%2B3")).isEqualTo(new PageRequest(3, 7));
    }

    @ParameterizedTest(name = "offset={0} limit={1} -> {2}/{3}")
    @CsvSource(delimiter = '|', value = {
        // like parseInt(...) || default: a leading integer counts, whatever follows it
        "10abc | 25abc | 10 | 25",
        "5     | 2.5   | 5  | 2",
        "1e3   | 7 7   | 1  | 7",
        "0x10  | 0X0a  | 16 | 10",
        "0     | 1     | 0  | 1",
        "+3    | +4    | 3  | 4",
        // missing numbers and zero fall back to the defaults
        "abc   | 10    | 0  | 10",
        "5     | xyz   | 5  | 20",
        "5     | 0     | 5  | 20",
        "-0    | -0    | 0  | 20",
        "0x    | .5    | 0  | 20",
        // negative values are kept, as parseInt(...) || default keeps them
        "-5    | 10    | -5 | 10",
        "5     | -1    | 5  | -1",
        "-0x10 | -2abc | -16 | -2",
    })
    void readsValuesLikeParseInt(String offset, String limit, int expectedOffset, int expectedLimit) {
        assertThat(PageRequest.fromQuery("offset=" + offset + "&limit=" + limit))
                .isEqualTo(new PageRequest(expectedOffset, expectedLimit));
    }

    @Test
    void emptyValuesFallBackToTheDefaults() {
        assertThat(PageRequest.fromQuery("offset=&limit=")).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequest.fromQuery("offset&limit")).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void malformedEscapesAreReadAsWritten() {
        assertThat(PageRequest.fromQuery("limit=%zz&offset=3")).isEqualTo(new PageRequest(3, 20));
        assertThat(PageRequest.fromQuery("limit=8%zz")).isEqualTo(new PageRequest(0, 8));
    }

    @Test
    void numbersBeyondAnIntAreCapped() {
        assertThat(PageRequest.fromQuery("offset=99999999999999999999&limit=12345678901"))
                .isEqualTo(new PageRequest(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertThat(PageRequest.fromQuery("offset=-99999999999999999999&limit=-12345678901"))
                .isEqualTo(new PageRequest(-Integer.MAX_VALUE, -Integer.MAX_VALUE));
    }

    @Test
    void withoutNegativesFallsBackToTheDefaults() {
        assertThat(new PageRequest(-5, -1).withoutNegatives()).isEqualTo(new PageRequest(0, 20));
        assertThat(new PageRequest(5, 7).withoutNegatives()).isEqualTo(new PageRequest(5, 7));
    }
}
