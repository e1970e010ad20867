package io.pokeapi.suite.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PageLinkTest {

    @Test
    void readsOffsetAndLimit() {
        assertThat(PageLink.parse("https://pokeapi.co/api/v2/pokemon?offset=20&limit=10"))
                .isEqualTo(new PageLink(20, OptionalInt.of(10)));
    }

    @Test
    void theOrderOfTheParametersDoesNotMatter() {
        assertThat(PageLink.parse("https://pokeapi.co/api/v2/pokemon/?limit=10&offset=20"))
                .isEqualTo(new PageLink(20, OptionalInt.of(10)));
    }

    @Test
    void noOffsetMeansOffsetZero() {
        assertThat(PageLink.parse("https://pokeapi.co/api/v2/pokemon?limit=20"))
                .isEqualTo(new PageLink(0, OptionalInt.of(20)));
    }

    @Test
    void noLimitMeansNoLimit() {
        assertThat(PageLink.parse("https://pokeapi.co/api/v2/pokemon?offset=40"))
                .isEqualTo(new PageLink(40, OptionalInt.empty()));
    }

    @Test
    void aNonNumericParameterIsAClearError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PageLink.parse("https://pokeapi.co/api/v2/pokemon?offset=abc&limit=20"))
                .withMessageContaining("non-numeric offset 'abc'")
                .withMessageContaining("https://pokeapi.co/api/v2/pokemon?offset=abc&limit=20");
    }

    @Test
    void aNonNumericLimitIsAClearError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PageLink.parse("https://pokeapi.co/api/v2/pokemon?offset=0&limit=all"))
                .withMessageContaining("non-numeric limit 'all'");
    }

    @Test
    void aRelativeLinkIsAClearError() {
        assertThatIllegalArgumentException().isThrownBy(() -> PageLink.parse("/api/v2/pokemon?offset=20&limit=20"))
                .withMessage("Page link '/api/v2/pokemon?offset=20&limit=20' is not an absolute http(s) URL");
    }
}
