package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @Test
    void firstPageHasANextButNoPrevious() {
        Page page = new Page(100, 0, 20);

        assertThat(page.fromIndex()).isZero();
        assertThat(page.toIndex()).isEqualTo(20);
        assertThat(page.next()).hasValue(new PageRequest(20, 20));
        assertThat(page.previous()).isEmpty();
    }

    @Test
    void middlePageLinksBothWaysWithFullWindows() {
        Page page = new Page(100, 40, 20);

        assertThat(page.fromIndex()).isEqualTo(40);
        assertThat(page.toIndex()).isEqualTo(60);
        assertThat(page.next()).hasValue(new PageRequest(60, 20));
        assertThat(page.previous()).hasValue(new PageRequest(20, 20));
    }

    @Test
    void nextShrinksToTheItemsThatRemain() {
        Page page = new Page(25, 0, 20);

        assertThat(page.next()).hasValue(new PageRequest(20, 5));
    }

    @Test
    void previousShrinksToTheItemsBeforeThePage() {
        Page page = new Page(100, 5, 10);

        assertThat(page.fromIndex()).isEqualTo(5);
        assertThat(page.toIndex()).isEqualTo(15);
        assertThat(page.next()).hasValue(new PageRequest(15, 10));
        assertThat(page.previous()).hasValue(new PageRequest(0, 5));
    }

    @Test
    void partialLastPageHasNoNext() {
        Page page = new Page(25, 20, 20);

        assertThat(page.fromIndex()).isEqualTo(20);
        assertThat(page.toIndex()).isEqualTo(25);
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).hasValue(new PageRequest(0, 20));
    }

    @Test
    void pageEndingExactlyAtTheEndHasNoNext() {
        Page page = new Page(40, 20, 20);

        assertThat(page.toIndex()).isEqualTo(40);
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).hasValue(new PageRequest(0, 20));
    }

    @Test
    void lastOfSeveralPagesLinksBackAFullWindow() {
        Page page = new Page(1351, 1350, 10);

        assertThat(page.toIndex() - page.fromIndex()).isEqualTo(1);
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).hasValue(new PageRequest(1340, 10));
    }

    @Test
    void limitBeyondCountHoldsEveryItem() {
        Page page = new Page(25, 0, 1000);

        assertThat(page.fromIndex()).isZero();
        assertThat(page.toIndex()).isEqualTo(25);
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).isEmpty();
    }

    @Test
    void offsetBeyondCountIsEmptyButStillLinksBackByTheLimit() {
        Page page = new Page(25, 30, 20);

        assertThat(page.toIndex() - page.fromIndex()).isZero();
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).hasValue(new PageRequest(10, 20));
    }

    @ParameterizedTest(name = "count {0}, offset {1}, limit {2}: next offset {3} limit {4}")
    @CsvSource({
        "25,  0,  7,  7, 7",
        "25, 14,  7, 21, 4",
        "25, 23,  1, 24, 1",
        "26,  0, 20, 20, 6",
    })
    void nextFollowsTheLiveArithmetic(int count, int offset, int limit, int nextOffset, int nextLimit) {
        assertThat(new Page(count, offset, limit).next()).hasValue(new PageRequest(nextOffset, nextLimit));
    }

    @ParameterizedTest(name = "offset {0}, limit {1}: previous offset {2} limit {3}")
    @CsvSource({
        " 1, 20,  0,  1",
        "19, 20,  0, 19",
        "20, 20,  0, 20",
        "45, 10, 35, 10",
    })
    void previousFollowsTheLiveArithmetic(int offset, int limit, int previousOffset, int previousLimit) {
        assertThat(new Page(100, offset, limit).previous())
                .hasValue(new PageRequest(previousOffset, previousLimit));
    }

    @Test
    void emptyListHasNoLinks() {
        Page page = new Page(0, 0, 20);

        assertThat(page.toIndex() - page.fromIndex()).isZero();
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).isEmpty();
    }

    @Test
    void hugeOffsetAndLimitDoNotOverflow() {
        Page page = new Page(25, Integer.MAX_VALUE, Integer.MAX_VALUE);

        assertThat(page.fromIndex()).isEqualTo(25);
        assertThat(page.toIndex()).isEqualTo(25);
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).hasValue(new PageRequest(0, Integer.MAX_VALUE));
    }

    @Test
    void hugeLimitOnAMiddleOffsetStillHasNoNext() {
        assertThat(new Page(Integer.MAX_VALUE, 1, Integer.MAX_VALUE).next()).isEmpty();
    }

    @Test
    void takesItsOffsetAndLimitFromARequest() {
        assertThat(Page.of(25, new PageRequest(20, 5))).isEqualTo(new Page(25, 20, 5));
    }

    @ParameterizedTest(name = "count {0}, offset {1}, limit {2}: items {3} to {4}")
    @CsvSource({
        // results.slice(offset, offset + limit): a negative position counts from the end
        "10,  0, -1, 0,  9",
        "10, -3, 20, 7, 10",
        "30, -5, 10, 25, 25",
        "10,  5, -2, 5,  5",
        "10, -2, -1, 8,  8",
        "10, -20, 15, 0,  5",
    })
    void negativeValuesCutTheListAsSliceDoes(int count, int offset, int limit, int from, int to) {
        Page page = new Page(count, offset, limit);

        assertThat(page.fromIndex()).isEqualTo(from);
        assertThat(page.toIndex()).isEqualTo(to);
    }

    @Test
    void allButTheLastEntryWithLimitMinusOneAndNoLinks() {
        Page page = new Page(10, 0, -1);

        assertThat(page.toIndex() - page.fromIndex()).isEqualTo(9);
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).isEmpty();
    }

    @Test
    void aNegativeOffsetLinksForwardFromOffsetPlusLimitAndNotBack() {
        Page page = new Page(30, -5, 10);

        assertThat(page.next()).hasValue(new PageRequest(5, 10));
        assertThat(page.previous()).isEmpty();
    }

    @Test
    void aNegativeLimitHasNeitherLink() {
        Page page = new Page(10, 5, -2);

        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).isEmpty();
    }

    @Test
    void hugeNegativeValuesDoNotOverflow() {
        Page page = new Page(25, -Integer.MAX_VALUE, -Integer.MAX_VALUE);

        assertThat(page.fromIndex()).isZero();
        assertThat(page.toIndex()).isZero();
        assertThat(page.next()).isEmpty();
        assertThat(page.previous()).isEmpty();
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> new Page(-1, 0, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
