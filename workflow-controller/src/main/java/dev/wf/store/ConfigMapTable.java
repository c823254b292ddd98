package dev.wf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.ModelJson;

/** The {@code configmaps} table: ConfigMaps as JSON, keyed by name. */
final class ConfigMapTable {
  private ConfigMapTable() {}

  /** Inserts the row; false if the name is taken. */
  static boolean insert(Connection connection, ConfigMap configMap) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO configmaps (name, manifest) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
      insert.setString(1, configMap.name());
      insert.setString(2, ModelJson.write(configMap));
      return insert.executeUpdate() == 1;
    }
  }

  static void upsert(Connection connection, ConfigMap configMap) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO configmaps (name, manifest) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET manifest = excluded.manifest")) {
      upsert.setString(1, configMap.name());
      upsert.setString(2, ModelJson.write(configMap));
      upsert.executeUpdate();
    }
  }

  static Optional<ConfigMap> select(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT manifest FROM configmaps WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(configMap(rows)) : Optional.empty();
      }
    }
  }

  static List<ConfigMap> selectAll(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT manifest FROM configmaps ORDER BY name");
        ResultSet rows = select.executeQuery()) {
      List<ConfigMap> configMaps = new ArrayList<>();
      while (rows.next()) configMaps.add(configMap(rows));
      return List.copyOf(configMaps);
    }
  }

  static boolean delete(Connection connection, String name) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM configmaps WHERE name = ?")) {
      delete.setString(1, name);
      return delete.executeUpdate() == 1;
    }
  }

  private static ConfigMap configMap(ResultSet row) throws SQLException {
    return ModelJson.read(row.getString(1), ConfigMap.class);
  }
}
