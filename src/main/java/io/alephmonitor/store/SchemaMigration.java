package io.alephmonitor.store;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * One forward step of the task database's schema. Migration N takes a database at
 * {@code PRAGMA user_version = N-1} to version N; the list of them only ever grows at the end.
 */
@FunctionalInterface
interface SchemaMigration {

    /** Applies this step; runs inside a transaction that also bumps {@code user_version}. */
    void apply(Statement sql) throws SQLException;
}
