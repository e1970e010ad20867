package io.pokeapi.suite.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void everyOccurrenceOfEverySecretIsMasked() {
        SecretMask mask = new SecretMask(List.of("s3cret", "t0ken"));

        assertThat(mask.apply("user:s3cret@host t0ken s3cret")).isEqualTo("user:****@host **** ****");
        assertThat(mask.apply("nothing secret here")).isEqualTo("nothing secret here");
    }

    @Test
    void aSecretThatContainsAnotherIsMaskedWhole() {
        SecretMask mask = new SecretMask(List.of("abc", "xxabcxx"));

        assertThat(mask.apply("xxabcxx and abc")).isEqualTo("**** and ****");
    }

    @Test
    void blankValuesAreNoSecrets() {
        SecretMask mask = new SecretMask(Arrays.asList("", " ", null));

        assertThat(mask.isEmpty()).isTrue();
        assertThat(mask.apply("a b")).isEqualTo("a b");
    }

    @Test
    void linesWrittenInPiecesAreMaskedWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MaskedLines lines = new MaskedLines(out, new SecretMask(List.of("pässwörd")));
        byte[] text = "first pässwörd\nsecond pässwörd\nthird päss".getBytes(StandardCharsets.UTF_8);

        for (byte b : Arrays.copyOfRange(text, 0, 9)) {
            lines.write(b);
        }
        lines.write(text, 9, 20);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("only whole lines are passed on")
                .isEqualTo("first ****\n");
        lines.write(text, 29, text.length - 29);
        lines.write("wörd\n".getBytes(StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("first ****\nsecond ****\nthird ****\n");
    }

    @Test
    void aFlushPassesOnTheLineBegunSoFar() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MaskedLines lines = new MaskedLines(out, new SecretMask(List.of("k3y")));

        lines.write("waiting for k3y".getBytes(StandardCharsets.UTF_8));
        lines.flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("waiting for ****");
    }
}
