package io.pokeapi.suite.logging;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Masks the secrets in the files of a reports folder once a run has written them. Cucumber's reports
 * carry what a failure said and what a scenario logged, whatever that was: the one dependable place to
 * mask them is the files themselves. A secret is found as written, and as JSON and XML escape it.
 */
public final class ReportScrubber {

    private static final Gson JSON = new Gson();
    private static final Gson JSON_UNESCAPED_HTML = new GsonBuilder().disableHtmlEscaping().create();

    private final List<String> forms;

    public ReportScrubber(SecretMask mask) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : mask.secrets()) {
            forms.add(secret);
            forms.add(jsonEscaped(JSON, secret));
            forms.add(jsonEscaped(JSON_UNESCAPED_HTML, secret));
            forms.add(xmlEscaped(secret));
        }
        // Files are read byte for byte as ISO-8859-1, so that a file that is not UTF-8 comes out unchanged.
        this.forms = forms.stream().map(form -> new String(form.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1)).toList();
    }

    /**
     * Masks the secrets in every file under {@code folder}, which need not exist.
     *
     * @return the files that held a secret
     */
    public List<Path> scrub(Path folder) throws IOException {
        if (forms.isEmpty() || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            List<Path> changed = new ArrayList<>();
            for (Path file : regular) {
                if (scrubFile(file)) {
                    changed.add(file);
                }
            }
            return changed;
        }
    }

    private boolean scrubFile(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String masked = text;
        for (String form : forms) {
            masked = masked.replace(form, SecretMask.MASK);
        }
        if (masked.equals(text)) {
            return false;
        }
        Files.write(file, masked.getBytes(StandardCharsets.ISO_8859_1));
        return true;
    }

    private static String jsonEscaped(Gson gson, String secret) {
        String quoted = gson.toJson(secret);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String xmlEscaped(String secret) {
        return secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
