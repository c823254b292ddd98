package dev.wf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store-wide resource version counter. Every write of a workflow takes the next value, so a
 * version never repeats, not even for a workflow deleted and created again under the same name.
 */
final class ResourceVersions {
  private ResourceVersions() {}

  /** Increments the counter and returns the new value; run inside a write transaction. */
  static long next(Connection connection) throws SQLException {
    try (PreparedStatement next =
            connection.prepareStatement(
                "UPDATE counters SET value = value + 1 WHERE name = 'resource_version'"
                    + " RETURNING value");
        ResultSet rows = next.executeQuery()) {
      if (!rows.next()) throw new SQLException("the resource_version counter is missing");
      return rows.getLong(1);
    }
  }
}
