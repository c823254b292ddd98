package dev.wf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.wf.api.spec.Workflow;

/**
 * The {@code workflows} table: one row per workflow, its manifest and status as JSON in separate
 * columns, and the resource version of its last write. Rows come back as workflows whose {@code
 * metadata.resourceVersion} is that version.
 */
final class WorkflowTable {
  private static final String COLUMNS = "manifest, status, resource_version";

  private WorkflowTable() {}

  /** Inserts the row; false if the name is taken. */
  static boolean insert(Connection connection, WorkflowRow row) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO workflows (name, namespace, created_at, phase, manifest, status,"
                + " resource_version) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
      insert.setString(1, row.name());
      insert.setString(2, row.namespace());
      insert.setLong(3, row.createdAtMicros());
      insert.setString(4, row.phase());
      insert.setString(5, row.manifest());
      insert.setString(6, row.status());
      insert.setLong(7, ResourceVersions.next(connection));
      return insert.executeUpdate() == 1;
    }
  }

  static Optional<Workflow> select(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM workflows WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(workflow(rows)) : Optional.empty();
      }
    }
  }

  static List<Workflow> selectAll(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM workflows ORDER BY created_at DESC, name");
        ResultSet rows = select.executeQuery()) {
      List<Workflow> workflows = new ArrayList<>();
      while (rows.next()) workflows.add(workflow(rows));
      return List.copyOf(workflows);
    }
  }

  static Optional<String> latestName(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT name FROM workflows ORDER BY created_at DESC, name LIMIT 1");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
    }
  }

  static OptionalLong version(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT resource_version FROM workflows WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** Replaces the status (JSON, or null) and phase; false if there is no such workflow. */
  static boolean updateStatus(Connection connection, String name, String status, String phase)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE workflows SET status = ?, phase = ?, resource_version = ? WHERE name = ?")) {
      update.setString(1, status);
      update.setString(2, phase);
      update.setLong(3, ResourceVersions.next(connection));
      update.setString(4, name);
      return update.executeUpdate() == 1;
    }
  }

  /** Replaces the manifest, status and phase (not the creation time); false if there is none. */
  static boolean update(Connection connection, WorkflowRow row) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE workflows SET manifest = ?, status = ?, phase = ?, resource_version = ?"
                + " WHERE name = ?")) {
      update.setString(1, row.manifest());
      update.setString(2, row.status());
      update.setString(3, row.phase());
      update.setLong(4, ResourceVersions.next(connection));
      update.setString(5, row.name());
      return update.executeUpdate() == 1;
    }
  }

  static boolean delete(Connection connection, String name) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM workflows WHERE name = ?")) {
      delete.setString(1, name);
      return delete.executeUpdate() == 1;
    }
  }

  private static Workflow workflow(ResultSet row) throws SQLException {
    return WorkflowRow.workflow(row.getString(1), row.getString(2), row.getLong(3));
  }
}
