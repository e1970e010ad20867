package io.pokeapi.suite.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the suite reports its runs in ReportPortal, if anywhere: on when the endpoint, the project and
 * the API token are all set, off otherwise.
 *
 * @param endpoint    ReportPortal's address, such as {@code https://reportportal.example.com}
 * @param project     the ReportPortal project the launches go to
 * @param apiToken    the API token of a ReportPortal user of that project (secret)
 * @param launchName  the name of each run's launch; the dashboards select launches by it
 * @param environment where the suite runs, such as {@code ci} or {@code staging}: a launch attribute
 * @param commit      the git commit the suite was built from, when set rather than asked of git
 * @param timeout     limit on each request to ReportPortal, and on the wait at a run's end for the rest
 */
public record ReportPortalSettings(Optional<URI> endpoint, Optional<String> project, Optional<String> apiToken,
        String launchName, String environment, Optional<String> commit, Duration timeout) {

    public static final String DEFAULT_LAUNCH = "pokeapi-suite";
    public static final String DEFAULT_ENVIRONMENT = "local";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Reporting is off: no ReportPortal setting is set. */
    public static ReportPortalSettings off() {
        return new ReportPortalSettings(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LAUNCH,
                DEFAULT_ENVIRONMENT, Optional.empty(), DEFAULT_TIMEOUT);
    }

    public boolean enabled() {
        return endpoint.isPresent() && project.isPresent() && apiToken.isPresent();
    }

    /** The connection settings left unset while another is set: a half-done configuration. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (endpoint.isEmpty()) {
            missing.add(Setting.REPORTPORTAL_ENDPOINT.name());
        }
        if (project.isEmpty()) {
            missing.add(Setting.REPORTPORTAL_PROJECT.name());
        }
        if (apiToken.isEmpty()) {
            missing.add(Setting.REPORTPORTAL_API_TOKEN.name());
        }
        return missing.size() == 3 ? List.of() : missing;
    }

    /** {@code ReportPortal at https://rp.example.com (project pokeapi)}, never the token. */
    public String describe() {
        return "ReportPortal at " + endpoint.map(URI::toString).orElse("(no endpoint)") + " (project "
                + project.orElse("(none)") + ")";
    }
}
