package org.lokkho.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 file {@code <dataDir>/lokkho.mv.db}, opened once per process, schema brought up to date
 * by Flyway. All work runs on one connection behind a lock: a desktop app has one writer, and one connection
 * keeps the order of saves obvious. Every write is committed and then forced to the disk (CHECKPOINT SYNC),
 * so a save that returned survives a power cut; see docs/decisions/0002-h2-durability.md.
 */
public final class H2Database implements AutoCloseable {
    public static final String BASE_NAME = "lokkho";
    private static final String USER = "lokkho";
    private static final String PASSWORD = "";
    /**
     * The newest migration under {@code db/migration}; raise it with every new migration file
     * (H2DatabaseTest compares it with the files, so a forgotten bump fails the build).
     */
    static final String SCHEMA_VERSION = "2";

    private final Path dataDir;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private H2Database(Path dataDir, Connection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database in that folder and runs pending migrations. */
    public static H2Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("store.error.dataDir", e, dir);
        }
        Path file = dir.resolve(BASE_NAME + ".mv.db");
        Connection connection;
        try {
            // H2's driver directly: a DataSource (JNDI classes) and DriverManager (a service scan of the jar) are
            // only start-up time for a command; Flyway gets its DataSource when it has something to do
            Properties credentials = new Properties();
            credentials.setProperty("user", USER);
            credentials.setProperty("password", PASSWORD);
            connection = new org.h2.Driver().connect(url(dir), credentials);
        } catch (SQLException e) {
            throw OpenErrors.translate(e, file);
        }
        try {
            if (!schemaIsCurrent(connection)) {
                Flyway.configure(H2Database.class.getClassLoader()).dataSource(dataSource(dir))
                        .locations("classpath:db/migration").load().migrate();
            }
        } catch (FlywayException e) {
            closeQuietly(connection);
            throw new StoreException("store.error.migrate", e, file);
        }
        return new H2Database(dir, connection);
    }

    /**
     * True when Flyway's history already has {@link #SCHEMA_VERSION} as its newest migration and nothing failed.
     * Flyway scans the whole class path (the 30 MB jar) for migrations on every open, about half a second of a
     * cold CLI command; once the file is up to date there is nothing for it to do. Anything unexpected (no
     * history, a failed or newer migration) is left to Flyway, which migrates or reports as before.
     */
    static boolean schemaIsCurrent(Connection connection) {
        if (!hasHistoryTable(connection)) {
            // a new file: asking for the history would only leave an error in lokkho.trace.db
            return false;
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            String newest = null;
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return false;
                }
                String version = r.getString(1);
                if (version != null && (newest == null || compareVersions(version, newest) > 0)) {
                    newest = version;
                }
            }
            return newest != null && compareVersions(newest, SCHEMA_VERSION) == 0;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean hasHistoryTable(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'")) {
            return r.next() && r.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Flyway's order of versions: dot-separated numbers, compared part by part ("1.10" after "1.9"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = i < x.length ? new java.math.BigInteger(x[i]) : java.math.BigInteger.ZERO;
            java.math.BigInteger q = i < y.length ? new java.math.BigInteger(y[i]) : java.math.BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** WRITE_DELAY=0: commit writes at once instead of within half a second (the explicit sync still follows). */
    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(BASE_NAME) + ";WRITE_DELAY=0";
    }

    private static JdbcDataSource dataSource(Path dir) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(dir));
        source.setUser(USER);
        source.setPassword(PASSWORD);
        return source;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path file() {
        return dataDir.resolve(BASE_NAME + ".mv.db");
    }

    /** Runs read-only work. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            checkOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("store.error.sql", e, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction; when this returns, the transaction is committed and on disk. */
    public <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            checkOpen();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                syncToDisk();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store.error.sql", e, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** Writes the committed state to the file and fsyncs it (MVStore commit + FileChannel.force). */
    private void syncToDisk() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("store.error.closed");
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("store.error.sql", e, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }
}
