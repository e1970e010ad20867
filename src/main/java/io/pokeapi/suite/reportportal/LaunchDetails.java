package io.pokeapi.suite.reportportal;

import io.pokeapi.suite.config.ReportPortalSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a run's launch says of itself: its name, a description, and the attributes ReportPortal's
 * filters and widgets select launches by.
 *
 * @param name        the launch's name
 * @param description one line a person reads in the launch list
 * @param attributes  {@code suite} (the tag expression, or {@code all}), {@code target} (the base URL tested),
 *                    {@code commit} and {@code environment}
 */
record LaunchDetails(String name, String description, Map<String, String> attributes) {

    LaunchDetails {
        attributes = Map.copyOf(attributes);
    }

    static LaunchDetails of(ReportPortalSettings settings, Optional<String> tags, URI target) {
        String commit = settings.commit().or(LaunchDetails::gitHead).orElse("unknown");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("suite", tags.orElse("all"));
        attributes.put("target", target.toString());
        attributes.put("commit", commit);
        attributes.put("environment", settings.environment());
        String description = "PokéAPI suite: " + tags.map(t -> "scenarios tagged " + t).orElse("every scenario")
                + " against " + target + " (" + settings.environment() + ", commit "
                + commit.substring(0, Math.min(commit.length(), 12)) + ")";
        return new LaunchDetails(settings.launchName(), description, attributes);
    }

    /** The commit checked out in the working folder, when git is there to say. */
    private static Optional<String> gitHead() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!git.waitFor(2, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.exitValue() == 0 && head.matches("[0-9a-f]{40}") ? Optional.of(head) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git: the commit is unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
