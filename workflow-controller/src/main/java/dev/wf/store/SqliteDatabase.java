package dev.wf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;

/**
 * One SQLite file opened the way the store needs it: WAL journal (readers never block the writer,
 * and a crash loses nothing committed), a busy timeout for other processes, one writer connection
 * whose transactions start with {@code BEGIN IMMEDIATE} and are serialized in this process, and a
 * small pool of read connections.
 */
final class SqliteDatabase implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int MAX_IDLE_READERS = 4;

  /** Work against one connection; SQL errors become {@link StoreException}s at this boundary. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Path file;
  private final String url;
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  private SqliteDatabase(Path file, Connection writer) {
    this.file = file;
    this.url = url(file);
    this.writer = writer;
  }

  /** Opens (creating if needed) the database file and its parent directories. */
  static SqliteDatabase open(Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      return new SqliteDatabase(absolute, writerConfig().createConnection(url(absolute)));
    } catch (IOException | SQLException e) {
      throw new StoreException("cannot open " + absolute + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  /**
   * Runs {@code work} in one write transaction; commits when it returns, rolls back if it throws.
   */
  <T> T write(Work<T> work) {
    writeLock.lock();
    try {
      ensureOpen();
      execute(writer, "BEGIN IMMEDIATE");
      try {
        T result = work.run(writer);
        execute(writer, "COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on a read connection; each statement sees one committed snapshot. */
  <T> T read(Work<T> work) {
    ensureOpen();
    try {
      Connection reader = borrowReader();
      try {
        return work.run(reader);
      } finally {
        returnReader(reader);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) return;
      closed = true;
      closeReaders();
      writer.close();
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      writeLock.unlock();
    }
  }

  private Connection borrowReader() throws SQLException {
    Connection idle = idleReaders.pollFirst();
    return idle != null ? idle : readerConfig().createConnection(url);
  }

  private void returnReader(Connection reader) throws SQLException {
    if (closed || idleReaders.size() >= MAX_IDLE_READERS) {
      reader.close();
      return;
    }
    idleReaders.addFirst(reader);
    if (closed) closeReaders();
  }

  private void closeReaders() throws SQLException {
    for (Connection reader = idleReaders.pollFirst();
        reader != null;
        reader = idleReaders.pollFirst()) {
      reader.close();
    }
  }

  private void rollback() {
    try {
      execute(writer, "ROLLBACK");
    } catch (SQLException e) {
      // Nothing to undo: SQLite already ended the transaction when the statement failed.
    }
  }

  private void ensureOpen() {
    if (closed) throw new StoreException("the store at " + file + " is closed");
  }

  private StoreException failure(SQLException e) {
    return new StoreException(file.getFileName() + ": " + e.getMessage(), e);
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static SQLiteConfig writerConfig() {
    SQLiteConfig config = readerConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // With WAL, NORMAL keeps every commit across a process crash; only an OS crash or power loss
    // may drop the last commits, which the engine repeats idempotently on restart.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    return config;
  }

  private static SQLiteConfig readerConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config;
  }

  private static String url(Path file) {
    return "jdbc:sqlite:" + file;
  }
}
