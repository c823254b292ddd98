package dev.wf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;

/**
 * The {@code workflows} table: one row per workflow, its manifest and status as JSON in separate
 * columns, and the resource version of its last write. Rows come back as workflows whose {@code
 * metadata.resourceVersion} is that version.
 */
final class WorkflowTable {
  private static final String COLUMNS = "manifest, status, resource_version";

  private WorkflowTable() {}

  /** Inserts the workflow; false if the name is taken. */
  static boolean insert(Connection connection, Workflow workflow, Instant created)
      throws SQLException {
    Workflow stored = workflow.withMetadata(withResourceVersion(workflow.metadata(), null));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO workflows (name, namespace, created_at, phase, manifest, status,"
                + " resource_version) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
      insert.setString(1, workflow.name());
      insert.setString(2, workflow.metadata().namespace());
      insert.setLong(3, ChronoUnit.MICROS.between(Instant.EPOCH, created));
      insert.setString(4, phase(workflow.status()));
      insert.setString(5, ModelJson.write(stored.withStatus(null)));
      setStatus(insert, 6, workflow.status());
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

  static OptionalLong version(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT resource_version FROM workflows WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** Replaces the status; false if there is no such workflow. */
  static boolean updateStatus(Connection connection, String name, WorkflowStatus status)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE workflows SET status = ?, phase = ?, resource_version = ? WHERE name = ?")) {
      setStatus(update, 1, status);
      update.setString(2, phase(status));
      update.setLong(3, ResourceVersions.next(connection));
      update.setString(4, name);
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
    Workflow manifest = ModelJson.read(row.getString(1), Workflow.class);
    String status = row.getString(2);
    String version = Long.toString(row.getLong(3));
    return manifest
        .withMetadata(withResourceVersion(manifest.metadata(), version))
        .withStatus(status == null ? null : ModelJson.read(status, WorkflowStatus.class));
  }

  private static void setStatus(PreparedStatement statement, int index, WorkflowStatus status)
      throws SQLException {
    if (status == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, ModelJson.write(status));
    }
  }

  private static String phase(WorkflowStatus status) {
    return status == null || status.phase() == null ? null : status.phase().label();
  }

  private static ObjectMeta withResourceVersion(ObjectMeta meta, String version) {
    return new ObjectMeta(
        meta.name(),
        meta.generateName(),
        meta.namespace(),
        meta.uid(),
        version,
        meta.creationTimestamp(),
        meta.labels(),
        meta.annotations());
  }
}
