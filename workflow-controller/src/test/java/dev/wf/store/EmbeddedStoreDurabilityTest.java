package dev.wf.store;

import static dev.wf.store.StoreRecords.T0;
import static dev.wf.store.StoreRecords.status;
import static dev.wf.store.StoreRecords.template;
import static dev.wf.store.StoreRecords.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.WorkflowPhase;

class EmbeddedStoreDurabilityTest {
  private static final int THREADS = 8;
  private static final int WRITES_PER_THREAD = 40;

  @TempDir Path dir;

  @Test
  void keepsDataAfterReopen() {
    Path file = dir.resolve("wf.db");
    try (EmbeddedStore store = EmbeddedStore.open(file)) {
      store.create(workflow("hello", T0));
      store.updateStatus("hello", status(WorkflowPhase.SUCCEEDED, 2));
      store.putTemplate(template("build", true));
    }

    try (EmbeddedStore store = EmbeddedStore.open(file)) {
      assertThat(store.get("hello").orElseThrow().status())
          .isEqualTo(status(WorkflowPhase.SUCCEEDED, 2));
      assertThat(store.getTemplate(true, "build")).isPresent();
    }
  }

  @Test
  void usesWriteAheadLog() throws SQLException {
    Path file = dir.resolve("wf.db");
    EmbeddedStore.open(file).close();

    assertThat(query(file, "PRAGMA journal_mode")).isEqualTo("wal");
  }

  @Test
  void recordsTheSchemaVersion() throws SQLException {
    Path file = dir.resolve("wf.db");
    EmbeddedStore.open(file).close();

    assertThat(query(file, "SELECT version FROM schema_version"))
        .isEqualTo(String.valueOf(StoreSchema.current()));
  }

  @Test
  void refusesDatabaseFromNewerVersion() throws SQLException {
    Path file = dir.resolve("wf.db");
    EmbeddedStore.open(file).close();
    query(file, "UPDATE schema_version SET version = 99 RETURNING version");

    assertThatThrownBy(() -> EmbeddedStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("written by a newer wf (schema version 99");
  }

  @Test
  void concurrentWritersInOneStoreAllSucceed() throws Exception {
    try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("wf.db"))) {
      store.create(workflow("shared", T0));

      List<Boolean> results = runConcurrently(thread -> writes(store, "own-" + thread));

      assertThat(results).hasSize(THREADS).containsOnly(true);
      assertThat(store.list()).hasSize(THREADS + 1);
    }
  }

  @Test
  void twoStoresOnOneFileDoNotFailWithBusy() throws Exception {
    Path file = dir.resolve("wf.db");
    try (EmbeddedStore first = EmbeddedStore.open(file);
        EmbeddedStore second = EmbeddedStore.open(file)) {
      first.create(workflow("shared", T0));

      List<Boolean> results =
          runConcurrently(thread -> writes(thread % 2 == 0 ? first : second, "own-" + thread));

      assertThat(results).containsOnly(true);
      assertThat(first.list()).hasSize(THREADS + 1);
    }
  }

  /** Creates one workflow, then updates it and the shared one; true when every call succeeded. */
  private static boolean writes(EmbeddedStore store, String name) {
    store.create(workflow(name, T0));
    boolean all = true;
    for (int i = 0; i < WRITES_PER_THREAD; i++) {
      all &= store.updateStatus(name, status(WorkflowPhase.RUNNING, i % 5));
      all &= store.updateStatus("shared", status(WorkflowPhase.RUNNING, 1));
      all &= store.get("shared").isPresent();
    }
    return all;
  }

  private interface ThreadWork {
    boolean run(int thread);
  }

  private static List<Boolean> runConcurrently(ThreadWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit((Callable<Boolean>) () -> work.run(thread)));
      }
      List<Boolean> results = new ArrayList<>();
      for (Future<Boolean> future : futures) results.add(future.get());
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String query(Path file, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
