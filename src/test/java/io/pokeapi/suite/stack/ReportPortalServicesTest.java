package io.pokeapi.suite.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ReportPortal services of docker-compose.yml keep to what ReportPortal's compose files and Docker ask. */
class ReportPortalServicesTest {

    /** The first Traefik v2.11 that Docker Engine 29 answers: earlier ones speak API 1.24, which it refuses. */
    private static final List<Integer> TRAEFIK_FLOOR = List.of(2, 11, 31);

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void read() throws IOException {
        services = ComposeFile.read(StackTool.ROOT.resolve("docker-compose.yml")).services();
    }

    @Test
    void theGatewayIsATraefikThatDockerEngine29Answers() {
        String image = String.valueOf(services.get("reportportal-gateway").get("image"));
        assertThat(image).startsWith("traefik:v2.");

        List<Integer> version = version(image.substring(image.indexOf(":v") + 2));

        assertThat(compare(version, TRAEFIK_FLOOR)).as("%s is at least v2.11.31", image).isNotNegative();
    }

    @Test
    void theVersionComparisonHoldsTheFloor() {
        assertThat(compare(version("2.11.2"), TRAEFIK_FLOOR)).isNegative();
        assertThat(compare(version("2.11.30"), TRAEFIK_FLOOR)).isNegative();
        assertThat(compare(version("2.10.99"), TRAEFIK_FLOOR)).isNegative();
        assertThat(compare(version("2.11.31"), TRAEFIK_FLOOR)).isZero();
        assertThat(compare(version("2.11.32"), TRAEFIK_FLOOR)).isPositive();
        assertThat(compare(version("2.12.0"), TRAEFIK_FLOOR)).isPositive();
    }

    @Test
    void theMigrationsReachOpenSearchAsReportPortalsComposeFileSetsThem() {
        Map<?, ?> environment = (Map<?, ?>) services.get("reportportal-migrations").get("environment");

        assertThat(environment.get("OS_HOST")).isEqualTo("reportportal-opensearch");
        assertThat(String.valueOf(environment.get("OS_PORT"))).isEqualTo("9200");
        assertThat(environment.get("OS_PROTOCOL")).isEqualTo("http");
        // The host is the stack's OpenSearch, on the migrations' network, serving that port.
        Map<String, Object> openSearch = services.get("reportportal-opensearch");
        assertThat(ComposeFile.names(openSearch.get("networks")))
                .containsAll(ComposeFile.names(services.get("reportportal-migrations").get("networks")));
        assertThat(String.valueOf(openSearch.get("healthcheck"))).contains("localhost:9200");
    }

    private static List<Integer> version(String text) {
        return Arrays.stream(text.split("\\.")).map(Integer::parseInt).toList();
    }

    private static int compare(List<Integer> version, List<Integer> floor) {
        for (int i = 0; i < floor.size(); i++) {
            int part = i < version.size() ? version.get(i) : 0;
            if (part != floor.get(i)) {
                return Integer.compare(part, floor.get(i));
            }
        }
        return 0;
    }
}
