package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import java.util.List;
import java.util.Locale;

/**
 * A sweep's findings as a person reads them: one line per broken rule with the documents that break it,
 * {@code types[].type.url: missing in 3 Pokémon: #12 butterfree, #812 …}. Capped for a console; whole for
 * an attachment.
 */
public final class SweepReport {

    /** Rules and documents a console shows; the attachment and run-summary.json have them all. */
    public static final int CONSOLE_RULES = 8;
    public static final int CONSOLE_DOCUMENTS = 5;

    private SweepReport() {
    }

    /** The findings of one check over one resource, capped at {@code maxRules} rules of {@code maxDocuments}. */
    public static String describe(SweepResult result, SweepCheck check, ApiResource resource, int maxRules,
            int maxDocuments) {
        List<Findings.Group> groups = result.findings().groups(check, resource);
        int documents = result.findings().documents(check, resource);
        StringBuilder text = new StringBuilder()
                .append(documents).append(' ').append(documents == 1 ? resource.word() : plural(resource))
                .append(' ').append(documents == 1 ? singular(check.failure()) : check.failure()).append(':');
        for (Findings.Group group : groups.subList(0, Math.min(maxRules, groups.size()))) {
            int shown = Math.min(maxDocuments, group.documents().size());
            text.append("\n  ").append(group.rule()).append(" in ").append(group.documents().size()).append(' ')
                    .append(group.documents().size() == 1 ? resource.word() : plural(resource)).append(": ")
                    .append(String.join(", ", group.documents().subList(0, shown)));
            if (shown < group.documents().size()) {
                text.append(", … ").append(group.documents().size() - shown).append(" more");
            }
        }
        if (groups.size() > maxRules) {
            text.append("\n  … ").append(groups.size() - maxRules).append(" more rule")
                    .append(groups.size() - maxRules == 1 ? "" : "s")
                    .append(" broken: see the attachment and run-summary.json");
        }
        return text.toString();
    }

    /** Every finding of one check over one resource. */
    public static String describeAll(SweepResult result, SweepCheck check, ApiResource resource) {
        return describe(result, check, resource, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** What was swept: {@code Swept 1,351 Pokémon (2,702 documents with their encounters) …}. */
    public static String coverage(SweepResult result, ApiResource resource) {
        int listed = result.listed().getOrDefault(resource, 0);
        String what = result.sample() > 0 && result.sample() < listed
                ? result.sample() + " of the " + listed + " " + plural(resource) + " listed, drawn at random"
                : "all " + listed + " " + plural(resource) + " listed";
        return "Swept " + what + " (" + result.documents() + " documents in all in "
                + String.format(Locale.ROOT, "%.1f", result.took().toMillis() / 1000.0) + " s)";
    }

    /** "Pokémon", "abilities", "types". */
    public static String plural(ApiResource resource) {
        return switch (resource) {
            case POKEMON -> "Pokémon";
            case ABILITY -> "abilities";
            case TYPE -> "types";
        };
    }

    private static String singular(String failure) {
        return failure.replaceFirst("^break ", "breaks ").replaceFirst("^are ", "is ").replaceFirst("^have ", "has ")
                .replace(" their ", " its ");
    }
}
