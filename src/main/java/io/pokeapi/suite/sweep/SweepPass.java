package io.pokeapi.suite.sweep;

import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.client.ApiCallException;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.MalformedResponseException;
import io.pokeapi.suite.client.PokeApiClient;
import io.pokeapi.suite.contract.Contract;
import io.pokeapi.suite.contract.ContractBook;
import io.pokeapi.suite.sweep.schema.JsonText;
import io.pokeapi.suite.sweep.schema.PublishedSchemas;
import io.pokeapi.suite.sweep.schema.SchemaDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One sweep: walks the lists of the resources it covers, fetches each document they name once (a Pokémon
 * with its encounters) on a few threads, and checks it as it arrives, keeping only what it found, never
 * the documents. Each body is read once, into the tree every check reads. Links and back-references are
 * compared once every document is in.
 */
final class SweepPass {

    private static final Logger LOG = LoggerFactory.getLogger(SweepPass.class);
    private static final String ENCOUNTERS = "encounters: ";
    private static final String LIST_PAGE = "list page: ";

    private final PokeApiClient client;
    private final SweepPlan plan;
    private final ContractBook contracts;
    private final Supplier<PublishedSchemas> schemas;
    private final SweepProgress.Listener listener;

    SweepPass(PokeApiClient client, SweepPlan plan, ContractBook contracts, Supplier<PublishedSchemas> schemas,
            SweepProgress.Listener listener) {
        this.client = client;
        this.plan = plan;
        this.contracts = contracts;
        this.schemas = schemas;
        this.listener = listener;
    }

    SweepResult run() {
        Findings findings = new Findings();
        UnknownFields unknownFields = new UnknownFields();
        Optional<String> schemasUnavailable = Optional.empty();
        Optional<PublishedSchemas> published;
        try {
            published = Optional.of(schemas.get());
        } catch (RuntimeException e) {
            schemasUnavailable = Optional.of(e.getMessage());
            published = Optional.empty();
            LOG.warn("The sweep checks no document against PokéAPI's published schemas: {}", e.getMessage());
        }
        Run run = new Run(findings, new DocumentChecks(published, findings, unknownFields),
                new LinkLedger(HttpUrl.get(client.baseUrl().toString()), knownResources(), plan.resources()));
        Map<ApiResource, Integer> listed = new EnumMap<>(ApiResource.class);
        SweepProgress progress = new SweepProgress(plan.terminal(), findings::failedDocuments, listener);
        ExecutorService workers = Executors.newFixedThreadPool(plan.threads(), task -> {
            Thread thread = new Thread(task, "sweep-" + run.threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ListWalk walk = new ListWalk(client, findings, plan.pageSize());
            for (ApiResource resource : plan.resources()) {
                List<SweptEntry> entries = walk.walk(resource, (label, page) -> run.checkPage(resource, label, page));
                listed.put(resource, entries.size());
                List<SweptEntry> chosen = plan.sampleOf(resource, entries);
                progress.expect(resource == ApiResource.POKEMON ? 2 * chosen.size() : chosen.size());
                for (SweptEntry entry : chosen) {
                    run.inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            run.sweep(entry, progress);
                        } finally {
                            run.inFlight.release();
                        }
                    });
                }
            }
            workers.shutdown();
            awaitAll(workers);
            run.links.resolve(run.answers, this::statusOf, findings);
            run.backReferences.check(findings);
        } finally {
            workers.shutdownNow();
            progress.close();
        }
        LOG.atInfo().addKeyValue("event", "sweep_finished").addKeyValue("documents", progress.done())
                .addKeyValue("documents_failed", findings.failedDocuments())
                .addKeyValue("duration_ms", progress.elapsed().toMillis())
                .log("Swept {} documents in {} s: {} broke a rule", progress.done(),
                        String.format(Locale.ROOT, "%.1f", progress.elapsed().toMillis() / 1000.0), findings.failedDocuments());
        return new SweepResult(plan.resources(), plan.sample(), listed, progress.done(), findings, unknownFields,
                schemasUnavailable, progress.elapsed());
    }

    /** The state of one pass, shared by its workers. */
    private final class Run {

        final Findings findings;
        final DocumentChecks checks;
        final LinkLedger links;
        final BackReferenceLedger backReferences = new BackReferenceLedger();
        final Map<String, LinkLedger.Answer> answers = new ConcurrentHashMap<>();
        final Semaphore inFlight = new Semaphore(2 * plan.threads());
        final AtomicInteger threadNumber = new AtomicInteger();

        Run(Findings findings, DocumentChecks checks, LinkLedger links) {
            this.findings = findings;
            this.checks = checks;
            this.links = links;
        }

        /** A page the list walk read as a list, so one JSON value. */
        void checkPage(ApiResource resource, String label, ApiResponse page) {
            JsonNode tree = JsonText.read(page.body());
            checks.contract(contracts.named("list"), resource, label, tree, LIST_PAGE);
            checks.schema(listSchemaOf(resource), resource, label, tree, LIST_PAGE);
        }

        /** Fetches and checks one document; anything unexpected is a finding, never a lost document. */
        void sweep(SweptEntry entry, SweepProgress progress) {
            Optional<JsonNode> document = Optional.empty();
            try {
                document = fetch(entry);
                document.ifPresent(json -> check(entry, json));
            } catch (RuntimeException e) {
                findings.add(SweepCheck.LIST_ENTRIES, entry.resource(), "could not be checked", entry.label(),
                        e.toString());
            } finally {
                progress.swept(entry.resource(), !findings.failed(entry.resource(), entry.label()));
            }
            if (entry.resource() == ApiResource.POKEMON) {
                try {
                    document.map(json -> json.get("location_area_encounters"))
                            .filter(JsonNode::isString)
                            .ifPresent(url -> sweepEncounters(entry, url.stringValue()));
                } catch (RuntimeException e) {
                    findings.add(SweepCheck.LIST_ENTRIES, entry.resource(), "encounters: could not be checked",
                            entry.label(), e.toString());
                } finally {
                    progress.swept(entry.resource(), !findings.failed(entry.resource(), entry.label()));
                }
            }
        }

        private void sweepEncounters(SweptEntry pokemon, String url) {
            String label = pokemon.label();
            try {
                ApiResponse response = client.follow(url);
                answers.put(pokemon.key() + "/encounters", new LinkLedger.Answer(response.status(), null));
                if (response.status() == 200) {
                    JsonNode encounters;
                    try {
                        encounters = JsonText.read(response.body());
                    } catch (JsonText.NotJsonException e) {
                        throw new MalformedResponseException(response, "is not valid JSON: " + e.getMessage());
                    }
                    checks.schema(SchemaDocument.POKEMON_ENCOUNTERS, ApiResource.POKEMON, label, encounters,
                            ENCOUNTERS);
                    links.collect(ApiResource.POKEMON, label, encounters, ENCOUNTERS, findings);
                }
            } catch (ApiCallException | IllegalArgumentException | MalformedResponseException e) {
                answers.put(pokemon.key() + "/encounters", new LinkLedger.Answer(-1, null));
                findings.add(SweepCheck.LINKS, ApiResource.POKEMON, "location_area_encounters: could not be fetched",
                        label, e.getMessage());
            }
        }

        /** The document behind a list entry, if it answered a JSON object; else a finding says why not. */
        private Optional<JsonNode> fetch(SweptEntry entry) {
            String key = entry.key();
            ApiResponse response;
            try {
                response = client.follow(entry.url());
            } catch (ApiCallException | IllegalArgumentException e) {
                answers.put(key, new LinkLedger.Answer(-1, null));
                findings.add(SweepCheck.LIST_ENTRIES, entry.resource(), "could not be fetched", entry.label(),
                        e.getMessage());
                return Optional.empty();
            }
            if (response.status() != 200) {
                answers.put(key, new LinkLedger.Answer(response.status(), null));
                findings.add(SweepCheck.LIST_ENTRIES, entry.resource(), "the list names it, but it answers "
                        + response.status(), entry.label());
                return Optional.empty();
            }
            JsonNode json;
            try {
                json = JsonText.read(response.body());
            } catch (JsonText.NotJsonException e) {
                answers.put(key, new LinkLedger.Answer(response.status(), null));
                findings.add(SweepCheck.CONTRACT, entry.resource(), "(document): not JSON", entry.label());
                return Optional.empty();
            }
            if (!json.isObject()) {
                answers.put(key, new LinkLedger.Answer(response.status(), null));
                findings.add(SweepCheck.CONTRACT, entry.resource(), "(document): not a JSON object",
                        entry.label());
                return Optional.empty();
            }
            JsonNode name = json.get("name");
            String ownName = name != null && name.isValueNode() && !name.isNull() ? name.asString() : null;
            answers.put(key, new LinkLedger.Answer(response.status(), ownName));
            if (ownName != null && !ownName.equals(entry.name())) {
                findings.add(SweepCheck.LIST_ENTRIES, entry.resource(), "the list's entry leads to a document of "
                        + "another name", entry.label(), "it is called " + ownName);
            }
            checks.schema(schemaOf(entry.resource()), entry.resource(), entry.label(), json, "");
            return Optional.of(json);
        }

        private void check(SweptEntry entry, JsonNode document) {
            Contract contract = contracts.named(entry.resource().word());
            checks.contract(contract, entry.resource(), entry.label(), document, "");
            links.collect(entry.resource(), entry.label(), document, "", findings);
            switch (entry.resource()) {
                case POKEMON -> backReferences.pokemon(entry.label(), document);
                case ABILITY -> backReferences.ability(entry.label(), document);
                case TYPE -> backReferences.type(entry.label(), document);
            }
        }
    }

    /** The status of a linked document the sweep did not fetch: one outside the sample. */
    private int statusOf(String url) {
        try {
            return client.follow(url).status();
        } catch (ApiCallException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** The resources the API root lists: what links may name. */
    private Set<String> knownResources() {
        try {
            ApiResponse root = client.root();
            if (root.status() != 200 || !root.json().isJsonObject()) {
                throw new SweepFailedException("The API root " + root.url() + " answers " + root.status()
                        + " with no JSON object of resources: the sweep cannot tell which resources links may name");
            }
            return root.json().getAsJsonObject().keySet();
        } catch (ApiCallException | MalformedResponseException e) {
            throw new SweepFailedException("The API root could not be read (" + e.getMessage()
                    + "): the sweep cannot tell which resources links may name");
        }
    }

    private static void awaitAll(ExecutorService workers) {
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.debug("The sweep's workers are still busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepFailedException("the sweep was interrupted");
        }
    }

    private static SchemaDocument schemaOf(ApiResource resource) {
        return switch (resource) {
            case POKEMON -> SchemaDocument.POKEMON;
            case ABILITY -> SchemaDocument.ABILITY;
            case TYPE -> SchemaDocument.TYPE;
        };
    }

    private static SchemaDocument listSchemaOf(ApiResource resource) {
        return switch (resource) {
            case POKEMON -> SchemaDocument.POKEMON_LIST;
            case ABILITY -> SchemaDocument.ABILITY_LIST;
            case TYPE -> SchemaDocument.TYPE_LIST;
        };
    }
}
