package io.pokeapi.suite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Event;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.Endpoint;
import io.pokeapi.suite.client.HttpClients;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.client.ScenarioTag;
import io.pokeapi.suite.client.UnexpectedStatusException;
import io.pokeapi.suite.config.SettingSource;
import io.pokeapi.suite.config.Settings;
import io.pokeapi.suite.config.SettingsLoader;
import io.pokeapi.suite.contract.ContractBrokenError;
import io.pokeapi.suite.outcome.ScenarioKeys;
import io.prometheus.client.CollectorRegistry;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsPluginTest {

    private static final URI POKEMON_FEATURE = URI.create("file:///suite/features/pokemon.feature");
    private static final URI TYPE_FEATURE = URI.create("file:///suite/features/type.feature");
    private static final String[] FAILURE_LABELS = {"endpoint", "failure_type"};

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CollectorRegistry registry = new CollectorRegistry();
    private final SuiteMetrics metrics = new SuiteMetrics(registry);
    private final Publisher publisher = new Publisher();
    private final ExecutorService threadA = Executors.newSingleThreadExecutor();
    private final ExecutorService threadB = Executors.newSingleThreadExecutor();

    MetricsPluginTest() {
        new MetricsPlugin(metrics).setEventPublisher(publisher);
        publisher.publish(new TestSourceParsed(Instant.now(), POKEMON_FEATURE, List.of(feature("Pokémon"))));
        publisher.publish(new TestSourceParsed(Instant.now(), TYPE_FEATURE, List.of(feature("Types"))));
    }

    @AfterEach
    void stopThreads() {
        threadA.shutdownNow();
        threadB.shutdownNow();
    }

    @Test
    void scenariosAndTheirStepsAreCountedAndTimedByFeatureAndStatus() {
        TestCase pikachu = scenario(POKEMON_FEATURE);
        TestCase electric = scenario(TYPE_FEATURE);

        publisher.publish(new TestCaseStarted(Instant.now(), pikachu));
        publisher.publish(step(pikachu, pickleStep(), Status.PASSED, Duration.ofMillis(30), null));
        publisher.publish(step(pikachu, pickleStep(), Status.PASSED, Duration.ofMillis(2), null));
        publisher.publish(new TestCaseFinished(Instant.now(), pikachu, result(Status.PASSED, Duration.ofMillis(40))));
        publisher.publish(new TestCaseStarted(Instant.now(), electric));
        publisher.publish(step(electric, hookStep(), Status.PASSED, Duration.ofMillis(1), null));
        publisher.publish(step(electric, pickleStep(), Status.FAILED, Duration.ofMillis(10),
                new AssertionError("no such type")));
        publisher.publish(step(electric, pickleStep(), Status.SKIPPED, Duration.ZERO, null));
        publisher.publish(new TestCaseFinished(Instant.now(), electric, result(Status.FAILED, Duration.ofMillis(15))));

        assertThat(value("pokeapi_suite_scenarios_total", new String[] {"feature", "status"},
                "Pokémon", "passed")).isEqualTo(1);
        assertThat(value("pokeapi_suite_scenarios_total", new String[] {"feature", "status"},
                "Types", "failed")).isEqualTo(1);
        assertThat(value("pokeapi_suite_scenario_duration_seconds_count", new String[] {"feature"}, "Pokémon"))
                .isEqualTo(1);
        assertThat(value("pokeapi_suite_scenario_duration_seconds_sum", new String[] {"feature"}, "Pokémon"))
                .isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(value("pokeapi_suite_step_duration_seconds_count", new String[] {"status"}, "passed"))
                .as("steps that ran, hooks aside").isEqualTo(2);
        assertThat(value("pokeapi_suite_step_duration_seconds_count", new String[] {"status"}, "failed"))
                .isEqualTo(1);
        assertThat(value("pokeapi_suite_step_duration_seconds_count", new String[] {"status"}, "skipped")).isZero();
        assertThat(value("pokeapi_suite_test_failures_total", FAILURE_LABELS, SuiteMetrics.NONE, "assertion"))
                .as("a scenario that made no request fails on no endpoint").isEqualTo(1);
    }

    @Test
    void aFailureIsPutDownToTheLatestRequestOfItsOwnScenarioWhileScenariosRunInParallel() throws Exception {
        PokeApiClient client = client();
        server.enqueue(new MockResponse.Builder().code(200).body("{\"id\": 25}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"id\": 13}").build());
        TestCase pikachu = scenario(POKEMON_FEATURE, 7);
        TestCase electric = scenario(TYPE_FEATURE, 7);
        TestCase later = scenario(POKEMON_FEATURE, 20);

        // Both scenarios have made their request before either fails: a single "latest endpoint" would mix them
        // up. Each request is tagged with its scenario, as the steps' client tags it; threads play no part.
        threadA.submit(() -> {
            publisher.publish(new TestCaseStarted(Instant.now(), pikachu));
            client.forScenario(tagOf(pikachu)).resource("pokemon", "25");
        }).get();
        threadA.submit(() -> {
            publisher.publish(new TestCaseStarted(Instant.now(), electric));
            client.forScenario(tagOf(electric)).resource("type", "electric");
        }).get();
        threadA.submit(() -> publisher.publish(step(pikachu, pickleStep(), Status.FAILED, Duration.ofMillis(5),
                new UnexpectedStatusException(response(), "a Pokemon document")))).get();
        threadB.submit(() -> publisher.publish(step(electric, pickleStep(), Status.FAILED, Duration.ofMillis(5),
                new ContractBrokenError("GET …/type/electric breaks its contract in 1 field(s)")))).get();
        // The next scenario has made no request yet.
        threadA.submit(() -> {
            publisher.publish(new TestCaseStarted(Instant.now(), later));
            publisher.publish(step(later, pickleStep(), Status.FAILED, Duration.ofMillis(1),
                    new IllegalStateException("The scenario has not fetched anything yet")));
        }).get();

        assertThat(value("pokeapi_suite_test_failures_total", FAILURE_LABELS, "/pokemon/{id}", "status")).isEqualTo(1);
        assertThat(value("pokeapi_suite_test_failures_total", FAILURE_LABELS, "/type/{name}", "contract")).isEqualTo(1);
        assertThat(value("pokeapi_suite_test_failures_total", FAILURE_LABELS, SuiteMetrics.NONE, "other")).isEqualTo(1);
        assertThat(value("pokeapi_suite_test_failures_total", FAILURE_LABELS, "/type/{name}", "status")).isZero();
        assertThat(value("pokeapi_suite_test_failures_total", FAILURE_LABELS, "/pokemon/{id}", "contract")).isZero();
    }

    @Test
    void aFeatureWithoutANameIsKnownByItsFile() {
        URI unnamed = URI.create("classpath:features/unnamed.feature");
        TestCase scenario = scenario(unnamed);

        publisher.publish(new TestCaseFinished(Instant.now(), scenario, result(Status.PASSED, Duration.ofMillis(1))));

        assertThat(registry.getSampleValue("pokeapi_suite_scenarios_total", new String[] {"feature", "status"},
                new String[] {"classpath:features/unnamed.feature", "passed"})).isEqualTo(1);
    }

    private PokeApiClient client() {
        Settings settings = new SettingsLoader(new SettingSource()).load();
        return new PokeApiClient(HttpClients.create(settings, List.of(new MetricsInterceptor(metrics))),
                URI.create(server.url("/api/v2").toString()));
    }

    private double value(String name, String[] labels, String... values) {
        Double value = registry.getSampleValue(name, labels, values);
        return value == null ? 0 : value;
    }

    private static ApiResponse response() {
        return new ApiResponse("GET", "http://127.0.0.1/api/v2/pokemon/25", new Endpoint("/pokemon/{id}"), 500, "",
                "", Duration.ofMillis(1));
    }

    private static Result result(Status status, Duration duration) {
        return new Result(status, duration, null);
    }

    private static TestStepFinished step(TestCase scenario, TestStep step, Status status, Duration duration,
            Throwable error) {
        return new TestStepFinished(Instant.now(), scenario, step, new Result(status, duration, error));
    }

    private static ScenarioTag tagOf(TestCase scenario) {
        return new ScenarioTag(ScenarioKeys.of(scenario.getUri(), scenario.getLocation().getLine()), "a scenario");
    }

    private static TestCase scenario(URI feature) {
        return scenario(feature, 3);
    }

    private static TestCase scenario(URI feature, int line) {
        return stub(TestCase.class, Map.of("getUri", feature, "getLocation", new Location(line, 3)));
    }

    private static PickleStepTestStep pickleStep() {
        return stub(PickleStepTestStep.class, Map.of());
    }

    private static HookTestStep hookStep() {
        return stub(HookTestStep.class, Map.of());
    }

    private static Node.Feature feature(String name) {
        return stub(Node.Feature.class, Map.of("getName", Optional.of(name)));
    }

    /** An implementation answering the given methods by name, and failing on any other. */
    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        Object stub = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> type.getSimpleName();
                    default -> {
                        if (!answers.containsKey(method.getName())) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        yield answers.get(method.getName());
                    }
                });
        return type.cast(stub);
    }

    /** Delivers events to the handlers registered for their class, on the publishing thread, as Cucumber does. */
    private static final class Publisher implements EventPublisher {

        private final Map<Class<?>, List<EventHandler<?>>> handlers = new HashMap<>();

        @Override
        public synchronized <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
            handlers.computeIfAbsent(type, key -> new ArrayList<>()).add(handler);
        }

        @Override
        public synchronized <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
            handlers.getOrDefault(type, new ArrayList<>()).remove(handler);
        }

        @SuppressWarnings("unchecked")
        <T extends Event> void publish(T event) {
            List<EventHandler<?>> registered;
            synchronized (this) {
                registered = List.copyOf(handlers.getOrDefault(event.getClass(), List.of()));
            }
            registered.forEach(handler -> ((EventHandler<T>) handler).receive(event));
        }
    }
}
