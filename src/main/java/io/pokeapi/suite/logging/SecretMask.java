package io.pokeapi.suite.logging;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The secret values of a process (the database password, the ReportPortal token, whatever SECRETS names)
 * and how text is cleaned of them: each occurrence is replaced by {@value #MASK}.
 */
public final class SecretMask {

    public static final String MASK = "****";

    private final List<String> secrets;

    /** @param secrets values never to be shown; blank ones are ignored */
    public SecretMask(Collection<String> secrets) {
        // The longest first, so that a secret containing another is masked whole.
        this.secrets = secrets.stream()
                .filter(secret -> secret != null && !secret.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public List<String> secrets() {
        return secrets;
    }

    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** The text with every secret replaced by {@value #MASK}. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}
