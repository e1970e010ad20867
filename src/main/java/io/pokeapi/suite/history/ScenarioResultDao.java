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
public interface ScenarioResultDao {

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
