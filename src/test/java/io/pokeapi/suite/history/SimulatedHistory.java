package io.pokeapi.suite.history;

import io.pokeapi.suite.config.HistorySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Days of a serve mode's history written straight through the DAOs, as its runs would write them: a run every
 * four hours fetching forty Pokémon, the Pokémon list and a missing one, each Pokémon's data changing every few days
 * (a data change each time), the schema every ten days, eight scenarios of which one is flaky now and then, and
 * the baselines renewed at each run's end. Deterministic: each Pokémon's data changes with a period that divides
 * 60 days, so that any two 30-day windows 60 days apart hold the same rows. On its first day one run also fetches
 * type 7, never fetched again: its document is the one an old resource keeps.
 */
final class SimulatedHistory implements AutoCloseable {

    static final String TARGET = "https://pokeapi.co/api/v2";
    static final int RUNS_A_DAY = 6;
    static final int POKEMON = 40;
    static final int SCENARIOS = 8;
    static final Duration RUN_LENGTH = Duration.ofMinutes(2);
    /** Periods, in days, of the Pokémon's data changes: each divides 60. */
    private static final int[] CHANGE_PERIODS = {3, 4, 5, 6, 10};
    private static final int LIST_PERIOD = 5;
    private static final int SCHEMA_PERIOD = 10;

    private final Handle handle;
    private final Instant start;
    private final Baselines baselines;
    private final Map<Integer, Integer> versions = new HashMap<>();
    private int schemaVersion;
    private int runs;

    /** Writes on a connection of its own, from {@code start}, the first simulated day's midnight. */
    SimulatedHistory(TestDatabase db, Instant start, HistorySettings settings) {
        this.handle = db.jdbi().open();
        this.start = start;
        this.baselines = new Baselines(handle.attach(BaselineDao.class), settings);
    }

    /** The instant {@code day} days after the start. */
    Instant day(int day) {
        return start.plus(Duration.ofDays(day));
    }

    /** Writes the runs of days {@code from} to {@code to}, both included. */
    void days(int from, int to) {
        for (int day = from; day <= to; day++) {
            for (int run = 0; run < RUNS_A_DAY; run++) {
                run(day, day(day).plus(Duration.ofHours(24L / RUNS_A_DAY * run)));
            }
        }
    }

    /** One finished run of the day, started at {@code at}. */
    private void run(int day, Instant at) {
        UUID runId = UUID.randomUUID();
        handle.attach(RunDao.class).insert(runId, at, TARGET, "@regression");
        List<ResponseBodyRow> bodies = new ArrayList<>();
        List<ApiResponseRow> responses = new ArrayList<>();
        List<DataChangeRow> dataChanges = new ArrayList<>();
        Instant fetched = at.plusSeconds(10);
        for (int id = 1; id <= POKEMON; id++) {
            int version = day / CHANGE_PERIODS[id % CHANGE_PERIODS.length];
            String body = "{\"id\":" + id + ",\"name\":\"pokemon-" + id + "\",\"base_experience\":" + (100 + version)
                    + ",\"weight\":" + id * 10 + "}";
            respond(runId, "/pokemon/{id}", "pokemon", id, 200, body, fetched, latency(id), bodies, responses);
            Integer previous = versions.put(id, version);
            if (previous != null && previous != version) {
                dataChanges.add(new DataChangeRow(runId, "/pokemon/{id}", "pokemon", id, "base_experience",
                        String.valueOf(100 + previous), String.valueOf(100 + version), fetched));
            }
        }
        respond(runId, "/pokemon", "", null, 200, "{\"count\":" + POKEMON + ",\"page\":" + day / LIST_PERIOD + "}",
                fetched, latency(0), bodies, responses);
        respond(runId, "/pokemon/{id}", "pokemon", null, 404, null, fetched, latency(99), bodies, responses);
        if (runs == 0) {
            respond(runId, "/type/{id}", "type", 7, 200, "{\"id\":7,\"name\":\"bug\"}", fetched, latency(7), bodies,
                    responses);
        }
        handle.attach(ResponseDao.class).insert(bodies, responses);
        handle.attach(DataChangeDao.class).insert(dataChanges);
        if (day % SCHEMA_PERIOD == 0 && at.equals(day(day))) {
            schemaChange(runId, fetched);
        }
        Instant finished = at.plus(RUN_LENGTH);
        scenarios(runId, finished);
        baselines.renew(finished);
        handle.attach(RunDao.class).finish(runId, finished, "passed");
        runs++;
    }

    private void respond(UUID runId, String endpoint, String resource, Integer id, int status, String body,
            Instant fetched, double latencyMs, List<ResponseBodyRow> bodies, List<ApiResponseRow> responses) {
        String hash = null;
        if (body != null) {
            ResponseBodyRow row = ResponseBodyRow.of(body, fetched);
            bodies.add(row);
            hash = row.hash();
        }
        responses.add(new ApiResponseRow(runId, endpoint, resource, id, id == null ? null : resource + "-" + id,
                TARGET + endpoint.replace("{id}", String.valueOf(id == null ? 99999 : id)), status, latencyMs,
                fetched, hash));
    }

    /** Latencies that vary from run to run and endpoint to endpoint, so that the baselines are not constant. */
    private double latency(int salt) {
        return 20 + (runs * 7 + salt * 13) % 40;
    }

    private void schemaChange(UUID runId, Instant at) {
        schemaVersion++;
        SchemaDao schema = handle.attach(SchemaDao.class);
        long versionId = schema.insertVersion("/pokemon/{id}", schemaVersion,
                "{\"field_" + schemaVersion + "\":[\"number\"]}", runId);
        schema.insertChanges(List.of(new SchemaChangeRow(versionId, "/pokemon/{id}", SchemaChangeRow.FIELD_ADDED,
                "field_" + schemaVersion, null, "number", runId, at)));
    }

    /** Scenario k is flaky in the runs whose count plus k is a multiple of 17. */
    private void scenarios(UUID runId, Instant finished) {
        List<ScenarioResultRow> results = new ArrayList<>();
        List<FlakyObservation> observations = new ArrayList<>();
        for (int k = 0; k < SCENARIOS; k++) {
            boolean flaky = (runs + k) % 17 == 0;
            String key = "features/pokemon.feature:" + (10 + k);
            results.add(new ScenarioResultRow(runId, key, "Pokémon", "scenario " + k, "PASSED", flaky ? 2 : 1,
                    flaky));
            observations.add(new FlakyObservation(key, "Pokémon", "scenario " + k, flaky, finished));
        }
        handle.attach(ScenarioResultDao.class).insert(results);
        handle.attach(FlakyDao.class).record(observations);
    }

    @Override
    public void close() {
        handle.close();
    }
}
