package io.pokeapi.suite.history;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The tests' read of {@code performance_baselines}: every baseline an endpoint had, replaced ones included. */
@RegisterConstructorMapper(BaselineRow.class)
interface BaselineHistoryDao {

    /** Every baseline of an endpoint, the current one first. */
    @SqlQuery("""
            SELECT endpoint, p50_ms, p95_ms, p99_ms, sample_count, window_hours, valid_from, valid_until
            FROM performance_baselines
            WHERE endpoint = :endpoint
            ORDER BY valid_until DESC NULLS FIRST, id DESC
            """)
    List<BaselineRow> historyOf(@Bind("endpoint") String endpoint);
}
