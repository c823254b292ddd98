package dev.wf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ModelJson;

/**
 * The {@code cron_workflows} table: each CronWorkflow's manifest (without status) and its status,
 * both as JSON, keyed by name.
 */
final class CronTable {
  private CronTable() {}

  /** Inserts the row; false if the name is taken. */
  static boolean insert(Connection connection, CronWorkflow cron) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO cron_workflows (name, manifest, status) VALUES (?, ?, ?)"
                + " ON CONFLICT (name) DO NOTHING")) {
      insert.setString(1, cron.name());
      insert.setString(2, manifest(cron));
      insert.setString(3, ModelJson.write(cron.status()));
      return insert.executeUpdate() == 1;
    }
  }

  /** Replaces the manifest of an existing row; false if there is none. */
  static boolean updateManifest(Connection connection, CronWorkflow cron) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE cron_workflows SET manifest = ? WHERE name = ?")) {
      update.setString(1, manifest(cron));
      update.setString(2, cron.name());
      return update.executeUpdate() == 1;
    }
  }

  static boolean updateStatus(Connection connection, String name, CronWorkflowStatus status)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE cron_workflows SET status = ? WHERE name = ?")) {
      update.setString(1, ModelJson.write(status));
      update.setString(2, name);
      return update.executeUpdate() == 1;
    }
  }

  static Optional<CronWorkflow> select(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT manifest, status FROM cron_workflows WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(cron(rows)) : Optional.empty();
      }
    }
  }

  static List<CronWorkflow> selectAll(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT manifest, status FROM cron_workflows ORDER BY name");
        ResultSet rows = select.executeQuery()) {
      List<CronWorkflow> crons = new ArrayList<>();
      while (rows.next()) crons.add(cron(rows));
      return List.copyOf(crons);
    }
  }

  static boolean delete(Connection connection, String name) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM cron_workflows WHERE name = ?")) {
      delete.setString(1, name);
      return delete.executeUpdate() == 1;
    }
  }

  private static String manifest(CronWorkflow cron) {
    ObjectNode tree = ModelJson.mapper().valueToTree(cron);
    tree.remove("status");
    return tree.toString();
  }

  private static CronWorkflow cron(ResultSet row) throws SQLException {
    CronWorkflow cron = ModelJson.read(row.getString(1), CronWorkflow.class);
    String status = row.getString(2);
    return status == null
        ? cron
        : cron.withStatus(ModelJson.read(status, CronWorkflowStatus.class));
  }
}
