package io.pokeapi.suite.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void firstPageHasANextButNoPrevious() {
        Page page = new Page(25, 0, 20);

        assertThat(page.fromIndex()).isZero();
        assertThat(page.toIndex()).isEqualTo(20);
        assertThat(page.nextOffset()).hasValue(20);
        assertThat(page.previousOffset()).isEmpty();
    }

    @Test
    void middlePageLinksBothWays() {
        Page page = new Page(100, 40, 20);

        assertThat(page.fromIndex()).isEqualTo(40);
        assertThat(page.toIndex()).isEqualTo(60);
        assertThat(page.nextOffset()).hasValue(60);
        assertThat(page.previousOffset()).hasValue(20);
    }

    @Test
    void lastPageIsShortAndHasNoNext() {
        Page page = new Page(25, 20, 20);

        assertThat(page.fromIndex()).isEqualTo(20);
        assertThat(page.toIndex()).isEqualTo(25);
        assertThat(page.nextOffset()).isEmpty();
        assertThat(page.previousOffset()).hasValue(0);
    }

    @Test
    void pageEndingExactlyAtTheEndHasNoNext() {
        Page page = new Page(40, 20, 20);

        assertThat(page.toIndex()).isEqualTo(40);
        assertThat(page.nextOffset()).isEmpty();
    }

    @Test
    void limitBeyondCountHoldsEveryItem() {
        Page page = new Page(25, 0, 1000);

        assertThat(page.fromIndex()).isZero();
        assertThat(page.toIndex()).isEqualTo(25);
        assertThat(page.nextOffset()).isEmpty();
        assertThat(page.previousOffset()).isEmpty();
    }

    @Test
    void offsetBeyondCountIsEmptyButStillLinksBack() {
        Page page = new Page(25, 30, 20);

        assertThat(page.toIndex() - page.fromIndex()).isZero();
        assertThat(page.nextOffset()).isEmpty();
        assertThat(page.previousOffset()).hasValue(10);
    }

    @Test
    void previousNeverGoesBelowZero() {
        assertThat(new Page(25, 5, 20).previousOffset()).hasValue(0);
    }

    @Test
    void previousStepsBackByTheLimit() {
        assertThat(new Page(100, 45, 10).previousOffset()).hasValue(35);
    }

    @Test
    void emptyListHasNoLinks() {
        Page page = new Page(0, 0, 20);

        assertThat(page.toIndex() - page.fromIndex()).isZero();
        assertThat(page.nextOffset()).isEmpty();
        assertThat(page.previousOffset()).isEmpty();
    }

    @Test
    void hugeOffsetAndLimitDoNotOverflow() {
        Page page = new Page(25, Integer.MAX_VALUE, Integer.MAX_VALUE);

        assertThat(page.fromIndex()).isEqualTo(25);
        assertThat(page.toIndex()).isEqualTo(25);
        assertThat(page.nextOffset()).isEmpty();
        assertThat(page.previousOffset()).hasValue(0);
    }

    @Test
    void takesItsOffsetAndLimitFromARequest() {
        assertThat(Page.of(25, new PageRequest(20, 5))).isEqualTo(new Page(25, 20, 5));
    }

    @Test
    void rejectsValuesNoRequestCanProduce() {
        assertThatThrownBy(() -> new Page(25, -1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Page(25, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Page(-1, 0, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
