package io.pokeapi.suite.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportScrubberTest {

    private static final String SECRET = "p<a>ss\"wö&rd'";

    @TempDir
    Path reports;

    @Test
    void secretsAreMaskedAsWrittenAndAsJsonAndXmlEscapeThem() throws IOException {
        Path log = write("retry-1/plain.txt", "password " + SECRET + " in a line\n");
        Path json = write("cucumber.json", "{\"error_message\": \"p\\u003ca\\u003ess\\\"wö\\u0026rd\\u0027 and p<a>ss\\\"wö&rd'\"}");
        Path xml = write("cucumber-junit.xml", "<failure message=\"p&lt;a&gt;ss&quot;wö&amp;rd&apos;\"/>");
        Path clean = write("cucumber.html", "nothing to hide: wö");

        List<Path> changed = new ReportScrubber(new SecretMask(List.of(SECRET))).scrub(reports);

        assertThat(changed).containsExactlyInAnyOrder(log, json, xml);
        assertThat(log).content(StandardCharsets.UTF_8).isEqualTo("password **** in a line\n");
        assertThat(json).content(StandardCharsets.UTF_8).isEqualTo("{\"error_message\": \"**** and ****\"}");
        assertThat(xml).content(StandardCharsets.UTF_8).isEqualTo("<failure message=\"****\"/>");
        assertThat(clean).content(StandardCharsets.UTF_8).isEqualTo("nothing to hide: wö");
    }

    @Test
    void aFileThatIsNotTextIsLeftAsItWasUnlessItHoldsASecret() throws IOException {
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3};
        Path file = reports.resolve("image.png");
        Files.write(file, binary);

        assertThat(new ReportScrubber(new SecretMask(List.of(SECRET))).scrub(reports)).isEmpty();
        assertThat(file).hasBinaryContent(binary);
    }

    @Test
    void aMissingFolderHasNothingToScrub() throws IOException {
        assertThat(new ReportScrubber(new SecretMask(List.of(SECRET))).scrub(reports.resolve("none"))).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        Path file = reports.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
