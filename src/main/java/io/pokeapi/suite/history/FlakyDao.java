package io.pokeapi.suite.history;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The {@code flaky_tests} table: each scenario's totals across runs. */
@RegisterConstructorMapper(FlakyRow.class)
public interface FlakyDao {

    /**
     * Counts one run of each observed scenario, and one flaky run for those that were flaky. Each row is
     * one atomic upsert (no read-modify-write), so concurrent runs add up exactly. The names follow the
     * latest observation; last_run_at and last_flaky_at never move back in time, whatever order runs
     * report in. Each observation is one statement of a JDBC batch, so a batch may name a scenario twice.
     */
    @SqlBatch("""
            INSERT INTO flaky_tests AS f
                (scenario_key, feature, scenario, total_runs, flaky_runs, last_run_at, last_flaky_at)
            VALUES
                (:scenarioKey, :feature, :scenario, 1, CASE WHEN :flaky THEN 1 ELSE 0 END, :runAt,
                 CASE WHEN :flaky THEN CAST(:runAt AS timestamptz) END)
            ON CONFLICT (scenario_key) DO UPDATE SET
                feature = EXCLUDED.feature,
                scenario = EXCLUDED.scenario,
                total_runs = f.total_runs + 1,
                flaky_runs = f.flaky_runs + EXCLUDED.flaky_runs,
                last_run_at = GREATEST(f.last_run_at, EXCLUDED.last_run_at),
                last_flaky_at = CASE WHEN EXCLUDED.flaky_runs > 0
                                     THEN GREATEST(f.last_flaky_at, EXCLUDED.last_run_at)
                                     ELSE f.last_flaky_at END
            """)
    void record(@BindMethods List<FlakyObservation> observations);

    /** Scenarios that were flaky at least once: most flaky runs first, then highest flaky rate. */
    @SqlQuery("""
            SELECT scenario_key, feature, scenario, total_runs, flaky_runs, last_run_at, last_flaky_at
            FROM flaky_tests
            WHERE flaky_runs > 0
            ORDER BY flaky_runs DESC, flaky_runs::double precision / total_runs DESC, scenario_key
            LIMIT :limit
            """)
    List<FlakyRow> flakiest(@Bind("limit") int limit);

    @SqlQuery("""
            SELECT scenario_key, feature, scenario, total_runs, flaky_runs, last_run_at, last_flaky_at
            FROM flaky_tests
            WHERE scenario_key = :scenarioKey
            """)
    Optional<FlakyRow> find(@Bind("scenarioKey") String scenarioKey);
}
