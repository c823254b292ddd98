package dev.wf.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the embedded store and how to get from any older layout to the current one. Each
 * migration is a list of statements; {@code schema_version} records how many have run, so a newer
 * wf upgrades a file in place and an older wf refuses a file it does not understand.
 */
final class StoreSchema {
  /** Migration {@code i} brings a file from version {@code i} to {@code i + 1}. */
  private static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              // manifest: the workflow without status (apiVersion, kind, metadata, spec), as JSON.
              // status: its WorkflowStatus as JSON, kept apart so that updating it is cheap.
              // created_at: epoch microseconds. resource_version: from the counter, on every write.
              """
              CREATE TABLE workflows (
                name TEXT PRIMARY KEY,
                namespace TEXT,
                created_at INTEGER NOT NULL,
                phase TEXT,
                manifest TEXT NOT NULL,
                status TEXT,
                resource_version INTEGER NOT NULL)""",
              "CREATE INDEX workflows_by_creation ON workflows (created_at DESC, name)",
              "CREATE INDEX workflows_by_phase ON workflows (phase)",
              """
              CREATE TABLE templates (
                cluster INTEGER NOT NULL,
                name TEXT NOT NULL,
                manifest TEXT NOT NULL,
                PRIMARY KEY (cluster, name))""",
              "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
              "INSERT INTO counters (name, value) VALUES ('resource_version', 0)"),
          List.of(
              // manifest: the ConfigMap (apiVersion, kind, metadata, data) as JSON.
              "CREATE TABLE configmaps (name TEXT PRIMARY KEY, manifest TEXT NOT NULL)"),
          List.of(
              // manifest: the CronWorkflow without status (apiVersion, kind, metadata, spec), as
              // JSON; status: its CronWorkflowStatus as JSON, written once per scheduler pass.
              """
              CREATE TABLE cron_workflows (
                name TEXT PRIMARY KEY,
                manifest TEXT NOT NULL,
                status TEXT)"""));

  private StoreSchema() {}

  /** The version this code writes. */
  static int current() {
    return MIGRATIONS.size();
  }

  /** Brings the schema up to date; run inside a write transaction. */
  static void migrate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int version = version(statement);
      if (version > current()) {
        throw new StoreException(
            "the database was written by a newer wf (schema version "
                + version
                + ", this wf knows up to "
                + current()
                + ")");
      }
      for (int next = version; next < current(); next++) {
        for (String sql : MIGRATIONS.get(next)) statement.execute(sql);
      }
      statement.execute("DELETE FROM schema_version");
      statement.execute("INSERT INTO schema_version (version) VALUES (" + current() + ")");
    }
  }

  private static int version(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }
}
