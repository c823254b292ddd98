package dev.wf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.WorkflowTemplate;

/** The {@code templates} table: (Cluster)WorkflowTemplates as JSON, keyed by scope and name. */
final class TemplateTable {
  private TemplateTable() {}

  static void upsert(Connection connection, WorkflowTemplate template) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO templates (cluster, name, manifest) VALUES (?, ?, ?)"
                + " ON CONFLICT (cluster, name) DO UPDATE SET manifest = excluded.manifest")) {
      upsert.setBoolean(1, template.clusterScoped());
      upsert.setString(2, template.name());
      upsert.setString(3, ModelJson.write(template));
      upsert.executeUpdate();
    }
  }

  static Optional<WorkflowTemplate> select(Connection connection, boolean cluster, String name)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT manifest FROM templates WHERE cluster = ? AND name = ?")) {
      select.setBoolean(1, cluster);
      select.setString(2, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(template(rows)) : Optional.empty();
      }
    }
  }

  /** Every template of one scope, by name. */
  static List<WorkflowTemplate> selectAll(Connection connection, boolean cluster)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT manifest FROM templates WHERE cluster = ? ORDER BY name")) {
      select.setBoolean(1, cluster);
      try (ResultSet rows = select.executeQuery()) {
        List<WorkflowTemplate> templates = new ArrayList<>();
        while (rows.next()) templates.add(template(rows));
        return List.copyOf(templates);
      }
    }
  }

  static boolean delete(Connection connection, boolean cluster, String name) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM templates WHERE cluster = ? AND name = ?")) {
      delete.setBoolean(1, cluster);
      delete.setString(2, name);
      return delete.executeUpdate() == 1;
    }
  }

  private static WorkflowTemplate template(ResultSet row) throws SQLException {
    return ModelJson.read(row.getString(1), WorkflowTemplate.class);
  }
}
