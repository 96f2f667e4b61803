package org.lokkho.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run by {@link H2Database} on its connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
