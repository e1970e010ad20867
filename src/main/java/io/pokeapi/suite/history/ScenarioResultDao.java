package io.pokeapi.suite.history;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code scenario_results} table: how each scenario ended in each run. */
@RegisterConstructorMapper(ScenarioResultRow.class)
@RegisterConstructorMapper(PreviousResultRow.class)
public interface ScenarioResultDao {

    /**
     * Each scenario's latest result in a run other than {@code runId}, skipped results aside; for one that failed,
     * the first run of its unbroken failures. Runs are ordered by when their results were stored. A scenario no
     * such run ran has no row. Runs of every target count, as for the baselines: the replica's port changes
     * from run to run, and a monitor's history holds one target.
     */
    @SqlQuery("""
            SELECT wanted.scenario_key, latest.status, streak.run_id AS failing_since_run,
                   streak.started_at AS failing_since
            FROM unnest(CAST(:keys AS text[])) AS wanted (scenario_key)
            CROSS JOIN LATERAL (
                SELECT s.status
                FROM scenario_results s
                WHERE s.scenario_key = wanted.scenario_key AND s.status <> 'skipped' AND s.run_id <> :runId
                ORDER BY s.id DESC
                LIMIT 1
            ) latest
            LEFT JOIN LATERAL (
                SELECT s.run_id, r.started_at
                FROM scenario_results s JOIN runs r ON r.id = s.run_id
                WHERE s.scenario_key = wanted.scenario_key AND s.status NOT IN ('passed', 'skipped')
                  AND s.run_id <> :runId
                  AND s.id > COALESCE((
                      SELECT max(p.id)
                      FROM scenario_results p
                      WHERE p.scenario_key = wanted.scenario_key AND p.status = 'passed' AND p.run_id <> :runId), 0)
                ORDER BY s.id
                LIMIT 1
            ) streak ON latest.status <> 'passed'
            """)
    List<PreviousResultRow> latestBefore(@Bind("keys") String[] keys, @Bind("runId") UUID runId);

    @SqlBatch("""
            INSERT INTO scenario_results (run_id, scenario_key, feature, scenario, status, attempts, flaky)
            VALUES (:runId, :scenarioKey, :feature, :scenario, :status, :attempts, :flaky)
            """)
    void insert(@BindMethods List<ScenarioResultRow> results);

    @SqlQuery("""
            SELECT run_id, scenario_key, feature, scenario, status, attempts, flaky
            FROM scenario_results
            WHERE run_id = :runId
            ORDER BY id
            """)
    List<ScenarioResultRow> ofRun(@Bind("runId") UUID runId);

    /** Deletes the results of these runs, before the runs themselves are pruned; returns how many. */
    @SqlUpdate("DELETE FROM scenario_results WHERE run_id = ANY(CAST(:runIds AS uuid[]))")
    int deleteOfRuns(@Bind("runIds") UUID[] runIds);

    /** Makes the space of deleted results reusable now, as {@link ResponseDao#vacuum} does for responses. */
    @SqlUpdate("VACUUM (ANALYZE, TRUNCATE false) scenario_results")
    void vacuum();
}
